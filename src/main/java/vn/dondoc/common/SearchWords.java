package vn.dondoc.common;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a person typed into a search box, as the words the database indexes: lower case,
 * without diacritics ("Đôn đốc" → "don", "doc"), split on anything that is not a letter
 * or a digit. Folds Vietnamese the way PostgreSQL's {@code unaccent} does.
 */
public final class SearchWords {

	/** More words than this narrow nothing further; the rest are ignored. */
	static final int MAX_WORDS = 8;

	private SearchWords() {
	}

	/**
	 * Lower case, without diacritics, đ as d, everything else kept: how Vietnamese is
	 * compared whatever its accents ("Sở TT&TT" → "so tt&tt"; an OCR's stray diacritics
	 * fall away with the rest).
	 */
	public static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.replace('đ', 'd')
			.replace('Đ', 'd')
			.toLowerCase(Locale.ROOT);
	}

	public static List<String> of(String typed) {
		if (typed == null) {
			return List.of();
		}
		return Arrays.stream(fold(typed).split("[^a-z0-9]+"))
			.filter((word) -> !word.isEmpty())
			.limit(MAX_WORDS)
			.map((word) -> (word.length() > 40) ? word.substring(0, 40) : word)
			.toList();
	}

	/**
	 * A PostgreSQL {@code tsquery} text matching every word, the last one also as the
	 * start of a longer word (the person may still be typing it). Made only of
	 * {@code [a-z0-9]}, {@code &}, {@code :} and {@code *}, so it can stand as a literal
	 * in SQL; {@code null} when nothing searchable was typed.
	 */
	public static String tsquery(String typed) {
		List<String> words = of(typed);
		if (words.isEmpty()) {
			return null;
		}
		return String.join(" & ", words) + ":*";
	}

	/**
	 * A piece of a text shown as a search result: marked when a word typed matches it.
	 */
	public record Part(String text, boolean marked) {

	}

	/**
	 * The text in pieces, the words typed marked (with or without diacritics, in any
	 * case; the last one also where a word starts with it): why a result matched. One
	 * unmarked piece when nothing was typed or nothing matches.
	 */
	public static List<Part> marks(String text, String typed) {
		List<String> words = of(typed);
		if (text == null || text.isEmpty() || words.isEmpty()) {
			return List.of(new Part((text != null) ? text : "", false));
		}
		String folded = foldEach(text);
		List<Part> parts = new java.util.ArrayList<>();
		int plain = 0;
		int at = 0;
		while (at < folded.length()) {
			if (!isWordChar(folded.charAt(at)) || (at > 0 && isWordChar(folded.charAt(at - 1)))) {
				at++;
				continue;
			}
			// As the index matches: each word whole, the last also as a word's start.
			int length = 0;
			for (int w = 0; w < words.size(); w++) {
				String word = words.get(w);
				int end = at + word.length();
				boolean whole = end >= folded.length() || !isWordChar(folded.charAt(end));
				if (folded.startsWith(word, at) && (whole || w == words.size() - 1) && word.length() > length) {
					length = word.length();
				}
			}
			if (length == 0) {
				at++;
				continue;
			}
			if (at > plain) {
				parts.add(new Part(text.substring(plain, at), false));
			}
			parts.add(new Part(text.substring(at, at + length), true));
			at += length;
			plain = at;
		}
		if (plain < text.length()) {
			parts.add(new Part(text.substring(plain), false));
		}
		return parts;
	}

	/** Whether a word typed marks anything in the text. */
	public static boolean matches(String text, String typed) {
		return marks(text, typed).stream().anyMatch(Part::marked);
	}

	/** Folds each character on its own, so that positions stay those of the text. */
	private static String foldEach(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String one = fold(String.valueOf(c));
			folded.append((one.length() == 1) ? one.charAt(0) : Character.toLowerCase(c));
		}
		return folded.toString();
	}

	private static boolean isWordChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
	}

}
