package vn.dondoc.common;

import java.util.Locale;

/**
 * The language of the Department's documents, mails and registers, whatever the reader's
 * screen language.
 */
public final class Vietnamese {

	public static final Locale LOCALE = Locale.forLanguageTag("vi");

	/**
	 * A moment as a sentence reads it, in pages and documents alike: 08:30 ngày
	 * 12/12/2026.
	 */
	public static final java.time.format.DateTimeFormatter MOMENT = java.time.format.DateTimeFormatter
		.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

	private Vietnamese() {
	}

}
