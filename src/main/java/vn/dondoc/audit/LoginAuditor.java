package vn.dondoc.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Every login, successful or not, goes into the audit trail with the address it came
 * from.
 */
@Component
class LoginAuditor {

	private final AuditTrail trail;

	private final Counter failed;

	LoginAuditor(AuditTrail trail, MeterRegistry meters) {
		this.trail = trail;
		this.failed = Counter.builder("dondoc.logins.failed").description("Failed login attempts").register(meters);
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		this.trail.recordEvent(authentication.getName(), "LOGIN_SUCCEEDED", null, ip(authentication));
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		this.failed.increment();
		Authentication authentication = event.getAuthentication();
		this.trail.recordEvent(String.valueOf(authentication.getName()), "LOGIN_FAILED",
				event.getException().getClass().getSimpleName(), ip(authentication));
	}

	private static String ip(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

}
