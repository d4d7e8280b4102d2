package vn.dondoc.urging;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dondoc.DemoUsers;
import vn.dondoc.IntegrationTest;
import vn.dondoc.Pages;
import vn.dondoc.directive.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The bell through the web: the count, the list, opening one, and nobody else's.
 */
@IntegrationTest
class NotificationIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	NotificationInbox notifications;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	UserDetailsService users;

	@Test
	void aPersonSeesCountsAndOpensOnlyTheirOwnNotifications() throws Exception {
		DemoUsers demo = new DemoUsers(this.users);
		long owner = Fixtures.actor(this.users, "cv.ttbcxb").userId();
		long other = Fixtures.actor(this.users, "tp.ttbcxb").userId();
		long before = this.notifications.unread(owner);
		long othersBefore = this.notifications.unread(other);
		this.tx
			.execute((status) -> this.notifications.notify("test:bell:1", owner, "Nhắc việc: 2 nhiệm vụ", "/tasks/1"));
		assertThat(Pages.ok(this.mvc, get("/notifications/count").with(demo.as("cv.ttbcxb"))))
			.contains(">" + (before + 1) + "<");
		assertThat(this.notifications.unread(other)).isEqualTo(othersBefore);
		assertThat(Pages.ok(this.mvc, get("/notifications").with(demo.as("cv.ttbcxb"))))
			.contains("Nhắc việc: 2 nhiệm vụ");
		long id = this.notifications.of(owner, 0)
			.getContent()
			.stream()
			.filter((n) -> n.link().equals("/tasks/1"))
			.findFirst()
			.orElseThrow()
			.id();
		assertThat(this.mvc.perform(post("/notifications/" + id + "/read").with(demo.as("tp.ttbcxb")).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(post("/notifications/" + id + "/read").with(demo.as("cv.ttbcxb")).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/tasks/1");
		assertThat(this.notifications.unread(owner)).isEqualTo(before);
	}

	@Autowired
	MailPreferenceManagement preferences;

	@Test
	void eachPersonChoosesTheOptionalReminderMailsAndABadChoiceChangesNothing() throws Exception {
		DemoUsers demo = new DemoUsers(this.users);
		long me = Fixtures.actor(this.users, "cv.bcvt").userId();
		assertThat(Pages.ok(this.mvc, get("/notifications/settings").with(demo.as("cv.bcvt"))))
			.contains("Nhắc hạn nhiệm vụ hằng ngày", "Luôn gửi (không tắt được)");
		assertThat(this.mvc
			.perform(post("/notifications/settings").param("kind", "CONFIDENTIAL_REPORT", "ESCALATION")
				.with(demo.as("cv.bcvt"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/notifications/settings");
		// Escalations, assignments and security alerts stay on whatever is posted.
		assertThat(this.preferences.wanted(me)).containsExactlyInAnyOrder(MailKind.CONFIDENTIAL_REPORT,
				MailKind.ESCALATION, MailKind.ASSIGNMENT, MailKind.HAND_OFF, MailKind.SECURITY);
		assertThat(this.preferences.wants(me, MailKind.DEADLINE_DIGEST)).isFalse();
		assertThat(this.preferences.wants(me, MailKind.ASSIGNMENT)).isTrue();
		assertThat(this.mvc
			.perform(post("/notifications/settings").param("kind", "DEADLINE_DIGEST", "NO_SUCH_KIND")
				.with(demo.as("cv.bcvt"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(400);
		assertThat(this.preferences.wants(me, MailKind.DEADLINE_DIGEST)).isFalse();
		// Another person's choice is their own.
		assertThat(this.preferences.wants(Fixtures.actor(this.users, "tp.bcvt").userId(), MailKind.DEADLINE_DIGEST))
			.isTrue();
		this.preferences.choose(me, java.util.EnumSet.allOf(MailKind.class));
	}

}
