package vn.dondoc.reading;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What was read from a directive: each field {@code null} when it was not found, never
 * guessed. Codes are those of the registration form ({@code CONG_VAN}, {@code UBND_TINH},
 * {@code PHO_CHU_TICH}…).
 *
 * @param kind the kind's code
 * @param issuerLine the issuing body as printed ("ỦY BAN NHÂN DÂN TỈNH GIA LAI")
 * @param issuer the issuer's code
 * @param signerCompetence how the signer signed ("KT. CHỦ TỊCH")
 * @param signerPosition the position's code
 * @param sources for each field found, the line it was read from
 */
public record ReadDirective(String kind, String numberSymbol, String place, LocalDate issueDate, String issuerLine,
		String issuer, String summary, String signer, String signerCompetence, String signerPosition,
		List<ReadTask> tasks, Map<String, String> sources) {

	/**
	 * A task the document assigns.
	 *
	 * @param lead the body that leads it, as written
	 * @param coordinating the bodies it is done with, as written
	 * @param deadline its deadline ({@code null}: none written, or "thường xuyên")
	 * @param deadlineMeaning REPORT_UBND when the deadline is for reporting to UBND, else
	 * COMPLETE ({@code null} without a deadline)
	 * @param recurrence MONTHLY, QUARTERLY, HALF_YEARLY or YEARLY for a recurring task
	 * @param recurrenceDay the day of the period it is due
	 * @param category SPECIALISED when it is about the Department's own field (telecoms,
	 * post, press and publishing, IT, information security, digital transformation…),
	 * else GENERAL
	 * @param line the text it was read from
	 */
	public record ReadTask(String content, String lead, List<String> coordinating, LocalDate deadline,
			String deadlineMeaning, String recurrence, Integer recurrenceDay, String category, String line) {

	}

}
