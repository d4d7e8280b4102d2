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

	private final ThreadLocal<Duration> threadOffset = new ThreadLocal<>();

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

	/**
	 * Moves the clock for the calling thread only, so that a loader replaying the past
	 * does not move the time of requests served meanwhile.
	 */
	public void moveThisThreadTo(Instant instant) {
		this.threadOffset.set(Duration.between(this.system.instant(), instant));
	}

	/** Back to the shared time for the calling thread. */
	public void resetThisThread() {
		this.threadOffset.remove();
	}

	@Override
	public ZoneId getZone() {
		return this.system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(Clock.system(zone), currentOffset());
	}

	@Override
	public Instant instant() {
		return this.system.instant().plus(currentOffset());
	}

	private Duration currentOffset() {
		Duration mine = this.threadOffset.get();
		return (mine != null) ? mine : this.offset;
	}

}
