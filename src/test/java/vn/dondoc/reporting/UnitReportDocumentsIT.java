package vn.dondoc.reporting;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.dondoc.DemoUsers;
import vn.dondoc.IntegrationTest;
import vn.dondoc.common.MovableClock;
import vn.dondoc.directive.Fixtures;
import vn.dondoc.organisation.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A unit head previews, prints and downloads the unit's report as a document of Nghị định
 * 30/2020, before and after sending it: the Department and the unit in its heading, the
 * text's line breaks kept, Times New Roman in Word and its metric twin embedded in the
 * PDF, signed once sent. Another unit's head cannot read it.
 */
@IntegrationTest
class UnitReportDocumentsIT {

	static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	UnitManagement units;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void reset() {
		this.clock.reset();
	}

	@Test
	void theHeadReadsTheReportAsADocumentBeforeAndAfterSendingIt() throws Exception {
		DemoUsers demo = new DemoUsers(this.users);
		long unit = Fixtures.unit(this.units, "BCVT");
		String form = "/reports/units/" + unit + "/2027-05";
		this.jdbc.sql("DELETE FROM unit_report WHERE unit_id = :u AND period = '2027-05'").param("u", unit).update();
		this.clock.moveTo(LocalDate.of(2027, 5, 6).atTime(LocalTime.of(9, 0)).atZone(VN).toInstant());
		this.mvc.perform(post(form).param("version", "-1")
			.param("assessment", "Hạ tầng viễn thông đạt kế hoạch.\nBổ sung 12 trạm phát sóng.")
			.param("proposals", "Đề nghị hỗ trợ kinh phí.")
			.with(demo.as("tp.bcvt"))
			.with(csrf()));

		// A draft: the heading of the unit under the Department, its words with their
		// line breaks, no signature yet.
		String draft = docx(get(form + "/docx").with(demo.as("tp.bcvt")));
		// The unit's name is set on two balanced lines, never with the dash first.
		assertThat(draft).contains("PHÒNG BƯU CHÍNH –\nVIỄN THÔNG",
				"Hạ tầng viễn thông đạt kế hoạch.\nBổ sung 12 trạm phát sóng.");
		assertThat(draft.replaceAll("\\s+", " ")).contains("SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
				"PHÒNG BƯU CHÍNH – VIỄN THÔNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "/BC-BCVT",
				"Gia Lai, ngày 06 tháng 05 năm 2027", "BÁO CÁO", "tháng 5/2027", "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
				"đơn vị tiếp nhận", "II. KHÓ KHĂN, VƯỚNG MẮC", "Không.", "Đề nghị hỗ trợ kinh phí.", "TRƯỞNG PHÒNG");
		MockHttpServletResponse preview = this.mvc.perform(get(form + "/pdf").with(demo.as("tp.bcvt")))
			.andReturn()
			.getResponse();
		assertThat(preview.getStatus()).isEqualTo(200);
		assertThat(preview.getContentType()).isEqualTo("application/pdf");
		assertThat(preview.getHeader("Content-Disposition")).startsWith("inline");
		// Kept for a person to look at, like the browser tests' screenshots.
		java.nio.file.Path kept = java.nio.file.Path.of("target", "documents", "unit-report-draft.pdf");
		java.nio.file.Files.createDirectories(kept.getParent());
		java.nio.file.Files.write(kept, preview.getContentAsByteArray());
		try (PDDocument pdf = Loader.loadPDF(preview.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("PHÒNG BƯU CHÍNH",
					"Hạ tầng viễn thông đạt kế hoạch.\nBổ sung 12 trạm phát sóng.");
			PDFont font = pdf.getPage(0)
				.getResources()
				.getFont(pdf.getPage(0).getResources().getFontNames().iterator().next());
			assertThat(font.getName()).contains("LiberationSerif");
			assertThat(font.isEmbedded()).isTrue();
		}

		// Not for another unit's head.
		assertThat(this.mvc.perform(get(form + "/pdf").with(demo.as("tp.cntt"))).andReturn().getResponse().getStatus())
			.isEqualTo(403);

		// Sent: signed by the head; the office reads the same document.
		this.mvc.perform(post(form).param("version", version(unit))
			.param("assessment", "Hạ tầng viễn thông đạt kế hoạch.\nBổ sung 12 trạm phát sóng.")
			.param("proposals", "Đề nghị hỗ trợ kinh phí.")
			.param("send", "1")
			.with(demo.as("tp.bcvt"))
			.with(csrf()));
		String head = this.jdbc.sql("SELECT full_name FROM app_user WHERE username = 'tp.bcvt'")
			.query(String.class)
			.single();
		assertThat(docx(get(form + "/docx").with(demo.as("vanphong")))).contains(head, "TRƯỞNG PHÒNG");
	}

	private String docx(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			for (XWPFParagraph paragraph : document.getParagraphs()) {
				for (XWPFRun run : paragraph.getRuns()) {
					assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
				}
			}
			return extractor.getText();
		}
	}

	private String version(long unit) {
		return String.valueOf(this.jdbc.sql("SELECT version FROM unit_report WHERE unit_id = :u AND period = '2027-05'")
			.param("u", unit)
			.query(Long.class)
			.single());
	}

}
