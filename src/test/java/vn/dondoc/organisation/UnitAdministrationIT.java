package vn.dondoc.organisation;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.dondoc.IntegrationTest;
import vn.dondoc.Pages;
import vn.dondoc.account.Role;
import vn.dondoc.account.UserManagement;
import vn.dondoc.common.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The unit tree as an administrator changes it: rules of the tree, deletion only while
 * unused, concurrent edits, and what the forms say.
 */
@IntegrationTest
@WithUserDetails("admin")
class UnitAdministrationIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitManagement units;

	@Autowired
	UserManagement users;

	@Autowired
	JdbcClient jdbc;

	private static String code() {
		return "T" + UUID.randomUUID().toString().substring(0, 8);
	}

	private long root() {
		return this.units.tree().get(0).id();
	}

	@Test
	void aUnitCannotBeMovedUnderItsOwnDescendant() {
		Unit parent = this.units.create(code(), "Khối A", UnitKind.DEPARTMENT, root());
		Unit child = this.units.create(code(), "Phòng A1", UnitKind.DIVISION, parent.getId());
		assertThatThrownBy(() -> this.units.update(parent.getId(), parent.getVersion(), parent.getCode(), "Khối A",
				UnitKind.DEPARTMENT, child.getId()))
			.isInstanceOf(RuleViolation.class)
			.extracting("messageKey")
			.isEqualTo("unit.parent.cycle");
	}

	@Test
	void aUnitWithPeopleCannotBeDeletedOnlyDeactivated() {
		Unit unit = this.units.create(code(), "Phòng có người", UnitKind.DIVISION, root());
		this.users.create("p" + code().toLowerCase(), "Nhân Viên", null, null, unit.getId(), EnumSet.of(Role.STAFF),
				"tam-thoi-123");
		assertThatThrownBy(() -> this.units.delete(unit.getId(), unit.getVersion())).isInstanceOf(RuleViolation.class)
			.extracting("messageKey")
			.isEqualTo("unit.delete.hasUsers");
		this.units.deactivate(unit.getId(), unit.getVersion());
		assertThat(this.units.find(unit.getId())).get().extracting(Unit::isActive).isEqualTo(false);
	}

	@Test
	void anUnusedUnitCanBeDeletedAndTheDeletionIsAudited() {
		Unit unit = this.units.create(code(), "Phòng tạm", UnitKind.DIVISION, root());
		this.units.delete(unit.getId(), unit.getVersion());
		assertThat(this.units.find(unit.getId())).isEmpty();
		assertThat(this.jdbc
			.sql("SELECT action FROM audit_event WHERE entity_type = 'UNIT' AND entity_id = :id ORDER BY id")
			.param("id", unit.getId())
			.query(String.class)
			.list()).containsExactly("UNIT_CREATED", "UNIT_DELETED");
	}

	@Test
	void aDuplicateCodeIsShownBesideTheFieldWithTheInputKept() throws Exception {
		String page = Pages.ok(this.mvc,
				post("/admin/units").with(csrf())
					.param("code", "cntt")
					.param("name", "Phòng Trùng Mã")
					.param("kind", "DIVISION")
					.param("parentId", String.valueOf(root())));
		assertThat(page).contains("Mã đơn vị này đã được dùng.").contains("value=\"Phòng Trùng Mã\"");
	}

	@Test
	void aBlankNameIsRefusedBesideTheField() throws Exception {
		String page = Pages.ok(this.mvc,
				post("/admin/units").with(csrf()).param("code", code()).param("name", " ").param("kind", "DIVISION"));
		assertThat(page).contains("is-invalid").contains("Không được để trống.");
	}

	@Test
	void aStaleEditIsRefusedShowingTheStoredVersionAndKeepingTheInput() throws Exception {
		Unit unit = this.units.create(code(), "Phòng Gốc", UnitKind.DIVISION, root());
		long staleVersion = unit.getVersion();
		this.units.update(unit.getId(), staleVersion, unit.getCode(), "Phòng Đã Đổi Tên", UnitKind.DIVISION, root());

		String page = Pages.ok(this.mvc,
				post("/admin/units/{id}", unit.getId()).with(csrf())
					.param("code", unit.getCode())
					.param("name", "Tên Tôi Vừa Gõ")
					.param("kind", "DIVISION")
					.param("parentId", String.valueOf(root()))
					.param("version", String.valueOf(staleVersion)));
		assertThat(page).contains("Người khác vừa thay đổi bản ghi này")
			.contains("Phòng Đã Đổi Tên")
			.contains("value=\"Tên Tôi Vừa Gõ\"");
		assertThat(this.units.find(unit.getId())).get().extracting(Unit::getName).isEqualTo("Phòng Đã Đổi Tên");
	}

	@Test
	void anUnknownUnitIsNotFound() throws Exception {
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/units/424242"))
			.andExpect(status().isNotFound());
	}

}
