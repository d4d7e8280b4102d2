package vn.dondoc.reporting;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.dondoc.DemoUsers;
import vn.dondoc.IntegrationTest;
import vn.dondoc.Pages;
import vn.dondoc.directive.DeadlineMeaning;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveContent;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.directive.DirectiveReading;
import vn.dondoc.directive.DirectiveRegistration;
import vn.dondoc.directive.Fixtures;
import vn.dondoc.directive.Issuer;
import vn.dondoc.directive.TaskCategory;
import vn.dondoc.directive.TaskDraft;
import vn.dondoc.directive.TaskWorkflow;
import vn.dondoc.organisation.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The Director's overdue list (Điều 8.2): an overdue task shows with the unit's latest
 * reason and proposal and its urge count, on the page and in the streamed spreadsheet,
 * which holds exactly as many rows as the page says.
 */
@IntegrationTest
class OverdueListIT {

	@Autowired
	java.time.Clock clock;

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
	OverdueList list;

	@Test
	void theOfficeSeesOverdueWorkWithReasonsAndDownloadsItAll() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		Directive directive = this.registration.register(Fixtures.actor(this.users, "vanphong"),
				new DirectiveContent(DirectiveKind.CONG_VAN, "44/UBND-QH", "Về việc thử danh sách quá hạn",
						today.minusDays(40), null, null, Issuer.UBND_TINH),
				today.minusDays(35),
				List.of(TaskDraft.of("Nhiệm vụ quá hạn có lý do", Fixtures.unit(this.units, "TTRA"))
					.due(DeadlineMeaning.COMPLETE, today.minusDays(6))),
				List.of());
		long task = this.reading.tasksOf(directive.getId()).get(0).getId();
		this.workflow.forward(Fixtures.actor(this.users, "vanphong"), task,
				this.reading.taskState(task).orElseThrow().getVersion());
		this.workflow.accept(Fixtures.actor(this.users, "tp.ttra"), task,
				this.reading.taskState(task).orElseThrow().getVersion(), null);
		this.workflow.progress(Fixtures.actor(this.users, "tp.ttra"), task,
				this.reading.taskState(task).orElseThrow().getVersion(), "Đang chờ số liệu", "Xin gia hạn 10 ngày",
				"Chờ số liệu của huyện", List.of());

		DemoUsers demo = new DemoUsers(this.users);
		String page = Pages.ok(this.mvc, get("/reports/overdue").with(demo.as("vanphong")));
		assertThat(page).contains("Nhiệm vụ quá hạn có lý do", "Chờ số liệu của huyện", "Xin gia hạn 10 ngày");
		long total = this.list.count();
		String shown = Jsoup.parse(page).selectFirst("#overdue-total").text();
		assertThat(shown).contains(String.valueOf(total));
		// Only a list cut short sends the reader to the spreadsheet for the rest.
		int rows = Jsoup.parse(page).select("#overdue-table tbody tr").size();
		assertThat(shown.contains("tải Excel")).as("%s rows of %s: %s", rows, total, shown).isEqualTo(rows < total);
		byte[] xlsx = this.mvc.perform(get("/reports/overdue.xlsx").with(demo.as("giamdoc")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(total);
			Row mine = null;
			for (Row row : sheet) {
				if (row.getRowNum() > 0 && row.getCell(2).getStringCellValue().equals("Nhiệm vụ quá hạn có lý do")) {
					mine = row;
				}
			}
			assertThat(mine).isNotNull();
			assertThat(mine.getCell(4).getNumericCellValue()).isEqualTo(6);
			// A date a spreadsheet sorts (shown dd/mm/yyyy); the header stays in view and
			// has filters.
			assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(mine.getCell(3))).isTrue();
			assertThat(mine.getCell(3).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(java.time.LocalDate.now(this.clock).minusDays(6));
			assertThat(mine.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
			assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef())
				.startsWith("A1:");
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(mine.getCell(5).getStringCellValue()).isEqualTo("Chờ số liệu của huyện");
			assertThat(mine.getCell(6).getStringCellValue()).isEqualTo("Xin gia hạn 10 ngày");
		}
		assertThat(this.mvc.perform(get("/reports/overdue").with(demo.as("cv.cntt")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

}
