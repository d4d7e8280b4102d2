package vn.dondoc.reporting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Issue 31: the place a report is dated at is never blank ("……, ngày …"): an installation
 * without it does not start, and says which setting is missing.
 */
class ReportDocumentWriterTests {

	@Test
	void anInstallationWithoutItsPlaceDoesNotStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new ReportDocumentWriter(null, null, null, "UBND tỉnh Gia Lai",
					"Sở Thông tin và Truyền thông", " ", "STTTT"))
			.withMessageContaining("dondoc.organisation.place")
			.withMessageContaining("DONDOC_PROVINCE");
	}

}
