package vn.dondoc.directive;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.dondoc.IntegrationTest;
import vn.dondoc.organisation.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The same document typed with other spacing or case is still the same document. */
@IntegrationTest
class DuplicateNumberIT {

	@Autowired
	DirectiveRegistration registration;

	@Autowired
	UserDetailsService users;

	@Autowired
	UnitManagement units;

	@Autowired
	Clock clock;

	@Test
	void spacingAndCaseDoNotMakeAnotherDocument() {
		LocalDate today = LocalDate.now(this.clock);
		String number = (System.nanoTime() % 90_000 + 10_000) + "/QĐ-UBND";
		this.registration.register(Fixtures.actor(this.users, "vanphong"),
				new DirectiveContent(DirectiveKind.QUYET_DINH, number, "Về việc thử số trùng", today.minusDays(2), null,
						null, Issuer.UBND_TINH),
				today, List.of(TaskDraft.of("Nhiệm vụ thử", Fixtures.unit(this.units, "CNTT"))
					.due(DeadlineMeaning.COMPLETE, today.plusDays(9))),
				List.of());
		String spaced = number.replace("/", " / ").toLowerCase(java.util.Locale.ROOT);
		assertThat(spaced).contains("qđ-ubnd");
		for (String typed : List.of(spaced, number.toLowerCase(java.util.Locale.ROOT), " " + number + " ")) {
			assertThat(this.registration.sameDocument(Issuer.UBND_TINH, typed, today.minusDays(1))).as(typed)
				.isPresent();
		}
		assertThatThrownBy(() -> this.registration.register(Fixtures.actor(this.users, "vanphong"),
				new DirectiveContent(
						DirectiveKind.QUYET_DINH, spaced, "Lần hai", today.minusDays(2), null, null, Issuer.UBND_TINH),
				today,
				List.of(TaskDraft.of("Nhiệm vụ thử", Fixtures.unit(this.units, "CNTT"))
					.due(DeadlineMeaning.COMPLETE, today.plusDays(9))),
				List.of()))
			.isInstanceOf(DuplicateDirective.class);
	}

}
