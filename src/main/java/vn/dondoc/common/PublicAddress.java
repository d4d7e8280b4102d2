package vn.dondoc.common;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The address people open the application at, for links that leave it (mails, the
 * calendar feed): {@code dondoc.mail.base-url} when it is set; otherwise the address the
 * application is actually served on here ({@code http://localhost:PORT}), never an
 * address a request claims (a forged Host header would put its own site into mails).
 * Production (an external database) is told at start which setting is missing.
 */
@Component
public class PublicAddress {

	private static final Log logger = LogFactory.getLog(PublicAddress.class);

	private final String configured;

	private final String contextPath;

	private final boolean production;

	private volatile String served = "http://localhost:8080";

	PublicAddress(@Value("${dondoc.mail.base-url:}") String configured,
			@Value("${server.servlet.context-path:}") String contextPath,
			@Value("${spring.datasource.url:}") String datasource) {
		this.configured = strip(configured);
		this.contextPath = strip(contextPath);
		this.production = !datasource.isBlank();
	}

	/** The address without a trailing slash, e.g. {@code https://nhiemvu.so.gov.vn}. */
	public String get() {
		return (this.configured != null) ? this.configured : this.served;
	}

	public boolean configured() {
		return this.configured != null;
	}

	@EventListener
	void on(WebServerInitializedEvent event) {
		// The main server, not a separate management port.
		if (event.getApplicationContext().getServerNamespace() != null) {
			return;
		}
		this.served = "http://localhost:" + event.getWebServer().getPort()
				+ ((this.contextPath != null) ? this.contextPath : "");
		if (this.configured == null && this.production) {
			logger.warn("dondoc.mail.base-url (environment variable DONDOC_MAIL_BASE_URL) is not set: links in mails "
					+ "and calendar feeds point to " + this.served + ", which people elsewhere cannot open. "
					+ "Set it to the address people open the application at, e.g. https://nhiemvu.stttt.gov.vn");
		}
	}

	private static String strip(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String address = value.strip();
		return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
	}

}
