package vn.dondoc.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links in mails use the configured public address, else the address the application is
 * really served on; production is told which setting is missing.
 */
@ExtendWith(OutputCaptureExtension.class)
class PublicAddressTests {

	@Test
	void theConfiguredAddressWinsWithoutItsTrailingSlash() {
		PublicAddress address = new PublicAddress("https://nhiemvu.stttt.gialai.gov.vn/", "", "jdbc:postgresql://db/x");
		started(address, 9090);
		assertThat(address.get()).isEqualTo("https://nhiemvu.stttt.gialai.gov.vn");
		assertThat(address.configured()).isTrue();
	}

	@Test
	void withoutOneTheServedPortAndContextPathAreUsed(CapturedOutput output) {
		PublicAddress address = new PublicAddress("", "/dondoc", "");
		started(address, 9191);
		assertThat(address.get()).isEqualTo("http://localhost:9191/dondoc");
		assertThat(output).doesNotContain("dondoc.mail.base-url");
	}

	@Test
	void productionWithoutOneIsToldWhichSettingIsMissing(CapturedOutput output) {
		PublicAddress address = new PublicAddress(" ", "", "jdbc:postgresql://db.so.local/dondoc");
		started(address, 8443);
		assertThat(address.get()).isEqualTo("http://localhost:8443");
		assertThat(output).contains("dondoc.mail.base-url", "DONDOC_MAIL_BASE_URL");
	}

	private static void started(PublicAddress address, int port) {
		WebServer server = new WebServer() {
			@Override
			public void start() {
			}

			@Override
			public void stop() {
			}

			@Override
			public int getPort() {
				return port;
			}
		};
		address.on(new ServletWebServerInitializedEvent(server, new ServletWebServerApplicationContext()));
	}

}
