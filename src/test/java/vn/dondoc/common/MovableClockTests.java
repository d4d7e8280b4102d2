package vn.dondoc.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MovableClockTests {

	static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	static final Instant MACHINE = Instant.parse("2026-12-03T10:00:00Z");

	@Test
	void withoutAStartItReadsTheMachinesTime() {
		MovableClock clock = new MovableClock(Clock.fixed(MACHINE, VN), null);
		assertThat(clock.instant()).isEqualTo(MACHINE);
		clock.moveTo(Instant.parse("2027-01-10T02:00:00Z"));
		assertThat(clock.instant()).isEqualTo(Instant.parse("2027-01-10T02:00:00Z"));
		clock.reset();
		assertThat(clock.instant()).isEqualTo(MACHINE);
	}

	@Test
	void aConfiguredStartIsWhereResetReturnsToWhateverTheMachinesDate() {
		Instant start = Instant.parse("2026-11-18T02:00:00Z");
		MovableClock clock = new MovableClock(Clock.fixed(MACHINE, VN), start);
		assertThat(clock.instant()).isEqualTo(start);
		clock.moveTo(Instant.parse("2028-02-29T01:00:00Z"));
		clock.reset();
		assertThat(clock.instant()).as("back to the start, not to the machine's date").isEqualTo(start);
	}

	@Test
	void clocksOfOneProcessWithTheSameStartShareOneStartingLine() {
		Instant start = Instant.parse("2025-05-05T02:00:00Z");
		MovableClock first = new MovableClock(Clock.fixed(MACHINE, VN), start);
		// A second context made five minutes later runs on from the same line.
		MovableClock second = new MovableClock(Clock.fixed(MACHINE.plus(Duration.ofMinutes(5)), VN), start);
		assertThat(first.instant()).isEqualTo(start);
		assertThat(second.instant()).isEqualTo(start.plus(Duration.ofMinutes(5)));
	}

	@Test
	void aThreadMovedAloneLeavesTheSharedTimeAsItWas() {
		MovableClock clock = new MovableClock(Clock.fixed(MACHINE, VN), null);
		clock.moveThisThreadTo(Instant.parse("2025-06-01T01:00:00Z"));
		assertThat(clock.instant()).isEqualTo(Instant.parse("2025-06-01T01:00:00Z"));
		assertThat(clock.sharedInstant()).isEqualTo(MACHINE);
		clock.resetThisThread();
		assertThat(clock.instant()).isEqualTo(MACHINE);
		assertThat(clock.withZone(ZoneOffset.UTC).instant()).isEqualTo(MACHINE);
	}

}
