package vn.dondoc.importing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.dondoc.DemoUsers;
import vn.dondoc.IntegrationTest;
import vn.dondoc.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A messy spreadsheet (Excel and text dates, decomposed diacritics, lower-case codes,
 * blank rows, columns out of order, one bad row): the preview names the bad row and
 * nothing is imported; fixed, exactly its rows are imported, and a second import is
 * refused as a duplicate. CSV: UTF-8 with BOM and semicolons is read, another encoding is
 * named.
 */
@IntegrationTest
class ImportIT {

	@Autowired
	java.time.Clock clock;

	static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	static String nfd(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD);
	}

	/** Columns deliberately out of the template's order. */
	static final List<String> HEADINGS = List.of("Nội dung nhiệm vụ", "Số, ký hiệu", "Loại văn bản", "Cơ quan ban hành",
			"Ngày ban hành", "Ngày nhận", "Trích yếu", "Người ký", "Độ mật", "Đơn vị chủ trì", "Hạn xử lý",
			"Đơn vị phối hợp");

	byte[] workbook(boolean withBadRow) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Nhập");
			CellStyle date = book.createCellStyle();
			date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			Row head = sheet.createRow(1); // a blank first row
			for (int i = 0; i < HEADINGS.size(); i++) {
				head.createCell(i).setCellValue(nfd(HEADINGS.get(i)));
			}
			// Excel dates, decomposed text, a lower-case unit code.
			Row a = sheet.createRow(2);
			a.createCell(0).setCellValue(nfd("Rà soát thủ tục hành chính trên môi trường điện tử"));
			a.createCell(1).setCellValue("901/UBND-IMP");
			a.createCell(2).setCellValue("Công văn");
			a.createCell(3).setCellValue("UBND tỉnh");
			a.createCell(4).setCellValue(today().minusDays(10));
			a.getCell(4).setCellStyle(date);
			a.createCell(5).setCellValue(today().minusDays(8));
			a.getCell(5).setCellStyle(date);
			a.createCell(6).setCellValue(nfd("Về việc rà soát thủ tục"));
			a.createCell(9).setCellValue("cntt");
			a.createCell(10).setCellValue(today().plusDays(30));
			a.getCell(10).setCellStyle(date);
			// The same directive with text dates; a task without deadline.
			text(sheet.createRow(3), nfd("Báo cáo kết quả rà soát"), "901/UBND-IMP", "CONG_VAN", "UBND_TINH",
					DMY.format(today().minusDays(10)), DMY.format(today().minusDays(8)), nfd("Về việc rà soát thủ tục"),
					"", "", "VP", "", "");
			// blank row 5
			text(sheet.createRow(5), "Xây dựng kế hoạch chuyển đổi số năm sau", "77/KH-UBND-IMP", "Kế hoạch",
					"Chủ tịch UBND tỉnh", DMY.format(today().minusDays(5)), DMY.format(today().minusDays(4)),
					"Kế hoạch chuyển đổi số", "Trần Văn B", "Thường", "CNTT", DMY.format(today().plusDays(60)),
					"BCVT, ttcntt");
			text(sheet.createRow(6), "", "", "", "", "", DMY.format(today().minusDays(2)), "", "", "Mật", "CNTT", "",
					"");
			if (withBadRow) {
				text(sheet.createRow(7), "Một nhiệm vụ lỗi", "55/UBND-IMP", "Công văn", "UBND tỉnh", "31/02/2026",
						DMY.format(today().minusDays(1)), "Văn bản lỗi", "", "", "XYZ", "", "");
			}
			book.write(out);
			return out.toByteArray();
		}
	}

	static void text(Row row, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			if (!cells[i].isEmpty()) {
				row.createCell(i).setCellValue(cells[i]);
			}
		}
	}

	String upload(String name, byte[] content) throws Exception {
		DemoUsers demo = new DemoUsers(this.users);
		String location = this.mvc
			.perform(multipart("/import").file(new MockMultipartFile("file", name, "application/octet-stream", content))
				.with(demo.as("vanphong"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/import/\\d+");
		return location;
	}

	/** Uploads a file that is refused as it is read: its problems, and nothing kept. */
	Document refused(String name, byte[] content) throws Exception {
		long kept = this.jdbc.sql("SELECT count(*) FROM import_upload").query(Long.class).single();
		org.springframework.mock.web.MockHttpServletResponse response = this.mvc
			.perform(multipart("/import").file(new MockMultipartFile("file", name, "application/octet-stream", content))
				.with(new DemoUsers(this.users).as("vanphong"))
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(this.jdbc.sql("SELECT count(*) FROM import_upload").query(Long.class).single()).as("kept uploads")
			.isLessThanOrEqualTo(kept);
		return Jsoup.parse(response.getContentAsString());
	}

	/** The template's headings in order, a row of cells under them, and what follows. */
	byte[] sheet(List<String> headings, List<List<String>> rows) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Nhập");
			text(sheet.createRow(0), headings.toArray(String[]::new));
			for (int i = 0; i < rows.size(); i++) {
				text(sheet.createRow(i + 1), rows.get(i).toArray(String[]::new));
			}
			book.write(out);
			return out.toByteArray();
		}
	}

	static final List<String> TEMPLATE = List.of("Số, ký hiệu", "Loại văn bản", "Cơ quan ban hành", "Ngày ban hành",
			"Ngày nhận", "Trích yếu", "Người ký", "Độ mật", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Hạn xử lý",
			"Đơn vị phối hợp");

	@Test
	void onlyWhatWasReadAndAcceptedIsEverKept() throws Exception {
		String secret = "Nội dung tuyệt mật không được lưu";
		String received = DMY.format(today().minusDays(2));
		List<String> placeholder = List.of("", "", "", "", received, "", "", "Mật", "", "CNTT", "", "");
		// A second "Trích yếu" column: only the first was read, the second was kept.
		List<String> twice = new java.util.ArrayList<>(TEMPLATE);
		twice.add("Trích yếu");
		List<String> row = new java.util.ArrayList<>(placeholder);
		row.add(secret);
		Document page = refused("hai-cot.xlsx", sheet(twice, List.of(row)));
		assertThat(page.selectFirst("#problems").text()).contains("Cột “Trích yếu” có hai lần");
		// An unknown column.
		List<String> extra = new java.util.ArrayList<>(TEMPLATE);
		extra.add("Ghi chú");
		page = refused("ghi-chu.xlsx", sheet(extra, List.of(row)));
		assertThat(page.selectFirst("#problems").text()).contains("Cột “Ghi chú” không có trong mẫu nhập");
		// A cell after the last heading.
		page = refused("o-thua.xlsx", sheet(TEMPLATE, List.of(row)));
		assertThat(page.selectFirst("#problems").text()).contains("Ô M2 không thuộc cột nào");
		// A secret document's row with its kind, issuer and issue date.
		List<String> described = new java.util.ArrayList<>(placeholder);
		described.set(1, "Công văn");
		described.set(2, "UBND tỉnh");
		described.set(3, DMY.format(today().minusDays(3)));
		page = refused("mat.xlsx", sheet(TEMPLATE, List.of(described)));
		assertThat(page.getElementById("not-kept")).isNotNull();
		assertThat(page.selectFirst("#problems").text()).contains("Loại văn bản", "Cơ quan ban hành", "Ngày ban hành");
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM import_upload WHERE position(:s in convert_from(content, 'UTF8')) > 0")
			.param("s", secret)
			.query(Long.class)
			.single()).isZero();
		// What is kept of an accepted file is its template columns as read.
		String location = upload("dung.xlsx", sheet(TEMPLATE, List.of(placeholder)));
		String kept = this.jdbc.sql("SELECT convert_from(content, 'UTF8') FROM import_upload WHERE id = :id")
			.param("id", Long.parseLong(location.substring("/import/".length())))
			.query(String.class)
			.single();
		assertThat(kept).contains("Ngày nhận", "CNTT").doesNotContain("PK");
	}

	/** The template's heading and {@code rows} rows of secret placeholders, streamed. */
	byte[] placeholders(int rows) throws Exception {
		try (org.apache.poi.xssf.streaming.SXSSFWorkbook book = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100);
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Nhập");
			text(sheet.createRow(0), TEMPLATE.toArray(String[]::new));
			String received = DMY.format(today().minusDays(2));
			for (int i = 1; i <= rows; i++) {
				text(sheet.createRow(i), "", "", "", "", received, "", "", "Mật", "", "CNTT", "", "");
			}
			book.write(out);
			book.dispose();
			return out.toByteArray();
		}
	}

	@Test
	void aSheetPastTheRowLimitIsRefusedNamingTheLimit() throws Exception {
		Document page = refused("nhieu-dong.xlsx", placeholders(10_001));
		assertThat(page.selectFirst("#problems").text()).contains("hơn 10000 dòng nhiệm vụ");
		// Ten thousand rows are read.
		Document preview = preview(upload("du-dong.xlsx", placeholders(10_000)));
		assertThat(preview.selectFirst("#import-summary").text()).matches("10[.,]?000 dòng.*");
	}

	Document preview(String location) throws Exception {
		return Jsoup.parse(Pages.ok(this.mvc, get(location).with(new DemoUsers(this.users).as("vanphong"))));
	}

	long directives() {
		return this.jdbc.sql("SELECT count(*) FROM directive").query(Long.class).single();
	}

	@Test
	void aMessySheetIsPreviewedWithItsBadRowThenImportedWholeOnceFixed() throws Exception {
		DemoUsers demo = new DemoUsers(this.users);
		long before = directives();
		String bad = upload("nhiem-vu.xlsx", workbook(true));
		Document page = preview(bad);
		assertThat(page.select("#problems tbody tr")).hasSize(2);
		assertThat(page.select("#problems tbody tr td:first-child").eachText()).containsOnly("8");
		assertThat(page.selectFirst("#problems").text()).contains("31/02/2026", "XYZ");
		assertThat(page.select("#run-import")).isEmpty();
		this.mvc.perform(post(bad).with(demo.as("vanphong")).with(csrf()));
		assertThat(directives()).as("nothing imported").isEqualTo(before);

		String good = upload("nhiem-vu.xlsx", workbook(false));
		page = preview(good);
		assertThat(page.select("#problems")).isEmpty();
		assertThat(page.selectFirst("#import-summary").text())
			.isEqualTo("4 dòng: 2 văn bản với 3 nhiệm vụ, 1 văn bản mật (mục giữ chỗ).");
		String redirect = this.mvc.perform(post(good).with(demo.as("vanphong")).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(redirect).isEqualTo("/directives");
		assertThat(directives()).isEqualTo(before + 3);
		List<String> tasks = this.jdbc.sql("""
				SELECT t.content || '|' || u.code || '|' || coalesce(to_char(t.deadline, 'DD/MM/YYYY'), '-')
				FROM task t JOIN directive d ON d.id = t.directive_id JOIN unit u ON u.id = t.lead_unit_id
				WHERE d.number_symbol = '901/UBND-IMP' ORDER BY t.seq
				""").query(String.class).list();
		assertThat(tasks).containsExactly(
				"Rà soát thủ tục hành chính trên môi trường điện tử|CNTT|" + DMY.format(today().plusDays(30)),
				"Báo cáo kết quả rà soát|VP|-");
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM task_part p JOIN task t ON t.id = p.task_id"
					+ " JOIN directive d ON d.id = t.directive_id WHERE d.number_symbol = '77/KH-UBND-IMP'")
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(this.jdbc.sql("SELECT summary FROM directive WHERE number_symbol = '901/UBND-IMP'")
			.query(String.class)
			.single()).isEqualTo("Về việc rà soát thủ tục");

		// The same file again: every directive is already in the register.
		page = preview(upload("nhiem-vu.xlsx", workbook(false)));
		assertThat(page.selectFirst("#problems").text()).contains("đã có trong sổ");
		assertThat(directives()).isEqualTo(before + 3);
	}

	@Test
	void csvFilesMustBeUtf8AndSayWhenTheyAreNot() throws Exception {
		String header = String.join(";", "Số, ký hiệu", "Loại văn bản", "Cơ quan ban hành", "Ngày ban hành",
				"Ngày nhận", "Trích yếu", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Hạn xử lý");
		String row = String.join(";", "902/UBND-CSV", "Công văn", "UBND tỉnh", DMY.format(today().minusDays(3)),
				DMY.format(today().minusDays(2)), "Về việc thử CSV", "Kiểm tra CSV có BOM", "BCVT",
				DMY.format(today().plusDays(9)));
		byte[] utf8 = ("\uFEFF" + header + "\r\n" + row + "\r\n").getBytes(StandardCharsets.UTF_8);
		Document page = preview(upload("van-ban.csv", utf8));
		assertThat(page.select("#problems")).isEmpty();
		assertThat(page.selectFirst("#import-summary").text()).startsWith("1 dòng: 1 văn bản với 1 nhiệm vụ");

		byte[] legacy = (header + "\r\n" + row + "\r\n").getBytes(Charset.forName("windows-1258"));
		page = refused("van-ban.csv", legacy);
		assertThat(page.selectFirst("#problems").text()).contains("không ở mã UTF-8");
		page = refused("van-ban.txt", utf8);
		assertThat(page.selectFirst("#problems").text()).contains("Chỉ nhận tệp .xlsx hoặc .csv");
		// Someone else's upload is not theirs to see.
		assertThat(this.mvc.perform(get("/import/" + Long.MAX_VALUE).with(new DemoUsers(this.users).as("vanphong")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		byte[] template = this.mvc.perform(get("/import/template.xlsx").with(new DemoUsers(this.users).as("vanphong")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new SpreadsheetImportProbe(template).headings()).contains("Số, ký hiệu", "Đơn vị phối hợp");
	}

	/** Reads the template's headings back with POI. */
	record SpreadsheetImportProbe(byte[] xlsx) {

		List<String> headings() throws Exception {
			try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(this.xlsx))) {
				List<String> headings = new java.util.ArrayList<>();
				book.getSheetAt(0).getRow(0).forEach((cell) -> headings.add(cell.getStringCellValue()));
				return headings;
			}
		}

	}

}
