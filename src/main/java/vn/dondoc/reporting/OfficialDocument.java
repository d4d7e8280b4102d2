package vn.dondoc.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * An administrative document as Nghị định 30/2020 (Appendix I) lays it out — the issuing
 * body under its parent authority and the national heading side by side, each with its
 * rule line; number and symbol; place and date; kind and subject; the text; a table; "Nơi
 * nhận" and the signature — whatever writes it (Word or PDF). The Department's report and
 * a unit's report are both made of these parts.
 *
 * @param blocks the text's paragraphs: a line like "I. ..." is a heading; line breaks
 * inside a paragraph are kept
 * @param grid a table after the text, or {@code null}
 */
record OfficialDocument(String authority, String organisation, String nation, String motto, String number, String dated,
		String kind, String subject, List<String> blocks, Grid grid, String recipientsLabel, List<String> recipients,
		String signerPosition, String signer) {

	/**
	 * A table: its caption, its columns' names and relative widths, its rows and a total
	 * row (or {@code null}); the first column is text, the others are numbers unless
	 * {@code textColumns} says otherwise.
	 */
	record Grid(String caption, List<String> columns, float[] widths, List<List<String>> rows, List<String> total,
			boolean textColumns) {
	}

	/** Whether a paragraph is a heading of the text ("II. KHÓ KHĂN, VƯỚNG MẮC"). */
	static boolean heading(String block) {
		return block.matches("^[IVX]+\\. .*");
	}

	/** The paragraphs of a text: separated by an empty line. */
	static List<String> blocks(String text) {
		List<String> blocks = new ArrayList<>();
		for (String block : text.split("\\n\\s*\\n")) {
			if (!block.isBlank()) {
				blocks.add(block.strip());
			}
		}
		return blocks;
	}

	/**
	 * A heading name in capitals set on two lines of about equal length when it is long
	 * ("SỞ THÔNG TIN" / "VÀ TRUYỀN THÔNG"), so that it never wraps with one word alone: a
	 * line does not end with "VÀ" nor start with a dash.
	 */
	static List<String> balanced(String name, int longest) {
		if (name.length() <= longest || !name.contains(" ")) {
			return List.of(name);
		}
		int middle = name.length() / 2;
		int best = -1;
		int bestScore = Integer.MAX_VALUE;
		for (int i = 0; i < name.length(); i++) {
			if (name.charAt(i) != ' ') {
				continue;
			}
			String first = name.substring(0, i).strip();
			String second = name.substring(i + 1).strip();
			int score = Math.abs(i - middle) + (first.endsWith(" VÀ") ? 4 : 0)
					+ ((second.startsWith("–") || second.startsWith("-")) ? 10 : 0);
			if (score <= bestScore) {
				best = i;
				bestScore = score;
			}
		}
		return List.of(name.substring(0, best).strip(), name.substring(best + 1).strip());
	}

}
