package vn.dondoc.directive;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.dondoc.DemoUsers;
import vn.dondoc.IntegrationTest;
import vn.dondoc.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 30: the task and directive lists offer 20, 50 or 100 rows a page, numbered pages
 * with the first and the last, and every link of the pager keeps the filters and the
 * size.
 */
@IntegrationTest
class ListPagingIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DirectiveRegistration registration;

	@Autowired
	vn.dondoc.organisation.UnitManagement units;

	private Document page(String path) throws Exception {
		return Jsoup.parse(Pages.ok(this.mvc, get(URI.create(path)).with(new DemoUsers(this.users).as("giamdoc"))));
	}

	@Test
	void aPageHoldsTheRowsChosenAndThePagerKeepsTheFilters() throws Exception {
		for (String list : new String[] { "/tasks?sort=-received", "/directives?sort=received" }) {
			Document twenty = page(list);
			int rows = twenty.select("table tbody tr").size();
			assertThat(rows).as(list).isEqualTo(20);
			assertThat(page(list + "&size=50").select("table tbody tr")).as(list + " by 50").hasSizeGreaterThan(20);
			assertThat(page(list + "&size=7").select("table tbody tr")).as("a size not offered").hasSize(20);
			assertThat(twenty.select("select#size option[selected]").text()).isEqualTo("20");
			String last = page(list + "&size=20").selectFirst("nav .page-link[data-page=last]").attr("href");
			assertThat(last).contains("size=20").contains("sort=");
			Document end = page(last);
			assertThat(end.selectFirst(".page-item.active").text()).isEqualTo(
					last.replaceAll(".*page=(\\d+).*", "$1").transform((n) -> String.valueOf(Integer.parseInt(n) + 1)));
			String first = end.selectFirst("nav .page-link[data-page=first]").attr("href");
			assertThat(page(first).selectFirst(".page-item.active").text()).isEqualTo("1");
		}
	}

	@Test
	void theListOpensOnTheOpenTasksNearestDeadlineFirst() throws Exception {
		Document opened = page("/tasks");
		assertThat(opened.select("#status option[selected]").attr("value")).isEqualTo("OPEN");
		assertThat(opened.getElementById("task-total").text())
			.isEqualTo(page("/tasks?status=OPEN&sort=deadline").getElementById("task-total").text())
			.isNotEqualTo(page("/tasks?status=").getElementById("task-total").text());
		assertThat(opened.select("#task-table tbody tr td:nth-child(2) a").eachAttr("href"))
			.isEqualTo(page("/tasks?status=OPEN&sort=deadline").select("#task-table tbody tr td:nth-child(2) a")
				.eachAttr("href"));
	}

	@Test
	void aSearchCountsEveryMatchExactly() throws Exception {
		// More matches than the search used to count (a hundred): the total is exact and
		// the last page is the real last one.
		long unit = Fixtures.unit(this.units, "CNTT");
		List<TaskDraft> drafts = new ArrayList<>();
		for (int i = 1; i <= 130; i++) {
			drafts.add(TaskDraft.of("Quan trắc thủy văn hồ chứa số " + i, unit)
				.mustReport(false)
				.due(DeadlineMeaning.COMPLETE, LocalDate.of(2027, 3, 31)));
		}
		this.registration.register(Fixtures.actor(this.users, "vanphong"),
				new DirectiveContent(DirectiveKind.KE_HOACH, "130/KH-UBND", "Kế hoạch quan trắc thủy văn năm 2027",
						LocalDate.of(2026, 11, 10), null, null, Issuer.UBND_TINH),
				LocalDate.of(2026, 11, 12), drafts, List.of());
		Document found = page("/tasks?scope=ALL&q=THUY++van");
		assertThat(found.getElementById("task-total").text()).contains("130");
		String last = found.selectFirst("nav .page-link[data-page=last]").attr("href");
		assertThat(last).contains("page=6");
		assertThat(page(last).select("table tbody tr")).hasSize(10);
		assertThat(page("/directives?q=quan+trac+thuy+van").getElementById("directive-total").text()).contains("1");
		assertThat(page("/directives?q=quan+trac+thuy+van").select("table tbody tr").text()).contains("130/KH-UBND");
		// Why each row matched: the words marked in the task, or the directive's summary
		// when only the directive's words matched; in the directive list, a task.
		assertThat(found.select("#task-table tbody tr").first().select("mark").eachText()).containsExactly("thủy",
				"văn");
		Document byDirective = page("/tasks?scope=ALL&q=ke+hoach+130%2Fkh");
		assertThat(byDirective.select("#task-table tbody tr").first().select(".directive-match mark").eachText())
			.containsExactly("Kế", "hoạch");
		Document byTask = page("/directives?q=HO+CHUA");
		assertThat(byTask.select("table tbody tr .task-match").first().select("mark").eachText()).containsExactly("hồ",
				"chứa");
	}

}
