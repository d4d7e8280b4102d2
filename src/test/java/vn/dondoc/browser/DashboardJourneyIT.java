package vn.dondoc.browser;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.dondoc.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The director opens the app, lands on the dashboard, clicks a unit's number and reads
 * the list of exactly those tasks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DashboardJourneyIT {

	@org.springframework.beans.factory.annotation.Autowired
	java.time.Clock clock;

	@LocalServerPort
	int port;

	@Test
	void theDirectorClicksAUnitsNumberAndLandsOnItsTasks() throws Exception {
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("giamdoc", DemoUsers.PASSWORD);
			browser.waitForPath("/dashboard");
			// Last year: a whole year of the demo data, whatever day the test runs on (on
			// 10 January this year has hardly begun).
			browser.go("/dashboard?period=" + (java.time.LocalDate.now(this.clock).getYear() - 1));
			assertThat(browser.find("#rate-formula").getText()).contains("hoàn thành đúng hạn ÷");
			// The received count of the unit with the most tasks.
			String css = "#unit-table tbody tr td:nth-child(2) a";
			int best = 0;
			int row = 0;
			java.util.List<org.openqa.selenium.WebElement> cells = browser.findAll(css);
			for (int i = 0; i < cells.size(); i++) {
				int value = Integer.parseInt(cells.get(i).getText());
				if (value > best) {
					best = value;
					row = i;
				}
			}
			assertThat(best).isPositive();
			String unit = browser.findAll("#unit-table tbody tr th a").get(row).getText();
			browser.click("#unit-table tbody tr:nth-child(" + (row + 1) + ") td:nth-child(2) a");
			browser.waitForPathMatching("/tasks");
			assertThat(browser.find("#task-total").getText()).isEqualTo("Tổng số: " + best);
			assertThat(browser.find("#unit option:checked").getText().strip()).isEqualTo(unit);

			// On a phone (390 px) the ranking keeps each unit's score and grade on
			// screen,
			// beside its name.
			browser.size(390, 844);
			browser.go("/ranking?month=" + java.time.YearMonth.now(this.clock).minusMonths(1));
			org.openqa.selenium.WebElement first = browser.find("#ranking-table tbody tr td.ranking-small-score");
			assertThat(first.isDisplayed()).isTrue();
			assertThat(first.getText()).isNotBlank();
			assertThat(browser.rightEdge(first)).isLessThanOrEqualTo(browser.viewportWidth());
			browser.screenshot("ranking-390");
		}
	}

}
