package vn.dondoc.directive;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.dondoc.IntegrationTest;
import vn.dondoc.common.MovableClock;
import vn.dondoc.organisation.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incoming number restarts at 1 each year (Nghị định 30/2020), and confidential
 * placeholders have a series of their own: the ordinary register has no gap that would
 * show a placeholder exists.
 */
@IntegrationTest
class RegisterNumbersIT {

	static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	DirectiveRegistration registration;

	@Autowired
	UserDetailsService users;

	@Autowired
	UnitManagement units;

	@Autowired
	MovableClock clock;

	@AfterEach
	void reset() {
		this.clock.reset();
	}

	String ordinary(LocalDate day, String number) {
		return this.registration
			.register(Fixtures.actor(this.users, "vanphong"),
					new DirectiveContent(
							DirectiveKind.CONG_VAN, number, "Về việc thử số đến", day, null, null, Issuer.UBND_TINH),
					day,
					List.of(TaskDraft.of("Nhiệm vụ thử số đến", Fixtures.unit(this.units, "CNTT"))
						.due(DeadlineMeaning.COMPLETE, day.plusDays(9))),
					List.of())
			.getRegisterCode();
	}

	String placeholder(LocalDate day) {
		return this.registration
			.registerPlaceholder(Fixtures.actor(this.users, "vanphong"), Confidentiality.MAT, day,
					Fixtures.unit(this.units, "CNTT"), List.of(day.plusDays(20)))
			.getRegisterCode();
	}

	@Test
	void aNewYearStartsAtOneAndPlaceholdersLeaveNoGap() {
		// 2033: a year no other test registers in.
		LocalDate day = LocalDate.of(2033, 1, 4);
		this.clock.moveTo(day.atTime(LocalTime.of(9, 0)).atZone(VN).toInstant());
		assertThat(ordinary(day, "1/UBND-SD2033")).isEqualTo("VB-2033-000001");
		assertThat(placeholder(day)).isEqualTo("M-2033-000001");
		assertThat(ordinary(day, "2/UBND-SD2033")).as("no gap where the placeholder came").isEqualTo("VB-2033-000002");
		LocalDate next = LocalDate.of(2034, 1, 3);
		this.clock.moveTo(next.atTime(LocalTime.of(9, 0)).atZone(VN).toInstant());
		assertThat(ordinary(next, "3/UBND-SD2034")).isEqualTo("VB-2034-000001");
	}

}
