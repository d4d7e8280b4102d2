package vn.dondoc.browser;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import vn.dondoc.DemoUsers;
import vn.dondoc.directive.DirectiveContent;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.directive.DirectiveRegistration;
import vn.dondoc.directive.Fixtures;
import vn.dondoc.directive.Issuer;
import vn.dondoc.organisation.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clerk registers directives in Chromium: ten tasks with two coordinating units each by
 * keyboard only; and nothing typed is lost — rows added keep their days as dd/MM/yyyy,
 * removing a filled row asks first, a draft comes back after leaving the page, a refused
 * save lists every error at the top with the duplicate named at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegistrationJourneyIT {

	static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	java.time.Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UnitManagement units;

	@Autowired
	UserDetailsService users;

	@Autowired
	DirectiveRegistration registration;

	@LocalServerPort
	int port;

	String date(int days) {
		return LocalDate.now(this.clock).plusDays(days).format(DMY);
	}

	@Test
	void aClerkRegistersTenTasksWithTwoCoordinatingUnitsEachByKeyboardOnly() throws Exception {
		String number = "K" + (System.nanoTime() % 100000) + "/UBND-KGVX";
		List<String> leads = List.of("CNTT", "BCVT", "TTRA", "TTBCXB", "CNTT", "BCVT", "TTRA", "TTBCXB", "CNTT",
				"BCVT");
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("vanphong", DemoUsers.PASSWORD);
			browser.waitForPath("/dashboard");
			browser.go("/directives/new");
			long started = System.nanoTime();
			// The form opens with the cursor in its first field.
			assertThat(browser.focusedId()).isEqualTo("kind");
			browser.chooseByKeys("CONG_VAN");
			browser.tabTo("numberSymbol");
			browser.keys(number);
			browser.tabTo("f-issueDate");
			browser.keys(date(-2));
			browser.tabTo("f-summary");
			browser.keys("Về việc triển khai 10 nhiệm vụ chuyển đổi số");
			browser.tabTo("signer");
			browser.keys("Trần Quốc Tuấn");
			browser.tabTo("f-tasks-0-content");
			for (int t = 0; t < 10; t++) {
				assertThat(browser.focusedId()).isEqualTo("f-tasks-" + t + "-content");
				browser.keys("Nhiệm vụ " + (t + 1) + ": triển khai hạng mục chuyển đổi số số " + (t + 1));
				browser.tabTo("f-tasks-" + t + "-leadUnitId");
				browser.chooseByKeys(unit(leads.get(t)));
				browser.tabTo("f-tasks-" + t + "-deadline");
				browser.keys(date(20 + t));
				for (int p = 0; p < 2; p++) {
					browser.tabTo("add-part-" + t);
					browser.keys(Keys.ENTER);
					browser.waitForFocus("f-tasks-" + t + "-parts-" + p + "-unitId");
					browser.chooseByKeys(unit((p == 0) ? "VP" : "KHTC"));
					browser.tabTo("f-tasks-" + t + "-parts-" + p + "-description");
					browser.keys("Phối hợp phần " + (p + 1));
					browser.tabTo("f-tasks-" + t + "-parts-" + p + "-deadline");
					browser.keys(date(10 + t));
				}
				if (t < 9) {
					browser.tabTo("add-task");
					browser.keys(Keys.ENTER);
					browser.waitForFocus("f-tasks-" + (t + 1) + "-content");
				}
			}
			browser.tabTo("save-directive");
			browser.keys(Keys.ENTER);
			browser.waitForText("Đã vào sổ văn bản " + number + ".");
			double seconds = (System.nanoTime() - started) / 1e9;
			System.out.printf("Keyboard registration of 10 tasks x 2 coordinating units: %.1f s%n", seconds);
		}
		assertThat(this.jdbc.sql("""
				SELECT count(DISTINCT t.id) || '/' || count(p.id) FROM directive d JOIN task t ON t.directive_id = d.id
				JOIN task_part p ON p.task_id = t.id WHERE d.number_symbol = :n
				""").param("n", number).query(String.class).single()).isEqualTo("10/20");
	}

	@Test
	void nothingTypedIsLostAndEveryErrorIsListedAtOnce() throws Exception {
		// A document already in the register.
		String number = "D" + (System.nanoTime() % 100000) + "/UBND-KTTH";
		LocalDate issued = LocalDate.now(this.clock).minusDays(4);
		this.registration.register(Fixtures.actor(this.users, "vanphong"),
				new DirectiveContent(
						DirectiveKind.CONG_VAN, number, "Văn bản đã vào sổ", issued, null, null, Issuer.UBND_TINH),
				LocalDate.now(this.clock),
				List.of(new vn.dondoc.directive.TaskDraft("Nhiệm vụ có sẵn", true,
						vn.dondoc.directive.DeadlineMeaning.COMPLETE, null, vn.dondoc.directive.TaskCategory.GENERAL,
						unit("CNTT"), null, null, null, null, null, List.of())),
				List.of());
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("vanphong", DemoUsers.PASSWORD);
			browser.waitForPath("/dashboard");
			browser.go("/directives/new");
			browser.selectValue("#kind", "CONG_VAN");
			browser.type("#numberSymbol", number);
			browser.type("#f-issueDate", issued.format(DMY));
			browser.type("#f-summary", "Về việc thử bản nháp");
			browser.type("#f-tasks-0-content", "Nhiệm vụ thứ nhất của bản nháp");
			// A day typed with dots stays a day after a row is added.
			LocalDate deadline = LocalDate.now(this.clock).plusDays(30);
			browser.type("#f-tasks-0-deadline",
					deadline.getDayOfMonth() + "." + deadline.getMonthValue() + "." + deadline.getYear());
			browser.click("#add-task");
			browser.waitForFocus("f-tasks-1-content");
			assertThat(browser.find("#f-tasks-0-deadline").getAttribute("value")).isEqualTo(deadline.format(DMY));
			browser.type("#f-tasks-1-content", "Nhiệm vụ thứ hai của bản nháp");
			// Removing a row with something typed in it asks first.
			browser.clickAndDecline("#remove-task-1");
			assertThat(browser.find("#f-tasks-1-content").getAttribute("value"))
				.isEqualTo("Nhiệm vụ thứ hai của bản nháp");

			// The clerk leaves the page (a session that ran out, a page closed by
			// mistake): the draft is offered back and comes back whole.
			browser.go("/directives");
			browser.go("/directives/new");
			assertThat(browser.find("#draft-offer").getText()).contains("chưa được vào sổ");
			browser.click("#draft-restore");
			browser.waitForFocus("kind");
			assertThat(browser.find("#numberSymbol").getAttribute("value")).isEqualTo(number);
			assertThat(browser.find("#f-tasks-1-content").getAttribute("value"))
				.isEqualTo("Nhiệm vụ thứ hai của bản nháp");
			assertThat(browser.find("#f-tasks-0-deadline").getAttribute("value")).isEqualTo(deadline.format(DMY));

			// Saved without lead units: every error at the top with a link to its field,
			// the cursor there, the fields marked, and the duplicate named at once.
			browser.click("#save-directive");
			browser.waitForFocus("error-summary");
			assertThat(browser.find("#error-summary").getText()).contains("chỗ cần sửa");
			assertThat(browser.findAll("#error-summary a[href='#f-tasks-0-leadUnitId']")).hasSize(1);
			assertThat(browser.find("#duplicate-warning").getText()).contains(number);
			assertThat(browser.find("#f-tasks-0-leadUnitId").getAttribute("aria-invalid")).isEqualTo("true");
			assertThat(browser.find("#f-tasks-0-leadUnitId").getAttribute("aria-describedby")).isNotBlank();
		}
	}

	private long unit(String code) {
		return Fixtures.unit(this.units, code);
	}

}
