package vn.dondoc.reporting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.dondoc.DemoUsers;
import vn.dondoc.IntegrationTest;
import vn.dondoc.Pages;
import vn.dondoc.common.MovableClock;
import vn.dondoc.directive.Fixtures;
import vn.dondoc.directive.Task;
import vn.dondoc.directive.DirectiveReading;
import vn.dondoc.directive.TaskWorkflow;
import vn.dondoc.organisation.UnitManagement;
import vn.dondoc.urging.ReportDutySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A unit's monthly report through the web: pre-filled, kept as a draft, refused without
 * an assessment, sent (late after the 10th), frozen against later task changes, returned
 * by the office with a comment and sent again; other units' staff cannot read it; the
 * reminders and the dashboard count it as sent.
 */
@IntegrationTest
class UnitReportIT {

	@Autowired
	MovableClock clock;

	@AfterEach
	void reset() {
		this.clock.reset();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	UnitManagement units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportDutySource duties;

	@Autowired
	DirectiveReading reading;

	@Autowired
	TaskWorkflow workflow;

	@Autowired
	vn.dondoc.directive.DirectiveRegistration registration;

	@Test
	void aHeadSendsTheUnitsReportAndTheOfficeReturnsIt() throws Exception {
		DemoUsers demo = new DemoUsers(this.users);
		// Thursday 12 November 2026: after the 10th, so the report is late, and not a
		// quarter's last month, so the month's report is all the unit owes.
		this.clock.moveTo(LocalDate.of(2026, 11, 12)
			.atTime(LocalTime.of(9, 0))
			.atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
			.toInstant());
		YearMonth month = YearMonth.now(this.clock);
		long unit = Fixtures.unit(this.units, "TTBCXB");
		String url = "/reports/units/" + unit + "/" + month;
		this.jdbc.sql("DELETE FROM unit_report WHERE unit_id = :u AND period = :p")
			.param("u", unit)
			.param("p", month.toString())
			.update();
		// The head's list names what the unit is asked for, each linked to its report:
		// the
		// month whose report is being written (after the 10th, the next month's) and its
		// quarter.
		LocalDate today = LocalDate.now(this.clock);
		YearMonth writing = YearMonth.from((today.getDayOfMonth() > 10) ? today.plusMonths(1) : today);
		assertThat(Jsoup.parse(Pages.ok(this.mvc, get("/reports/mine").with(demo.as("tp.ttbcxb"))))
			.select("#my-reports a")
			.eachAttr("href")).contains("/reports/units/" + unit + "/" + writing,
					"/reports/units/" + unit + "/" + writing.getYear() + "-Q" + ((writing.getMonthValue() + 2) / 3));
		// A task of the unit overdue on the report's day, open.
		java.time.LocalDate received = month.atDay(1).minusDays(10);
		vn.dondoc.directive.Directive directive = this.registration
			.register(Fixtures.actor(this.users, "vanphong"),
					new vn.dondoc.directive.DirectiveContent(
							vn.dondoc.directive.DirectiveKind.CONG_VAN, "88/UBND-BC" + month,
							"Về việc thử báo cáo đơn vị", received, null, null, vn.dondoc.directive.Issuer.UBND_TINH),
					received,
					java.util.List.of(new vn.dondoc.directive.TaskDraft("Nhiệm vụ quá hạn để thử báo cáo", true,
							vn.dondoc.directive.DeadlineMeaning.COMPLETE, month.atDay(5),
							vn.dondoc.directive.TaskCategory.GENERAL, unit, null, null, null, null, null,
							java.util.List.of())),
					java.util.List.of());
		long overdueTask = this.reading.tasksOf(directive.getId()).get(0).getId();
		this.workflow.forward(Fixtures.actor(this.users, "vanphong"), overdueTask,
				this.reading.taskState(overdueTask).orElseThrow().getVersion());
		this.workflow.accept(Fixtures.actor(this.users, "tp.ttbcxb"), overdueTask,
				this.reading.taskState(overdueTask).orElseThrow().getVersion(), null);
		Document page = Jsoup.parse(Pages.ok(this.mvc, get(url).with(demo.as("tp.ttbcxb"))));
		assertThat(page.selectFirst("#report-status").text()).contains("Chưa lập");
		String liveOverdue = page.select("#report-figures tr").get(4).select("td").text();

		// A draft, then a send without an assessment: refused, with the typed text kept.
		this.mvc.perform(post(url).param("version", "-1")
			.param("difficulties", "Thiếu nhân lực")
			.with(demo.as("tp.ttbcxb"))
			.with(csrf()));
		long version = this.jdbc.sql("SELECT version FROM unit_report WHERE unit_id = :u AND period = :p")
			.param("u", unit)
			.param("p", month.toString())
			.query(Long.class)
			.single();
		var refused = this.mvc
			.perform(post(url).param("version", String.valueOf(version))
				.param("send", "1")
				.param("difficulties", "Thiếu nhân lực, thiết bị")
				.with(demo.as("tp.ttbcxb"))
				.with(csrf()))
			.andReturn();
		assertThat(refused.getFlashMap().get("error")).isEqualTo("report.assessment.required");
		assertThat(refused.getFlashMap().get("typedDifficulties")).isEqualTo("Thiếu nhân lực, thiết bị");
		// Staff of the unit may read it but not write it; another unit's staff may not
		// read it.
		assertThat(this.mvc.perform(get(url).with(demo.as("cv.bcvt"))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(this.mvc
			.perform(post(url).param("version", String.valueOf(version))
				.param("assessment", "x")
				.with(demo.as("cv.ttbcxb"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);

		this.mvc.perform(post(url).param("version", String.valueOf(version))
			.param("send", "1")
			.param("assessment", "Đơn vị hoàn thành phần lớn nhiệm vụ được giao.")
			.with(demo.as("tp.ttbcxb"))
			.with(csrf()));
		page = Jsoup.parse(Pages.ok(this.mvc, get(url).with(demo.as("vanphong"))));
		assertThat(page.selectFirst("#report-status").text()).contains("Đã gửi", "Trịnh Công Sơn");
		// Sent after the 10th of the month: late, and shown as late.
		assertThat(page.select("#late-badge")).isNotEmpty();
		assertThat(this.duties.unitsOwing(month)).noneMatch((owing) -> owing.unitId() == unit);

		// Frozen: a task of the unit overdue at the period's end, done now, would lower
		// the
		// live overdue count; the sent figures stay.
		Task open = this.reading.taskState(overdueTask).orElseThrow();
		this.workflow.complete(Fixtures.actor(this.users, "tp.ttbcxb"), open.getId(), open.getVersion(), "Xong",
				LocalDate.now(this.clock), java.util.List.of());
		page = Jsoup.parse(Pages.ok(this.mvc, get(url).with(demo.as("vanphong"))));
		assertThat(page.select("#report-figures tr").get(4).select("td").text()).isEqualTo(liveOverdue);

		// Returned by the office with what to correct, then sent again.
		version = this.jdbc.sql("SELECT version FROM unit_report WHERE unit_id = :u AND period = :p")
			.param("u", unit)
			.param("p", month.toString())
			.query(Long.class)
			.single();
		assertThat(this.mvc
			.perform(post(url + "/return").param("version", String.valueOf(version))
				.param("comment", "Bổ sung lý do chậm")
				.with(demo.as("tp.ttbcxb"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		this.mvc.perform(post(url + "/return").param("version", String.valueOf(version))
			.param("comment", "Bổ sung lý do chậm của nhiệm vụ quá hạn")
			.with(demo.as("vanphong"))
			.with(csrf()));
		page = Jsoup.parse(Pages.ok(this.mvc, get(url).with(demo.as("tp.ttbcxb"))));
		assertThat(page.selectFirst("#returned").text()).contains("Bổ sung lý do chậm của nhiệm vụ quá hạn");
		assertThat(this.duties.unitsOwing(month)).anyMatch((owing) -> owing.unitId() == unit);
		// An old version is refused as stale.
		var stale = this.mvc
			.perform(post(url).param("version", String.valueOf(version))
				.param("assessment", "Cũ")
				.with(demo.as("tp.ttbcxb"))
				.with(csrf()))
			.andReturn();
		assertThat(stale.getFlashMap().get("error")).isEqualTo("report.stale");
		this.mvc.perform(post(url).param("version", String.valueOf(version + 1))
			.param("send", "1")
			.param("assessment", "Đã bổ sung lý do chậm.")
			.with(demo.as("tp.ttbcxb"))
			.with(csrf()));
		assertThat(this.jdbc.sql("SELECT status FROM unit_report WHERE unit_id = :u AND period = :p")
			.param("u", unit)
			.param("p", month.toString())
			.query(String.class)
			.single()).isEqualTo("SUBMITTED");
		assertThat(Pages.ok(this.mvc, get("/reports/units?month=" + month).with(demo.as("giamdoc"))))
			.contains("Đã gửi");
		assertThat(this.mvc.perform(get("/reports/units/" + unit + "/2026-13").with(demo.as("giamdoc")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(400);
	}

}
