package vn.dondoc.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock: the system clock, which the demo loader and tests can move to
 * another moment (to replay eighteen months of work with true dates, or to step through a
 * month) and then put back. Production code only ever reads it.
 */
public final class MovableClock extends Clock {

	private final Clock system;

	private volatile Duration offset = Duration.ZERO;

	public MovableClock(ZoneId zone) {
		this.system = Clock.system(zone);
	}

	/** From now on the clock reads {@code instant}, and runs on from there. */
	public void moveTo(Instant instant) {
		this.offset = Duration.between(this.system.instant(), instant);
	}

	/** Back to the real time. */
	public void reset() {
		this.offset = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return this.system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(Clock.system(zone), this.offset);
	}

	@Override
	public Instant instant() {
		return this.system.instant().plus(this.offset);
	}

}
