package vn.dondoc.common;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * So many requests per key (an address, a token) and period, counted in this node's
 * memory (Bucket4j token buckets): a flood from one source is slowed without touching the
 * database. A key unused for an hour is forgotten, and at most 100,000 keys are kept.
 */
public final class RateLimits {

	private final long capacity;

	private final Duration period;

	private final Cache<String, Bucket> buckets;

	public RateLimits(long capacity, Duration period) {
		this.capacity = capacity;
		this.period = period;
		this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofHours(1)).build();
	}

	/**
	 * Takes one request from the key's allowance.
	 * @return 0 when allowed, otherwise the seconds to wait before the next one is
	 */
	public long take(String key) {
		Bucket bucket = this.buckets.get(key, (k) -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(this.capacity).refillGreedy(this.capacity, this.period).build())
			.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return 0;
		}
		return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
	}

	/** Whether the key still has allowance, without taking any. */
	public boolean exhausted(String key) {
		Bucket bucket = this.buckets.getIfPresent(key);
		return bucket != null && bucket.getAvailableTokens() < 1;
	}

}
