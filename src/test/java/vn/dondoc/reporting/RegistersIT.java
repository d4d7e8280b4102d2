package vn.dondoc.reporting;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.dondoc.DemoUsers;
import vn.dondoc.IntegrationTest;
import vn.dondoc.Pages;
import vn.dondoc.StatementCounter;
import vn.dondoc.directive.Confidentiality;
import vn.dondoc.directive.DeadlineMeaning;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveContent;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.directive.DirectiveReading;
import vn.dondoc.directive.DirectiveRegistration;
import vn.dondoc.directive.Fixtures;
import vn.dondoc.directive.Issuer;
import vn.dondoc.directive.Task;
import vn.dondoc.directive.TaskCategory;
import vn.dondoc.directive.TaskDraft;
import vn.dondoc.directive.TaskWorkflow;
import vn.dondoc.organisation.UnitManagement;
import vn.dondoc.organisation.UnitNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The registers of Nghị định 30/2020, Appendix IV, over the demo data and a directive
 * registered through the real services: the follow-up register of a date range on screen,
 * in Word and in PDF, read back with POI and PDFBox, cell by cell for a known row;
 * mistyped ranges; who may read it; and the handling slip of one directive, which is
 * found as the directive's page finds it. A confidential placeholder received in the
 * range leaves no trace in any of them.
 */
@IntegrationTest
class RegistersIT {

	@Autowired
	java.time.Clock clock;

	static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	static final List<String> COLUMNS = List.of("Số đến", "Tên loại, số, ký hiệu, ngày tháng, cơ quan ban hành văn bản",
			"Đơn vị hoặc người nhận", "Thời hạn giải quyết", "Tiến độ giải quyết", "Số, ký hiệu văn bản trả lời",
			"Ghi chú");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DirectiveRegistration registration;

	@Autowired
	DirectiveReading reading;

	@Autowired
	TaskWorkflow workflow;

	@Autowired
	UnitManagement units;

	@Autowired
	JdbcClient jdbc;

	DemoUsers demo;

	LocalDate today;

	LocalDate received;

	Directive directive;

	Directive placeholder;

	Map<String, String> unitNames;

	@BeforeEach
	void registerADirectiveAndAPlaceholder() {
		this.demo = new DemoUsers(this.users);
		this.today = LocalDate.now(this.clock);
		this.received = this.today.minusDays(20);
		this.unitNames = this.units.tree().stream().collect(Collectors.toMap(UnitNode::code, UnitNode::name));
		String number = "77/UBND-SO" + System.nanoTime() % 1_000_000;
		this.directive = this.registration.register(Fixtures.actor(this.users, "vanphong"),
				new DirectiveContent(DirectiveKind.CONG_VAN, number, "Về việc thử sổ theo dõi giải quyết văn bản đến",
						this.received.minusDays(3), "Nguyễn Văn Ký", null, Issuer.UBND_TINH),
				this.received, List.of(
						TaskDraft.of("Rà soát hạ tầng mạng của các sở", Fixtures.unit(this.units, "CNTT"))
							.due(DeadlineMeaning.COMPLETE, this.today.minusDays(10))
							.parts(List.of(new TaskDraft.PartDraft(Fixtures.unit(this.units, "BCVT"),
									"Số liệu bưu chính", this.today.minusDays(12)))),
						TaskDraft.of("Thanh tra việc sử dụng tần số", Fixtures.unit(this.units, "TTRA"))
							.due(DeadlineMeaning.COMPLETE, this.today.plusDays(30))),
				List.of());
		this.registration.instruct(Fixtures.actor(this.users, "giamdoc"), this.directive.getId(),
				this.reading.record(this.directive.getId()).orElseThrow().getVersion(),
				"Giao Phòng CNTT chủ trì, báo cáo trước hạn");
		Task first = this.reading.tasksOf(this.directive.getId()).get(0);
		this.workflow.forward(Fixtures.actor(this.users, "vanphong"), first.getId(), first.getVersion());
		this.workflow.recordNotice(Fixtures.actor(this.users, "cv.cntt"), first.getId(),
				this.reading.taskState(first.getId()).orElseThrow().getVersion(), "12/TB-CNTT", this.today);
		this.placeholder = this.registration.registerPlaceholder(Fixtures.actor(this.users, "vanphong"),
				Confidentiality.TOI_MAT, this.received, Fixtures.unit(this.units, "TTRA"),
				List.of(this.today.plusDays(5)));
	}

	String from() {
		return this.received.minusDays(5).format(DMY);
	}

	String to() {
		return this.received.plusDays(5).format(DMY);
	}

	long entriesInRange() {
		return this.jdbc
			.sql("SELECT count(*) FROM directive WHERE confidentiality = 'NORMAL' AND received_date BETWEEN :f AND :t")
			.param("f", this.received.minusDays(5))
			.param("t", this.received.plusDays(5))
			.query(Long.class)
			.single();
	}

	/** The seven cells expected for the registered directive. */
	List<String> knownRow() {
		return List.of(this.directive.getRegisterCode() + "\nNgày đến: " + this.received.format(DMY),
				"Công văn số " + this.directive.getNumberSymbol() + " ngày " + this.received.minusDays(3).format(DMY)
						+ " của UBND tỉnh",
				this.unitNames.get("CNTT") + "; " + this.unitNames.get("TTRA"),
				this.today.minusDays(10).format(DMY) + "; " + this.today.plusDays(30).format(DMY),
				"Hoàn thành 0/2; đang thực hiện trong hạn 1; quá hạn chưa hoàn thành 1", "12/TB-CNTT", "");
	}

	@Test
	void theRegisterOfARangeIsTheSameOnScreenInWordAndInPdf() throws Exception {
		long expected = entriesInRange();
		assertThat(expected).isGreaterThan(1);

		String html = Pages.ok(this.mvc,
				get("/registers/incoming").param("from", from()).param("to", to()).with(this.demo.as("khtc")));
		Document page = Jsoup.parse(html);
		assertThat(page.selectFirst("#register-total").text()).contains(String.valueOf(expected));
		assertThat(page.select("#register-table thead th").eachText()).isEqualTo(COLUMNS);
		assertThat(page.select("#register-table tbody tr").size()).isEqualTo((int) Math.min(expected, 20));
		assertThat(html).doesNotContain(this.placeholder.getRegisterCode()).doesNotContain("Tối mật");

		byte[] docx = this.mvc
			.perform(get("/registers/incoming.docx").param("from", from()).param("to", to()).with(this.demo.as("khtc")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			String text = extractor.getText();
			assertThat(text).contains("UBND TỈNH", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
					"Độc lập - Tự do - Hạnh phúc", "SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN",
					"Từ ngày " + from() + " đến ngày " + to());
			assertThat(text).doesNotContain(this.placeholder.getRegisterCode()).doesNotContain("Tối mật");
			assertThat(document.getDocument().getBody().getSectPr().getPgSz().getOrient().toString())
				.isEqualTo("landscape");
			assertThat(schemaErrors(document)).isEmpty();
			XWPFTable table = document.getTables().get(1);
			assertThat(cells(table.getRow(0))).isEqualTo(COLUMNS);
			assertThat(table.getRows()).hasSize((int) expected + 1);
			List<String> known = table.getRows()
				.stream()
				.map(RegistersIT::cells)
				.filter((row) -> row.get(0).startsWith(this.directive.getRegisterCode()))
				.findFirst()
				.orElseThrow();
			assertThat(known).isEqualTo(knownRow());
		}

		byte[] pdf = this.mvc
			.perform(get("/registers/incoming.pdf").param("from", from()).param("to", to()).with(this.demo.as("khtc")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			// Landscape as the reader shows it: a turned portrait box or a wide one.
			org.apache.pdfbox.pdmodel.PDPage first = document.getPage(0);
			boolean turned = first.getRotation() % 180 != 0;
			assertThat(turned ? first.getMediaBox().getHeight() : first.getMediaBox().getWidth())
				.isGreaterThan(turned ? first.getMediaBox().getWidth() : first.getMediaBox().getHeight());
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("UBND TỈNH", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
					"Độc lập - Tự do - Hạnh phúc", "SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN",
					"Từ ngày " + from() + " đến ngày " + to());
			for (String cell : knownRow()) {
				assertThat(text).contains(cell.replaceAll("\\s+", " "));
			}
			for (String column : COLUMNS) {
				assertThat(text).contains(column);
			}
			assertThat(text).doesNotContain(this.placeholder.getRegisterCode()).doesNotContain("Tối mật");
		}
	}

	@Test
	void theRegisterOfYearsTakesAsManyStatementsAsTheRegisterOfAnEmptyDay() throws Exception {
		String longAgo = "01/01/2001";
		for (String path : List.of("/registers/incoming", "/registers/incoming.docx", "/registers/incoming.pdf")) {
			// The fewer of two runs: a statement another thread of the test JVM happens
			// to
			// make meanwhile (a session, a first use) is not the register's.
			int empty = Math.min(statements(path, longAgo, longAgo), statements(path, longAgo, longAgo));
			int all = Math.min(statements(path, longAgo, this.today.format(DMY)),
					statements(path, longAgo, this.today.format(DMY)));
			assertThat(all).as(path).isEqualTo(empty);
		}
	}

	private int statements(String path, String from, String to) throws Exception {
		StatementCounter.reset();
		assertThat(this.mvc.perform(get(path).param("from", from).param("to", to).with(this.demo.as("giamdoc")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
		return StatementCounter.count();
	}

	/**
	 * Word refuses a document whose elements are out of the schema's order, where POI and
	 * LibreOffice are lenient: the streamed document is checked against the schema.
	 */
	private static List<String> schemaErrors(XWPFDocument document) {
		List<org.apache.xmlbeans.XmlError> errors = new java.util.ArrayList<>();
		document.getDocument().validate(new org.apache.xmlbeans.XmlOptions().setErrorListener(errors));
		return errors.stream().map(String::valueOf).toList();
	}

	private static List<String> cells(XWPFTableRow row) {
		return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
	}

	@Test
	void aMistypedOrReversedRangeIsNamedBesideItsField() throws Exception {
		Document wrong = Jsoup.parse(Pages.ok(this.mvc,
				get("/registers/incoming").param("from", "31/02/2026").with(this.demo.as("vanphong"))));
		assertThat(wrong.selectFirst("#from-error").text())
			.isEqualTo("Ngày không hợp lệ (nhập theo dạng ngày/tháng/năm); đang dùng ngày mặc định.");
		assertThat(wrong.selectFirst("#from").attr("value")).isEqualTo("31/02/2026");
		assertThat(wrong.selectFirst("#register-table")).isNull();

		Document reversed = Jsoup.parse(Pages.ok(this.mvc,
				get("/registers/incoming").param("from", to()).param("to", from()).with(this.demo.as("vanphong"))));
		assertThat(reversed.selectFirst("#to-error").text()).isEqualTo("Ngày cuối phải sau hoặc bằng ngày đầu.");
		assertThat(reversed.selectFirst("#register-table")).isNull();

		MockHttpServletResponse document = this.mvc
			.perform(get("/registers/incoming.pdf").param("from", "hôm qua").with(this.demo.as("vanphong")))
			.andReturn()
			.getResponse();
		assertThat(document.getStatus()).isEqualTo(302);
		assertThat(document.getRedirectedUrl()).startsWith("/registers/incoming?from=");

		// Without a range: this year to date.
		Document defaults = Jsoup.parse(Pages.ok(this.mvc, get("/registers/incoming").with(this.demo.as("giamdoc"))));
		assertThat(defaults.selectFirst("#from").attr("value")).isEqualTo(this.today.withDayOfYear(1).format(DMY));
		assertThat(defaults.selectFirst("#to").attr("value")).isEqualTo(this.today.format(DMY));
	}

	@Test
	void onlyLeadershipAndTheOfficesReadTheRegister() throws Exception {
		for (String path : List.of("/registers/incoming", "/registers/incoming.docx", "/registers/incoming.pdf")) {
			for (String person : List.of("cv.cntt", "tp.cntt", "admin")) {
				assertThat(this.mvc.perform(get(path).with(this.demo.as(person))).andReturn().getResponse().getStatus())
					.as(path + " as " + person)
					.isEqualTo(403);
			}
		}
	}

	@Test
	void theHandlingSlipNamesEachUnitWithItsDeadline() throws Exception {
		long id = this.directive.getId();
		String html = Pages.ok(this.mvc, get("/directives/" + id + "/slip").with(this.demo.as("cv.bcvt")));
		Document page = Jsoup.parse(html);
		assertThat(page.selectFirst("#slip-title").text()).isEqualTo("PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN");
		assertThat(page.selectFirst("#slip-instruction").text()).contains("Giao Phòng CNTT chủ trì, báo cáo trước hạn");
		String part = this.unitNames.get("BCVT") + ": hạn " + this.today.minusDays(12).format(DMY);
		assertThat(page.selectFirst("#slip-tasks").text()).contains("Rà soát hạ tầng mạng của các sở",
				this.unitNames.get("CNTT"), this.today.minusDays(10).format(DMY), part, this.unitNames.get("TTRA"),
				this.today.plusDays(30).format(DMY));
		assertThat(Pages.ok(this.mvc, get("/directives/" + id).with(this.demo.as("cv.bcvt"))))
			.contains("/directives/" + id + "/slip");

		byte[] docx = this.mvc.perform(get("/directives/" + id + "/slip.docx").with(this.demo.as("cv.bcvt")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			assertThat(extractor.getText()).contains("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN",
					"Văn bản: Công văn số " + this.directive.getNumberSymbol(),
					"Trích yếu: Về việc thử sổ theo dõi giải quyết văn bản đến", "Ý kiến của lãnh đạo cơ quan:",
					"Giao Phòng CNTT chủ trì, báo cáo trước hạn", "Ý kiến của lãnh đạo đơn vị:",
					"Ý kiến đề xuất của người giải quyết:");
			assertThat(schemaErrors(document)).isEmpty();
			XWPFTable tasks = document.getTables().get(1);
			assertThat(cells(tasks.getRow(0))).containsExactly("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì",
					"Thời hạn giải quyết", "Đơn vị phối hợp, thời hạn");
			assertThat(cells(tasks.getRow(1))).containsExactly("1", "Rà soát hạ tầng mạng của các sở",
					this.unitNames.get("CNTT"), this.today.minusDays(10).format(DMY), part);
			assertThat(cells(tasks.getRow(2))).containsExactly("2", "Thanh tra việc sử dụng tần số",
					this.unitNames.get("TTRA"), this.today.plusDays(30).format(DMY), "");
		}
		byte[] pdf = this.mvc.perform(get("/directives/" + id + "/slip.pdf").with(this.demo.as("cv.bcvt")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN", "Giao Phòng CNTT chủ trì, báo cáo trước hạn",
					"Rà soát hạ tầng mạng của các sở", part, this.today.plusDays(30).format(DMY));
		}
	}

	@Test
	void aPlaceholdersSlipIsHiddenFromWhoeverMayNotKnowItExists() throws Exception {
		long id = this.placeholder.getId();
		for (String path : List.of("/directives/" + id, "/directives/" + id + "/slip",
				"/directives/" + id + "/slip.docx", "/directives/" + id + "/slip.pdf")) {
			assertThat(this.mvc.perform(get(path).with(this.demo.as("cv.cntt"))).andReturn().getResponse().getStatus())
				.as(path)
				.isEqualTo(404);
			assertThat(this.mvc.perform(get(path).with(this.demo.as("tp.cntt"))).andReturn().getResponse().getStatus())
				.as(path)
				.isEqualTo(404);
		}
		// Those who may know it see what its page shows, and no more: there is no
		// content.
		String slip = Jsoup.parse(Pages.ok(this.mvc, get("/directives/" + id + "/slip").with(this.demo.as("tp.ttra"))))
			.selectFirst("main")
			.text();
		assertThat(slip).contains(this.placeholder.getRegisterCode(), "Tối mật", this.unitNames.get("TTRA"))
			.doesNotContain("Ý kiến của lãnh đạo cơ quan")
			.doesNotContain("Đơn vị giải quyết:");
		byte[] docx = this.mvc.perform(get("/directives/" + id + "/slip.docx").with(this.demo.as("vanphong")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			assertThat(extractor.getText()).contains(this.placeholder.getRegisterCode())
				.doesNotContain("Đơn vị giải quyết:");
			assertThat(document.getTables()).hasSize(1);
		}
	}

}
