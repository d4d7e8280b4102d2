package vn.dondoc.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dondoc.client.ApiClient;
import dondoc.client.ApiException;
import dondoc.client.api.DirectivesApi;
import dondoc.client.api.TasksApi;
import dondoc.client.model.Changes;
import dondoc.client.model.Created;
import dondoc.client.model.DirectivePush;
import dondoc.client.model.PartPush;
import dondoc.client.model.TaskJson;
import dondoc.client.model.TaskPush;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import vn.dondoc.common.MovableClock;
import vn.dondoc.directive.DirectiveReading;
import vn.dondoc.directive.Fixtures;
import vn.dondoc.directive.TaskWorkflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Issue 33: a Java client generated at build time from the committed description
 * ({@code openapi-generator-maven-plugin}) registers a directive, reads its task and
 * follows the change feed against the running application, and reads a refusal as the
 * description says.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiClientIT {

	@LocalServerPort
	int port;

	@Autowired
	ApiTokenManagement tokens;

	@Autowired
	MovableClock clock;

	@Autowired
	DirectiveReading reading;

	@Autowired
	TaskWorkflow workflow;

	@Autowired
	UserDetailsService users;

	@Test
	void aGeneratedClientRegistersReadsAndFollowsTheFeed() throws Exception {
		String token = this.tokens.create("Máy khách sinh từ mô tả API",
				Set.of(ApiScope.DIRECTIVES_WRITE, ApiScope.DIRECTIVES_READ, ApiScope.TASKS_READ), "admin");
		ApiClient client = new ApiClient();
		client.updateBaseUri("http://localhost:" + this.port);
		client.setRequestInterceptor((request) -> request.header("Authorization", "Bearer " + token));
		DirectivesApi directives = new DirectivesApi(client);
		TasksApi tasks = new TasksApi(client);
		OffsetDateTime since = this.clock.instant().minusSeconds(1).atOffset(ZoneOffset.UTC);

		String number = (7000 + System.nanoTime() % 2000) + "/UBND-KTTH";
		DirectivePush push = new DirectivePush().kind(DirectivePush.KindEnum.CONG_VAN)
			.numberSymbol(number)
			.summary("Về việc thử máy khách sinh từ mô tả API")
			.issueDate(LocalDate.of(2026, 11, 16))
			.issuer(DirectivePush.IssuerEnum.UBND_TINH)
			.receivedDate(LocalDate.of(2026, 11, 18))
			.addTasksItem(new TaskPush().content("Rà soát danh mục dữ liệu mở")
				.deadline(LocalDate.of(2026, 12, 20))
				.leadUnit("CNTT")
				.addCoordinatingItem(new PartPush().unit("KHTC").description("Bố trí kinh phí")));
		Created created = directives.registerDirective(push);
		assertThat(created.getRegisterCode()).startsWith("VB-");
		assertThat(created.getTaskIds()).hasSize(1);

		TaskJson task = tasks.getTask(created.getTaskIds().get(0));
		assertThat(task.getContent()).isEqualTo("Rà soát danh mục dữ liệu mở");
		assertThat(task.getLeadUnit()).isEqualTo("CNTT");
		assertThat(task.getDeadline()).isEqualTo(LocalDate.of(2026, 12, 20));
		assertThat(directives.getDirective(created.getId()).getTasks()).extracting(TaskJson::getId)
			.containsExactly(task.getId());

		// The office forwards it: the feed, followed by its cursor, names the change.
		this.workflow.forward(Fixtures.actor(this.users, "vanphong"), task.getId(),
				this.reading.taskState(task.getId()).orElseThrow().getVersion());
		List<Long> changed = new ArrayList<>();
		OffsetDateTime cursor = since;
		for (int calls = 0; calls < 20; calls++) {
			Changes page = tasks.listTaskChanges(cursor);
			if (page.getChanges().isEmpty()) {
				assertThat(page.getNext()).isEqualTo(cursor);
				break;
			}
			page.getChanges().forEach((change) -> changed.add(change.getTaskId()));
			cursor = page.getNext();
		}
		assertThat(changed).contains(task.getId());

		// The same document again: 409, its problem naming the one registered.
		ApiException refused = catchThrowableOfType(ApiException.class, () -> directives.registerDirective(push));
		assertThat(refused.getCode()).isEqualTo(409);
		assertThat(refused.getResponseBody()).contains("/api/v1/directives/" + created.getId());
	}

}
