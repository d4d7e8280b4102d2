package vn.dondoc.system;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 31: while the application is still starting (the demo data loading), the login
 * page says so, a login waits until it is ready, health checks are answered at once.
 */
class StartupGateTests {

	@Test
	void untilReadyTheLoginPageSaysSoAndEverythingElseWaits() throws Exception {
		StartupGate gate = new StartupGate();
		MockHttpServletRequest page = new MockHttpServletRequest("GET", "/login");
		MockFilterChain pageChain = new MockFilterChain();
		gate.doFilter(page, new MockHttpServletResponse(), pageChain);
		assertThat(pageChain.getRequest()).as("the login page is shown").isNotNull();
		assertThat(page.getAttribute(StartupGate.STARTING)).isEqualTo(Boolean.TRUE);

		MockFilterChain healthChain = new MockFilterChain();
		gate.doFilter(new MockHttpServletRequest("GET", "/actuator/health"), new MockHttpServletResponse(),
				healthChain);
		assertThat(healthChain.getRequest()).isNotNull();

		MockFilterChain loginChain = new MockFilterChain();
		Thread login = new Thread(() -> {
			try {
				gate.doFilter(new MockHttpServletRequest("POST", "/login"), new MockHttpServletResponse(), loginChain);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		login.start();
		// The login waits: its thread parks on the gate, and the chain is not reached.
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (login.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
		assertThat(login.getState()).as("the login waits").isEqualTo(Thread.State.TIMED_WAITING);
		assertThat(loginChain.getRequest()).isNull();
		gate.open();
		login.join(TimeUnit.SECONDS.toMillis(5));
		assertThat(loginChain.getRequest()).as("then goes on").isNotNull();

		MockHttpServletRequest after = new MockHttpServletRequest("GET", "/login");
		gate.doFilter(after, new MockHttpServletResponse(), new MockFilterChain());
		assertThat(after.getAttribute(StartupGate.STARTING)).isNull();
	}

}
