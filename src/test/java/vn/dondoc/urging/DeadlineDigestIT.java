package vn.dondoc.urging;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.dondoc.IntegrationTest;
import vn.dondoc.account.AccountSeeding;
import vn.dondoc.account.Role;
import vn.dondoc.common.DayParameter;
import vn.dondoc.common.MovableClock;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily digest on a chosen day, delivered to a real SMTP server: who gets which
 * tasks, a deadline on a weekend reminded on the Friday before, nothing on a day off, and
 * nothing twice.
 */
@IntegrationTest
class DeadlineDigestIT {

	static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	/** Thursday 3 December 2026, an ordinary working day; Friday 4th is the next one. */
	static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	DeadlineDigest digest;

	@Autowired
	OutboxSender sender;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DirectiveRegistration registration;

	@Autowired
	DirectiveReading reading;

	@Autowired
	TaskWorkflow workflow;

	@Autowired
	UnitManagement units;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountSeeding accounts;

	@Autowired
	NotificationInbox notifications;

	@AfterEach
	void reset() {
		this.clock.reset();
	}

	void at(LocalDate day) {
		this.clock.moveTo(day.atTime(LocalTime.of(7, 0)).atZone(VN).toInstant());
	}

	long task(String title, LocalDate deadline, long assigneeId) {
		Directive directive = this.registration.register(Fixtures.actor(this.users, "vanphong"),
				new DirectiveContent(DirectiveKind.CONG_VAN, "NH-" + title.hashCode() + "/UBND-TEST",
						"Nhắc hạn " + title, TODAY.minusDays(30), null, null, Issuer.UBND_TINH),
				TODAY.minusDays(20), List.of(TaskDraft.of(title, Fixtures.unit(this.units, "TTCNTT"))
					.due(DeadlineMeaning.COMPLETE, deadline)),
				List.of());
		Task task = this.reading.tasksOf(directive.getId()).get(0);
		this.workflow.forward(Fixtures.actor(this.users, "vanphong"), task.getId(), task.getVersion());
		task = this.reading.taskState(task.getId()).orElseThrow();
		this.workflow.accept(Fixtures.actor(this.users, "tp.ttcntt"), task.getId(), task.getVersion(), assigneeId);
		return task.getId();
	}

	@Test
	void eachPersonConcernedGetsOneDigestOnAWorkingDayAndNothingTwice() throws Exception {
		this.jdbc.sql("DELETE FROM mail_outbox").update();
		// ReminderDelivery are delivered once per person and day: whatever another test
		// delivered on this day would keep today's digest from being sent again.
		this.jdbc.sql("DELETE FROM notification WHERE idempotency_key LIKE :day")
			.param("day", "%:" + TODAY + ":%")
			.update();
		at(TODAY);
		long assignee = this.accounts
			.create("cv.nhachan", "Người Nhận Nhắc", "Chuyên viên", Fixtures.unit(this.units, "TTCNTT"),
					Set.of(Role.STAFF), this.accounts.hash("x"))
			.getId();
		long today = task("Hạn hôm nay", TODAY, assignee);
		long tomorrow = task("Hạn ngày mai", TODAY.plusDays(1), assignee);
		Task withPart = this.reading.taskState(tomorrow).orElseThrow();
		this.workflow.addPart(Fixtures.actor(this.users, "tp.ttcntt"), tomorrow, withPart.getVersion(),
				Fixtures.unit(this.units, "BCVT"), "Số liệu hạ tầng viễn thông", TODAY.plusDays(1));
		withPart = this.reading.taskState(tomorrow).orElseThrow();
		this.workflow.forwardPart(Fixtures.actor(this.users, "tp.ttcntt"), tomorrow, withPart.getVersion(),
				withPart.getParts().get(0).getId());
		long sunday = task("Hạn Chủ nhật", LocalDate.of(2026, 12, 6), assignee);
		long monday = task("Hạn thứ Hai tuần sau", LocalDate.of(2026, 12, 7), assignee);
		long overdue = task("Đã quá hạn", TODAY.minusDays(2), assignee);
		long longOverdue = task("Quá hạn lâu", TODAY.minusDays(12), assignee);
		// Only the digest is under test here, not the assignment mails of the set-up.
		this.jdbc.sql("DELETE FROM mail_outbox").update();
		this.jdbc.sql("DELETE FROM notification WHERE idempotency_key LIKE 'assignment:%'").update();

		assertThat(this.digest.run()).isPositive();
		assertThat(this.digest.run()).as("a second run queues nothing").isZero();
		sendAll();

		List<MimeMessage> mine = Arrays.stream(smtp.getReceivedMessages())
			.filter((m) -> recipient(m).equals("cv.nhachan@dondoc.local"))
			.toList();
		assertThat(mine).hasSize(1);
		String body = GreenMailUtil.getBody(mine.get(0));
		assertThat(body)
			.contains("/tasks/" + today, "/tasks/" + tomorrow, "/tasks/" + sunday, "/tasks/" + overdue,
					"/tasks/" + longOverdue)
			.doesNotContain("/tasks/" + monday + "\"");
		assertThat(mine.get(0).getSubject()).isEqualTo("Nhắc việc: 5 nhiệm vụ sắp đến hạn hoặc quá hạn");
		// Overdue first, each with its days overdue; then what is coming due.
		String text = this.jdbc.sql("SELECT body_text FROM mail_outbox WHERE recipient = 'cv.nhachan@dondoc.local'")
			.query(String.class)
			.single();
		assertThat(text).contains("Đã quá hạn (2 nhiệm vụ):", "Sắp đến hạn (3 nhiệm vụ):",
				"Quá hạn lâu – hạn " + DayParameter.DMY.format(TODAY.minusDays(12)) + ", quá hạn 12 ngày",
				"Đã quá hạn – hạn " + DayParameter.DMY.format(TODAY.minusDays(2)) + ", quá hạn 2 ngày");
		assertThat(text.indexOf("Quá hạn lâu")).isLessThan(text.indexOf("Sắp đến hạn ("));
		assertThat(text.indexOf("Hạn hôm nay")).isGreaterThan(text.indexOf("Sắp đến hạn ("));
		assertThat(
				Arrays.stream(smtp.getReceivedMessages()).filter((m) -> recipient(m).equals("tp.ttcntt@dondoc.local")))
			.hasSize(1);
		// The coordinating unit's head is reminded of its part, under the task's link.
		List<MimeMessage> coordinating = Arrays.stream(smtp.getReceivedMessages())
			.filter((m) -> recipient(m).equals("tp.bcvt@dondoc.local"))
			.toList();
		assertThat(coordinating).hasSize(1);
		assertThat(GreenMailUtil.getBody(coordinating.get(0))).contains("/tasks/" + tomorrow);
		assertThat(this.jdbc.sql("SELECT body_text FROM mail_outbox WHERE recipient = 'tp.bcvt@dondoc.local'")
			.query(String.class)
			.single()).contains("[Phối hợp] Số liệu hạ tầng viễn thông");
		assertThat(Arrays.stream(smtp.getReceivedMessages())
			.filter((m) -> recipient(m).equals("giamdoc@dondoc.local"))
			.map(DeadlineDigestIT::subject)).singleElement().asString().startsWith("Báo cáo Lãnh đạo");
		// Logged as urging through the system: the assignee and the unit head.
		assertThat(this.reading.taskState(today).orElseThrow().getUrgeCount()).isEqualTo(2);
		assertThat(this.reading.taskState(monday).orElseThrow().getUrgeCount()).isZero();

		// The bell: one unread notification, opened by its owner only.
		assertThat(this.notifications.unread(assignee)).isEqualTo(1);
		long notification = this.notifications.of(assignee, 0).getContent().get(0).id();
		assertThat(this.notifications.read(Fixtures.actor(this.users, "cv.cntt").userId(), notification)).isEmpty();
		assertThat(this.notifications.read(assignee, notification)).contains("/tasks?scope=mine&status=OPEN");
		assertThat(this.notifications.unread(assignee)).isZero();

		int before = smtp.getReceivedMessages().length;
		at(LocalDate.of(2026, 12, 5));
		assertThat(this.digest.run()).as("Saturday is a day off").isZero();
		sendAll();
		assertThat(smtp.getReceivedMessages()).hasSize(before);
	}

	/** The sender sends a batch per run; the test waits for no next run. */
	private void sendAll() {
		while (this.sender.sendDue() > 0) {
			// until nothing is due
		}
	}

	private static String recipient(Message message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String subject(Message message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
