package vn.dondoc.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.account.AccountSeeding;
import vn.dondoc.account.Role;
import vn.dondoc.organisation.Unit;
import vn.dondoc.organisation.UnitKind;
import vn.dondoc.organisation.UnitManagement;

/**
 * Loads the demo organisation once, on an empty database.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(DemoData.class);

	private final DemoSettings settings;

	private final Environment environment;

	private final UnitManagement units;

	private final AccountSeeding accounts;

	DemoData(DemoSettings settings, Environment environment, UnitManagement units, AccountSeeding accounts) {
		this.settings = settings;
		this.environment = environment;
		this.units = units;
		this.accounts = accounts;
	}

	boolean enabled() {
		return switch (this.settings.mode()) {
			case ON -> true;
			case OFF -> false;
			case AUTO -> !this.environment.containsProperty("spring.datasource.url");
		};
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!enabled() || this.units.any()) {
			return;
		}
		SecurityContextHolder.clearContext();
		Unit so = unit("SO", "Sở Thông tin và Truyền thông", UnitKind.DEPARTMENT, null);
		Unit vp = unit("VP", "Văn phòng Sở", UnitKind.OFFICE, so);
		Unit khtc = unit("KHTC", "Phòng Kế hoạch – Tài chính", UnitKind.PLANNING_FINANCE, so);
		Unit bcvt = unit("BCVT", "Phòng Bưu chính – Viễn thông", UnitKind.DIVISION, so);
		Unit cntt = unit("CNTT", "Phòng Công nghệ thông tin", UnitKind.DIVISION, so);
		Unit ttbcxb = unit("TTBCXB", "Phòng Thông tin – Báo chí – Xuất bản", UnitKind.DIVISION, so);
		Unit ttra = unit("TTRA", "Thanh tra Sở", UnitKind.INSPECTORATE, so);
		Unit ttcntt = unit("TTCNTT", "Trung tâm Công nghệ thông tin và Truyền thông", UnitKind.CENTER, so);

		String passwordHash = this.accounts.hash(this.settings.password());
		account(passwordHash, "admin", "Quản trị hệ thống", "Quản trị viên", ttcntt, Role.ADMIN);
		account(passwordHash, "giamdoc", "Nguyễn Văn Minh", "Giám đốc Sở", so, Role.LEADER);
		account(passwordHash, "phogiamdoc", "Trần Thị Lan", "Phó Giám đốc Sở", so, Role.LEADER);
		account(passwordHash, "vanphong", "Lê Thị Hồng", "Chuyên viên Văn phòng", vp, Role.OFFICE, Role.STAFF);
		account(passwordHash, "khtc", "Phạm Quốc Bảo", "Chuyên viên Phòng KH-TC", khtc, Role.PLANNING, Role.STAFF);
		account(passwordHash, "tp.vp", "Hoàng Đức Thắng", "Chánh Văn phòng", vp, Role.UNIT_HEAD, Role.OFFICE);
		account(passwordHash, "cv.vp", "Đỗ Thị Mai", "Chuyên viên", vp, Role.STAFF);
		account(passwordHash, "tp.khtc", "Vũ Thị Thu", "Trưởng phòng", khtc, Role.UNIT_HEAD, Role.PLANNING);
		account(passwordHash, "cv.khtc", "Bùi Văn Nam", "Chuyên viên", khtc, Role.STAFF);
		account(passwordHash, "tp.bcvt", "Đặng Văn Hùng", "Trưởng phòng", bcvt, Role.UNIT_HEAD);
		account(passwordHash, "cv.bcvt", "Ngô Thị Hạnh", "Chuyên viên", bcvt, Role.STAFF);
		account(passwordHash, "tp.cntt", "Phan Thanh Tùng", "Trưởng phòng", cntt, Role.UNIT_HEAD);
		account(passwordHash, "cv.cntt", "Lý Minh Châu", "Chuyên viên", cntt, Role.STAFF);
		account(passwordHash, "tp.ttbcxb", "Trịnh Công Sơn", "Trưởng phòng", ttbcxb, Role.UNIT_HEAD);
		account(passwordHash, "cv.ttbcxb", "Mai Phương Thảo", "Chuyên viên", ttbcxb, Role.STAFF);
		account(passwordHash, "tp.ttra", "Đinh Quang Huy", "Chánh Thanh tra", ttra, Role.UNIT_HEAD);
		account(passwordHash, "cv.ttra", "Tạ Thị Ngọc", "Thanh tra viên", ttra, Role.STAFF);
		account(passwordHash, "tp.ttcntt", "Lương Văn Phúc", "Giám đốc Trung tâm", ttcntt, Role.UNIT_HEAD);
		account(passwordHash, "cv.ttcntt", "Hồ Thị Yến", "Viên chức", ttcntt, Role.STAFF);
		logger.info("Loaded demo data: 8 units and 19 accounts (password '" + this.settings.password() + "')");
	}

	private Unit unit(String code, String name, UnitKind kind, Unit parent) {
		return this.units.create(code, name, kind, (parent != null) ? parent.getId() : null);
	}

	private void account(String passwordHash, String username, String fullName, String position, Unit unit,
			Role... roles) {
		Set<Role> set = EnumSet.noneOf(Role.class);
		set.addAll(List.of(roles));
		this.accounts.create(username, fullName, position, unit.getId(), set, passwordHash);
	}

}
