package vn.dondoc.urging;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.dondoc.DondocApplication;
import vn.dondoc.account.AccountSeeding;
import vn.dondoc.account.Role;
import vn.dondoc.common.MovableClock;
import vn.dondoc.account.Actor;
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
import vn.dondoc.organisation.Unit;
import vn.dondoc.organisation.UnitKind;
import vn.dondoc.organisation.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * April 2027 lived day by day on a database of its own: the 10th is a Saturday, the 16th
 * (Giỗ Tổ Hùng Vương) and the 30th are public holidays. Every working day the jobs run
 * twice at 07:00 and the mail is sent to a real SMTP server; the test asserts the exact
 * mails of each day — who gets what — written out by hand below.
 */
class SimulatedMonthIT {

	static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	static ConfigurableApplicationContext context;

	@BeforeAll
	static void start() {
		// Arguments, not default properties: those would lose to application.properties.
		context = new SpringApplicationBuilder(DondocApplication.class).profiles("test")
			.run("--dondoc.embedded-db.database=simulated_month", "--dondoc.test.database=embedded",
					"--dondoc.demo.mode=off", "--dondoc.admin.initial-password=Mat-khau-quan-tri-2027",
					"--server.port=0");
	}

	@AfterAll
	static void stop() {
		context.close();
	}

	static <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	static void at(LocalDate day, int hour) {
		bean(MovableClock.class).moveTo(day.atTime(LocalTime.of(hour, 0)).atZone(VN).toInstant());
	}

	static LocalDate april(int day) {
		return LocalDate.of(2027, 4, day);
	}

	static final String T1 = "Vận hành thử nền tảng số cấp tỉnh";

	static final String T2 = "Báo cáo số liệu chuyển đổi số quý I";

	@Test
	void aprilTwentyTwentySeven() throws Exception {
		at(april(1), 6);
		UnitManagement units = bean(UnitManagement.class);
		// The Department itself is created on an empty database.
		long so = units.tree().stream().filter((unit) -> unit.parentId() == null).findFirst().orElseThrow().id();
		Unit vp = units.create("VP", "Văn phòng Sở", UnitKind.OFFICE, so);
		Unit khtc = units.create("KHTC", "Phòng Kế hoạch – Tài chính", UnitKind.PLANNING_FINANCE, so);
		Unit cntt = units.create("CNTT", "Phòng Công nghệ thông tin", UnitKind.DIVISION, so);
		AccountSeeding accounts = bean(AccountSeeding.class);
		String hash = accounts.hash("x");
		accounts.create("giamdoc", "Nguyễn Văn Giám", "Giám đốc", so, Set.of(Role.LEADER), hash);
		accounts.create("vanphong", "Trần Thị Văn", "Chuyên viên", vp.getId(), Set.of(Role.OFFICE), hash);
		accounts.create("tp.vp", "Lê Chánh Văn", "Chánh Văn phòng", vp.getId(), Set.of(Role.UNIT_HEAD), hash);
		long headKhtc = accounts
			.create("tp.khtc", "Phạm Kế Hoạch", "Trưởng phòng", khtc.getId(), Set.of(Role.UNIT_HEAD), hash)
			.getId();
		accounts.create("tp.cntt", "Hoàng Công Nghệ", "Trưởng phòng", cntt.getId(), Set.of(Role.UNIT_HEAD), hash);
		long officer = accounts.create("cv.cntt", "Đỗ Thị Số", "Chuyên viên", cntt.getId(), Set.of(Role.STAFF), hash)
			.getId();
		// The head of KH-TC does not want the reporting calendar by mail: in the app
		// only.
		bean(MailPreferenceManagement.class).choose(headKhtc,
				Set.of(MailKind.DEADLINE_DIGEST, MailKind.CONFIDENTIAL_REPORT));

		UserDetailsService users = bean(UserDetailsService.class);
		DirectiveRegistration registration = bean(DirectiveRegistration.class);
		DirectiveReading reading = bean(DirectiveReading.class);
		TaskWorkflow workflow = bean(TaskWorkflow.class);
		Actor office = Fixtures.actor(users, "vanphong");
		Directive directive = registration.register(office,
				new DirectiveContent(DirectiveKind.CONG_VAN, "1234/UBND-KGVX", "Triển khai chuyển đổi số quý II",
						april(1).minusDays(3), null, null, Issuer.UBND_TINH),
				april(1), List.of(draft(T1, april(16), cntt.getId()), draft(T2, april(2), cntt.getId())), List.of());
		List<Task> tasks = reading.tasksOf(directive.getId());
		for (Task task : tasks) {
			workflow.forward(office, task.getId(), task.getVersion());
			Task forwarded = reading.taskState(task.getId()).orElseThrow();
			workflow.accept(Fixtures.actor(users, "tp.cntt"), task.getId(), forwarded.getVersion(), officer);
		}
		long t1 = tasks.get(0).getId();
		long t2 = tasks.get(1).getId();
		Directive placeholder = registration.registerPlaceholder(office, Confidentiality.MAT, april(1), cntt.getId(),
				List.of(april(30)));

		Map<LocalDate, Set<String>> expected = expectedMails();
		Map<LocalDate, Set<String>> received = new LinkedHashMap<>();
		Set<String> seen = new java.util.HashSet<>();
		for (LocalDate day = april(1); !day.isAfter(april(30)); day = day.plusDays(1)) {
			at(day, 7);
			int first = bean(DeadlineDigest.class).run() + bean(MonthlyCycle.class).run();
			assertThat(bean(DeadlineDigest.class).run() + bean(MonthlyCycle.class).run())
				.as("a second run on %s delivers nothing", day)
				.isZero();
			if (!isWorkingDay(day)) {
				assertThat(first).as("nothing on the day off %s", day).isZero();
			}
			bean(OutboxSender.class).sendDue();
			// GreenMail lists messages mailbox by mailbox, not in order of arrival.
			Set<String> mails = new TreeSet<>();
			for (MimeMessage message : smtp.getReceivedMessages()) {
				if (seen.add(message.getMessageID())) {
					mails.add(message.getAllRecipients()[0] + " | " + message.getSubject());
				}
			}
			received.put(day, mails);
			if (day.equals(april(19))) {
				// Task 1 is done after the reminders of the 19th: no more of it from the
				// 20th.
				at(day, 9);
				Task state = reading.taskState(t1).orElseThrow();
				workflow.complete(Fixtures.actor(users, "cv.cntt"), t1, state.getVersion(), "Đã vận hành thử",
						april(19), List.of());
			}
		}
		assertThat(received).isEqualTo(expected);

		// Each daily digest was logged as urging through the system, once per person.
		assertThat(reading.taskState(t2).orElseThrow().getUrgeCount()).isEqualTo(2 * 20);
		assertThat(reading.taskState(t1).orElseThrow().getUrgeCount()).isEqualTo(2 * 3);
		// The head of KH-TC got the reporting calendar in the app, not by mail.
		JdbcClient jdbc = bean(JdbcClient.class);
		assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE user_id = :u AND idempotency_key LIKE 'cycle:%'")
			.param("u", headKhtc)
			.query(Integer.class)
			.single()).isEqualTo(5);
		// Nothing of the confidential placeholder but a count: not even its register
		// code.
		assertThat(jdbc.sql("SELECT count(*) FROM mail_outbox WHERE body_html LIKE '%' || :code || '%'")
			.param("code", placeholder.getRegisterCode())
			.query(Integer.class)
			.single()).isZero();
	}

	/**
	 * The holidays of the month, as published: the 16th is 10/3 of the lunar calendar,
	 * the 30th is Reunification Day.
	 */
	static boolean isWorkingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
				&& day.getDayOfMonth() != 16 && day.getDayOfMonth() != 30;
	}

	/**
	 * Task 2 (due Friday the 2nd) stays open all month: reminded one day before and on
	 * the day, then every working day as overdue, and to the director once it is more
	 * than seven days overdue (from Monday the 12th). Task 1 is due on the holiday of the
	 * 16th: reminded three days before (Tuesday 13th) and on Thursday the 15th for both
	 * one day before and the day itself, overdue on the 19th, then done. The units'
	 * report is due on Saturday the 10th and the draft on Sunday the 11th: both reminded
	 * on Friday the 9th. The confidential report is due on the holiday of the 30th: five
	 * days before is a Sunday (reminded Friday 23rd), one day before and the day itself
	 * on Thursday the 29th.
	 */
	static Map<LocalDate, Set<String>> expectedMails() {
		String officer = "cv.cntt@dondoc.local";
		String head = "tp.cntt@dondoc.local";
		String director = "giamdoc@dondoc.local";
		List<String> aggregators = List.of("vanphong@dondoc.local", "tp.vp@dondoc.local");
		List<String> unitHeads = List.of("tp.vp@dondoc.local", head);
		String one = "Nhắc việc: 1 nhiệm vụ sắp đến hạn hoặc quá hạn";
		String two = "Nhắc việc: 2 nhiệm vụ sắp đến hạn hoặc quá hạn";
		Map<LocalDate, Set<String>> expected = new LinkedHashMap<>();
		for (LocalDate day = april(1); !day.isAfter(april(30)); day = day.plusDays(1)) {
			Set<String> mails = new TreeSet<>();
			if (isWorkingDay(day)) {
				int d = day.getDayOfMonth();
				String digest = (d == 13 || d == 15 || d == 19) ? two : one;
				mails.add(officer + " | " + digest);
				mails.add(head + " | " + digest);
				if (d >= 12) {
					mails.add(director + " | Báo cáo Lãnh đạo: 1 nhiệm vụ quá hạn trên 7 ngày");
				}
			}
			expected.put(day, mails);
		}
		add(expected, 1, List.of(head), "Nhiệm vụ mới giao cho đơn vị: " + T1);
		add(expected, 1, List.of(head), "Nhiệm vụ mới giao cho đơn vị: " + T2);
		add(expected, 1, List.of(officer), "Nhiệm vụ giao cho đồng chí xử lý: " + T1);
		add(expected, 1, List.of(officer), "Nhiệm vụ giao cho đồng chí xử lý: " + T2);
		add(expected, 5, unitHeads, "Nhắc báo cáo tháng 4/2027 của đơn vị");
		add(expected, 8, unitHeads, "Nhắc báo cáo tháng 4/2027 của đơn vị");
		add(expected, 9, aggregators, "Hạn nộp báo cáo tháng 4/2027: 3 đơn vị chưa nộp");
		add(expected, 9, aggregators, "Tổng hợp dự thảo báo cáo tháng 4/2027 của Sở");
		add(expected, 12, aggregators, "Trình Lãnh đạo Sở báo cáo tháng 4/2027");
		add(expected, 14, List.of(director), "Ban hành báo cáo tháng 4/2027 của Sở");
		add(expected, 23, List.of(head), "Nhắc gửi báo cáo mật bằng văn bản: 1 báo cáo đến hạn");
		add(expected, 29, List.of(head), "Nhắc gửi báo cáo mật bằng văn bản: 1 báo cáo đến hạn");
		return expected;
	}

	static void add(Map<LocalDate, Set<String>> expected, int day, List<String> to, String subject) {
		to.forEach((recipient) -> expected.get(april(day)).add(recipient + " | " + subject));
	}

	static TaskDraft draft(String content, LocalDate deadline, long unitId) {
		return TaskDraft.of(content, unitId).due(DeadlineMeaning.COMPLETE, deadline);
	}

}
