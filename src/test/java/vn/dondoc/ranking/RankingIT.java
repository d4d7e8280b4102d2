package vn.dondoc.ranking;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.dondoc.DemoUsers;
import vn.dondoc.IntegrationTest;
import vn.dondoc.Pages;
import vn.dondoc.account.AccountSeeding;
import vn.dondoc.account.Role;
import vn.dondoc.common.MovableClock;
import vn.dondoc.account.Actor;
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
import vn.dondoc.directive.UrgeChannel;
import vn.dondoc.directive.UrgeWeight;
import vn.dondoc.organisation.UnitKind;
import vn.dondoc.organisation.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * June 2026 of a unit built by hand: each figure and the score checked number by number,
 * the month confirmed by the director and left unchanged by a later change, who sees
 * which rows, and the spreadsheet read back.
 */
@IntegrationTest
class RankingIT {

	static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	static final YearMonth JUNE = YearMonth.of(2026, 6);

	@Autowired
	MockMvc mvc;

	@Autowired
	Ranking ranking;

	@Autowired
	MovableClock clock;

	@Autowired
	UnitManagement units;

	@Autowired
	AccountSeeding accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	DirectiveRegistration registration;

	@Autowired
	DirectiveReading reading;

	@Autowired
	TaskWorkflow workflow;

	@AfterEach
	void reset() {
		this.clock.reset();
	}

	void on(int month, int day) {
		this.clock.moveTo(LocalDate.of(2026, month, day).atTime(LocalTime.of(9, 0)).atZone(VN).toInstant());
	}

	Task state(long id) {
		return this.reading.taskState(id).orElseThrow();
	}

	@Test
	void aHandBuiltMonthScoresNumberByNumberAndStaysAsConfirmed() throws Exception {
		on(6, 1);
		long unit = this.units.create("XH", "Phòng Thử xếp hạng", UnitKind.DIVISION, Fixtures.unit(this.units, "SO"))
			.getId();
		this.accounts.create("tp.xh", "Trưởng phòng Xếp hạng", "Trưởng phòng", unit, Set.of(Role.UNIT_HEAD),
				this.accounts.hash("x"));
		this.accounts.create("cv.xh", "Chuyên viên Xếp hạng", "Chuyên viên", unit, Set.of(Role.STAFF),
				this.accounts.hash("x"));
		Actor office = Fixtures.actor(this.users, "vanphong");
		Actor head = Fixtures.actor(this.users, "tp.xh");
		List<LocalDate> deadlines = List.of(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 15),
				LocalDate.of(2026, 6, 20), LocalDate.of(2026, 6, 25), LocalDate.of(2026, 7, 10),
				LocalDate.of(2026, 7, 31));
		Directive directive = this.registration.register(office, new DirectiveContent(DirectiveKind.CONG_VAN,
				"77/UBND-XH", "Thử xếp hạng tháng 6", LocalDate.of(2026, 5, 28), null, null, Issuer.UBND_TINH),
				LocalDate.of(2026, 6, 1),
				deadlines.stream()
					.map((deadline) -> TaskDraft.of("Việc hạn " + deadline, unit)
						.due(DeadlineMeaning.COMPLETE, deadline))
					.toList(),
				List.of());
		List<Long> ids = this.reading.tasksOf(directive.getId()).stream().map(Task::getId).toList();
		for (long id : ids) {
			this.workflow.forward(office, id, state(id).getVersion());
			this.workflow.accept(head, id, state(id).getVersion(), null);
		}
		long a = ids.get(0);
		long b = ids.get(1);
		long c = ids.get(2);
		long d = ids.get(3);
		long e = ids.get(4);
		on(6, 8);
		this.workflow.complete(head, a, state(a).getVersion(), "Xong sớm", LocalDate.of(2026, 6, 8), List.of());
		on(6, 12);
		this.workflow.progress(head, e, state(e).getVersion(), "Đang khảo sát", null, null, List.of());
		on(6, 20);
		this.workflow.complete(head, b, state(b).getVersion(), "Xong muộn", LocalDate.of(2026, 6, 20), List.of());
		on(6, 25);
		this.workflow.recordNotice(head, c, state(c).getVersion(), "12/TB-XH", LocalDate.of(2026, 6, 25));
		on(6, 26);
		this.workflow.urge(office, d, UrgeChannel.PHONE, UrgeWeight.REMINDER, "Trưởng phòng", "Nhắc việc quá hạn");
		on(7, 2);

		UnitMonth june = row(this.ranking.month(JUNE));
		// A on time; B late; C and D open past their deadline; E and F not due yet.
		assertThat(june.due()).isEqualTo(4);
		assertThat(june.onTime()).isEqualTo(1);
		assertThat(june.openAtEnd()).isEqualTo(4);
		assertThat(june.overdue()).isEqualTo(2);
		// A and B completed in June, E updated; C, D and F untouched.
		assertThat(june.active()).isEqualTo(6);
		assertThat(june.updated()).isEqualTo(3);
		assertThat(june.notices()).isEqualTo(1);
		assertThat(june.urges()).isEqualTo(1);
		assertThat(june.onTimeScore()).isEqualTo(25.0);
		assertThat(june.overdueScore()).isEqualTo(50.0);
		assertThat(june.upToDateScore()).isEqualTo(50.0);
		assertThat(june.noticesScore()).isEqualTo(50.0);
		assertThat(june.urgesScore(10)).isEqualTo(90.0);
		// No report for June was sent by its due day (10 June).
		assertThat(june.report()).isEqualTo("MISSING");
		assertThat(june.reportScore()).isEqualTo(0.0);
		// (40 × 25 + 20 × 50 + 15 × 50 + 10 × 50 + 5 × 90 + 10 × 0) ÷ 100 = 3700 ÷ 100 =
		// 37.0
		assertThat(june.score()).isEqualTo(37.0);
		assertThat(june.grade()).isEqualTo(Grade.FAIL);

		// The unit's staff see their own row only; the director sees every unit.
		DemoUsers demo = new DemoUsers(this.users);
		String staffView = Pages.ok(this.mvc, get("/ranking?month=2026-06").with(demo.as("cv.xh")));
		assertThat(staffView).contains("Phòng Thử xếp hạng", "37,0").doesNotContain("Phòng Công nghệ thông tin");
		assertThat(Pages.ok(this.mvc, get("/ranking?month=2026-06").with(demo.as("giamdoc"))))
			.contains("Phòng Thử xếp hạng", "Phòng Công nghệ thông tin", "Chốt kết quả tháng");
		assertThat(
				this.mvc.perform(post("/ranking/confirm").param("month", "2026-06").with(demo.as("tp.xh")).with(csrf()))
					.andReturn()
					.getResponse()
					.getStatus())
			.isEqualTo(403);

		// Confirmed by the director, then a notice for D dated in June: the month stays.
		this.mvc.perform(post("/ranking/confirm").param("month", "2026-06").with(demo.as("giamdoc")).with(csrf()));
		this.workflow.recordNotice(head, d, state(d).getVersion(), "13/TB-XH", LocalDate.of(2026, 6, 30));
		Ranking.Month confirmed = this.ranking.month(JUNE);
		assertThat(confirmed.confirmed()).isTrue();
		assertThat(row(confirmed).notices()).isEqualTo(1);
		assertThat(row(confirmed).score()).isEqualTo(37.0);
		assertThat(this.ranking.compute(JUNE)
			.stream()
			.filter((r) -> r.unitId() == unit)
			.findFirst()
			.orElseThrow()
			.notices()).as("the live figure has moved").isEqualTo(2);
		assertThat(Pages.ok(this.mvc, get("/ranking?month=2026-06").with(demo.as("giamdoc")))).contains("Đã chốt bởi")
			.doesNotContain("Chốt kết quả tháng");
		// A second confirmation is refused with a message.
		assertThat(this.mvc
			.perform(post("/ranking/confirm").param("month", "2026-06").with(demo.as("giamdoc")).with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("error")).isEqualTo("ranking.alreadyConfirmed");
		assertThat(this.mvc.perform(get("/ranking?month=2026-13").with(demo.as("giamdoc")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(400);

		// The year's summary names its year as a year (not "2.026").
		assertThat(org.jsoup.Jsoup.parse(Pages.ok(this.mvc, get("/ranking/year?year=2026").with(demo.as("giamdoc"))))
			.select("h1")
			.text()).isEqualTo("Tổng hợp xếp hạng năm 2026");

		// The spreadsheet has the same row.
		byte[] xlsx = this.mvc.perform(get("/ranking.xlsx?month=2026-06").with(demo.as("giamdoc")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Xếp hạng chấp hành tháng 6/2026");
			Row mine = null;
			for (Row row : sheet) {
				if (row.getRowNum() > 1 && row.getCell(1).getStringCellValue().equals("Phòng Thử xếp hạng")) {
					mine = row;
				}
			}
			assertThat(mine).isNotNull();
			assertThat(mine.getCell(2).getNumericCellValue()).isEqualTo(4);
			// Every part of the score is a column, the monthly report's too, as on the
			// page.
			assertThat(sheet.getRow(1).getCell(11).getStringCellValue()).isEqualTo("Báo cáo tháng");
			org.jsoup.nodes.Element onPage = org.jsoup.Jsoup
				.parse(Pages.ok(this.mvc, get("/ranking?month=2026-06").with(demo.as("giamdoc"))))
				.select("#ranking-table tbody tr")
				.stream()
				.filter((tr) -> tr.select("th").text().equals("Phòng Thử xếp hạng"))
				.findFirst()
				.orElseThrow();
			assertThat(mine.getCell(11).getStringCellValue()).isEqualTo(onPage.select("td.ranking-report").text());
			assertThat(mine.getCell(12).getNumericCellValue()).isEqualTo(37.0);
			assertThat(mine.getCell(13).getStringCellValue()).isEqualTo("Không hoàn thành nhiệm vụ");
		}
		// The year counts June as confirmed.
		assertThat(this.ranking.year(2026).stream().filter((y) -> y.unitId() == unit).findFirst().orElseThrow().due())
			.isGreaterThanOrEqualTo(4);
	}

	private static UnitMonth row(Ranking.Month month) {
		return month.rows().stream().filter((r) -> r.unitName().equals("Phòng Thử xếp hạng")).findFirst().orElseThrow();
	}

}
