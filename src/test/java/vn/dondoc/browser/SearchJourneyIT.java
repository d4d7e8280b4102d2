package vn.dondoc.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.dondoc.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 30: a clerk searches without diacritics and sees why each task matched, pages to
 * the last page and comes back with the browser's Back, the filters kept in the address;
 * on a phone (390 px) the tasks come first, the filters folded behind one button, rows as
 * cards and nothing wider than the screen; the task page shows its actions near the top.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SearchJourneyIT {

	@LocalServerPort
	int port;

	@Test
	void searchWithoutDiacriticsPageToTheEndAndBackThenOnAPhone() throws Exception {
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("giamdoc", DemoUsers.PASSWORD);
			browser.waitForPath("/dashboard");
			// Opened from the menu: the open tasks, nearest deadline first.
			browser.go("/tasks");
			assertThat(browser.find("#status").getAttribute("value")).isEqualTo("OPEN");
			browser.selectValue("#status", "");
			browser.type("#q", "AN TOAN thong  tin");
			browser.keys(Keys.ENTER);
			browser.waitForPathMatching("/tasks");
			browser.waitForText("Tổng số");
			assertThat(browser.path()).contains("q=AN+TOAN+thong++tin").contains("status=&");
			List<WebElement> marked = browser.findAll("#task-table tbody tr:first-child mark");
			assertThat(marked).extracting(WebElement::getText).containsSubsequence("an", "toàn", "thông", "tin");
			String total = browser.find("#task-total").getText();
			assertThat(total).matches("Tổng số: \\d+");

			// Every task has the province's issuing body among its words: more than a
			// page.
			browser.go("/tasks?scope=ALL&q=uy+ban+nhan+dan&sort=-received");
			int all = Integer.parseInt(browser.find("#task-total").getText().replaceAll("\\D", ""));
			assertThat(all).isGreaterThan(40);
			browser.click("nav .page-link[data-page=last]");
			browser.waitForPathMatching(".*page=\\d+.*");
			int pages = (all + 19) / 20;
			assertThat(browser.find(".page-item.active").getText()).isEqualTo(String.valueOf(pages));
			assertThat(browser.findAll("#task-table tbody tr")).hasSize(all - 20 * (pages - 1));
			assertThat(browser.find("#q").getAttribute("value")).isEqualTo("uy ban nhan dan");
			browser.back();
			browser.waitForPathMatching("/tasks\\?(?!.*page=).*");
			assertThat(browser.find(".page-item.active").getText()).isEqualTo("1");
			assertThat(browser.find("#q").getAttribute("value")).isEqualTo("uy ban nhan dan");
			assertThat(browser.find("#task-total").getText()).isEqualTo("Tổng số: " + all);

			// A phone.
			browser.size(390, 844);
			browser.go("/tasks?scope=ALL&q=uy+ban+nhan+dan");
			assertThat(browser.shown("#task-filter")).as("the filters are folded").isFalse();
			WebElement toggle = browser.find("#filter-toggle");
			assertThat(toggle.isDisplayed()).isTrue();
			assertThat(toggle.getText()).contains("uy ban nhan dan");
			WebElement firstTask = browser.find("#task-table tbody tr:first-child .task-cell-content a");
			assertThat(firstTask.isDisplayed()).isTrue();
			assertThat(firstTask.getLocation().getY()).as("the first task within the first screen").isLessThan(844);
			assertThat(browser.script("return document.documentElement.scrollWidth"))
				.as("no horizontal scroll: %s", browser.wider())
				.isEqualTo(browser.script("return document.documentElement.clientWidth"));
			browser.screenshot("tasks-390");
			browser.click("#filter-toggle");
			browser.waitUntil(() -> browser.shown("#task-filter"));
			assertThat(browser.find("#q").isDisplayed()).isTrue();

			// The task page of a unit head's open task: the actions come before the
			// facts.
			browser.size(1280, 900);
			browser.logOut();
			browser.logIn("tp.cntt", DemoUsers.PASSWORD);
			browser.waitForPathMatching("/.*");
			// The reports page of a unit head (checked by axe-core as every page
			// reached).
			browser.go("/reports");
			assertThat(browser.find("#unit-reports").getText()).contains("Lập, gửi");
			browser.size(390, 844);
			browser.go("/tasks?scope=unit&status=OPEN");
			String href = browser.find("#task-table tbody tr:first-child .task-cell-content a").getAttribute("href");
			browser.go(href.substring(href.indexOf("/tasks/")));
			assertThat(browser.find("#actions").getLocation().getY())
				.isLessThan(browser.find("#task-facts").getLocation().getY());
			assertThat(browser.script("return document.documentElement.scrollWidth"))
				.as("no horizontal scroll: %s", browser.wider())
				.isEqualTo(browser.script("return document.documentElement.clientWidth"));
			browser.screenshot("task-390");
		}
	}

}
