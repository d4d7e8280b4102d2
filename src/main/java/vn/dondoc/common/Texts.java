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

	private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern
		.compile("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]");

	/**
	 * Only the control characters dropped, nothing else changed: what every request
	 * parameter is read as, before any form or filter sees it.
	 */
	public static String withoutControls(String value) {
		if (value == null) {
			return null;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
				return CONTROL.matcher(value).replaceAll("");
			}
		}
		return value;
	}

	public static String clean(String value) {
		if (value == null) {
			return null;
		}
		// Control characters other than tab and line breaks mean nothing in a text here,
		// and PostgreSQL refuses NUL outright.
		String normalized = CONTROL.matcher(Normalizer.normalize(value, Normalizer.Form.NFC)).replaceAll("").strip();
		return normalized.isEmpty() ? null : normalized;
	}

}
