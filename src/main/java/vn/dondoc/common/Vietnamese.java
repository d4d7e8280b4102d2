package vn.dondoc.common;

import java.util.Locale;

/**
 * The language of the Department's documents, mails and registers, whatever the reader's
 * screen language.
 */
public final class Vietnamese {

	public static final Locale LOCALE = Locale.forLanguageTag("vi");

	private Vietnamese() {
	}

}
