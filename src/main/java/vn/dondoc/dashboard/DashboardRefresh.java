package vn.dondoc.dashboard;

import java.util.Set;

import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.dondoc.urging.HandOff;

/**
 * The dashboards are cached for a minute; a unit's report sent or returned changes their
 * "reports pending" at once, so they are computed again.
 */
@Component
class DashboardRefresh {

	private static final Set<String> REPORT_STATES = Set.of("unitSent", "unitReturned");

	private final CacheManager caches;

	DashboardRefresh(CacheManager caches) {
		this.caches = caches;
	}

	@TransactionalEventListener
	void on(HandOff handOff) {
		if (REPORT_STATES.contains(handOff.kind())) {
			org.springframework.cache.Cache dashboards = this.caches.getCache("dashboard");
			if (dashboards != null) {
				dashboards.clear();
			}
		}
	}

}
