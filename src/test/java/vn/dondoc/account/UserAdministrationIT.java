package vn.dondoc.account;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.dondoc.IntegrationTest;
import vn.dondoc.Pages;
import vn.dondoc.organisation.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Account administration through its pages.
 */
@IntegrationTest
@WithUserDetails("admin")
class UserAdministrationIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserManagement users;

	@Autowired
	UserQueries queries;

	@Autowired
	UnitManagement units;

	private long unit() {
		return this.units.activeTree().get(1).id();
	}

	@Test
	void aNewAccountMustChangeItsPasswordAndTheCreationIsAudited() throws Exception {
		String name = "nv" + UUID.randomUUID().toString().substring(0, 6);
		this.mvc
			.perform(post("/admin/users").with(csrf())
				.param("username", name)
				.param("fullName", "Nguyễn Thị Mới")
				.param("unitId", String.valueOf(unit()))
				.param("roles", "STAFF")
				.param("temporaryPassword", "tam-thoi-123"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.queries.search(name, null, null, null, null, org.springframework.data.domain.Pageable.ofSize(5))
			.getContent()).singleElement().satisfies((row) -> {
				assertThat(row.mustChangePassword()).isTrue();
				assertThat(row.roles()).containsExactly(Role.STAFF);
			});
	}

	@Test
	void aTakenUsernameAndMissingRolesAreShownBesideTheirFieldsWithTheInputKept() throws Exception {
		String page = Pages.ok(this.mvc,
				post("/admin/users").with(csrf())
					.param("username", "Admin")
					.param("fullName", "Trùng Tên")
					.param("unitId", String.valueOf(unit()))
					.param("roles", "STAFF")
					.param("temporaryPassword", "tam-thoi-123"));
		assertThat(page).contains("Tên đăng nhập này đã có người dùng.").contains("value=\"Trùng Tên\"");

		page = Pages.ok(this.mvc,
				post("/admin/users").with(csrf())
					.param("username", "khongvaitro")
					.param("fullName", "Không Vai Trò")
					.param("unitId", String.valueOf(unit()))
					.param("temporaryPassword", "ngan"));
		assertThat(page).contains("Chọn ít nhất một mục.").contains("Độ dài phải từ 8 đến 100 ký tự.");
	}

	@Test
	void searchIgnoresVietnameseDiacritics() {
		assertThat(this.queries
			.search("phan thanh tung", null, null, null, null, org.springframework.data.domain.Pageable.ofSize(5))
			.getContent()).extracting(UserRow::username).containsExactly("tp.cntt");
	}

	@Test
	void theListIsPaginatedSortedAndFiltered() throws Exception {
		String page = Pages.ok(this.mvc, get("/admin/users").param("role", "UNIT_HEAD").param("sort", "-username"));
		assertThat(page).contains("tp.ttra").doesNotContain(">cv.cntt<");
		assertThat(page.indexOf("tp.ttra")).isLessThan(page.indexOf("tp.bcvt"));
	}

	@Test
	void anAdministratorCannotDeactivateTheirOwnAccount() throws Exception {
		User admin = this.users.get(this.queries
			.search("admin", null, Role.ADMIN, null, null, org.springframework.data.domain.Pageable.ofSize(5))
			.getContent()
			.get(0)
			.id());
		this.mvc
			.perform(post("/admin/users/{id}/deactivate", admin.getId()).with(csrf())
				.param("version", String.valueOf(admin.getVersion())))
			.andExpect(status().is3xxRedirection());
		assertThat(this.users.get(admin.getId()).isActive()).isTrue();
	}

}
