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

	public static List<String> of(String typed) {
		if (typed == null) {
			return List.of();
		}
		String folded = Normalizer.normalize(typed, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.replace('đ', 'd')
			.replace('Đ', 'd')
			.toLowerCase(Locale.ROOT);
		return Arrays.stream(folded.split("[^a-z0-9]+"))
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

}
