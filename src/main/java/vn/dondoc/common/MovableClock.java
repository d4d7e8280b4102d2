package vn.dondoc.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The application's clock: the system clock, which the demo loader and tests can move to
 * another moment (to replay eighteen months of work with true dates, or to step through a
 * month) and then put back. Production code only ever reads it.
 *
 * <p>
 * It may start at another moment than the machine's ({@code dondoc.clock.start}): the
 * test suite starts every context on the same fixed day, so that no answer depends on the
 * day the suite happens to run. From there it runs at the machine's pace, and
 * {@link #reset()} returns to that starting line rather than to the machine's date.
 */
public final class MovableClock extends Clock {

	private static final Map<Instant, Duration> STARTS = new ConcurrentHashMap<>();

	private final Clock system;

	/** How far the starting line is from the machine's time. */
	private final Duration base;

	private volatile Duration offset;

	private final ThreadLocal<Duration> threadOffset = new ThreadLocal<>();

	/** The machine's time, in {@code zone}. */
	public MovableClock(ZoneId zone) {
		this(Clock.system(zone), null);
	}

	/**
	 * Starting at {@code start} (the machine's time when null), then running on.
	 */
	public MovableClock(ZoneId zone, Instant start) {
		this(Clock.system(zone), start);
	}

	MovableClock(Clock system, Instant start) {
		this.system = system;
		// Every clock of one process that starts at the same moment shares one starting
		// line, so that a second application context (a test's) does not step back in
		// time to the start while the first one has run on.
		this.base = (start != null) ? STARTS.computeIfAbsent(start, (s) -> Duration.between(system.instant(), s))
				: Duration.ZERO;
		this.offset = this.base;
	}

	/** From now on the clock reads {@code instant}, and runs on from there. */
	public void moveTo(Instant instant) {
		this.offset = Duration.between(this.system.instant(), instant);
	}

	/** Back to the starting line: the machine's time, or the configured start. */
	public void reset() {
		this.offset = this.base;
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

	/** The time every other thread reads, whatever this thread was moved to. */
	public Instant sharedInstant() {
		return this.system.instant().plus(this.offset);
	}

	@Override
	public ZoneId getZone() {
		return this.system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(this.system.withZone(zone), currentOffset());
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
