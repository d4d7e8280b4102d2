package vn.dondoc.common;

import java.text.Normalizer;

/**
 * Text as it is stored: Unicode NFC (text pasted from old Windows documents often arrives
 * decomposed, and "Quyết" in two forms would then be two different words to search and to
 * the duplicate check), trimmed, and {@code null} when nothing is left.
 */
public final class Texts {

	private Texts() {
	}

	public static String clean(String value) {
		if (value == null) {
			return null;
		}
		String normalized = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
		return normalized.isEmpty() ? null : normalized;
	}

}
