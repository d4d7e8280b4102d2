package vn.dondoc.system.embedded;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * In the default run (embedded database, no {@code spring.datasource.url}) a local SMTP
 * server catches the application's mail, so a newcomer sees reminders at
 * {@code /admin/mail} without a mail server. Never in production: the library is left out
 * of the packaged jar and the condition needs the embedded database.
 */
@AutoConfiguration
@ConditionalOnClass(GreenMail.class)
@ConditionalOnProperty(name = "dondoc.mail.catcher.enabled", havingValue = "true", matchIfMissing = true)
class MailCatcherAutoConfiguration {

	@Bean
	@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
	LocalMailCatcher localMailCatcher(@Value("${spring.mail.port:3025}") int port) {
		return new LocalMailCatcher(port);
	}

	/**
	 * A GreenMail SMTP server on the loopback address; a taken port is only a warning.
	 */
	static final class LocalMailCatcher implements DisposableBean {

		private static final Log logger = LogFactory.getLog(LocalMailCatcher.class);

		private final GreenMail server;

		LocalMailCatcher(int port) {
			GreenMail started = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			try {
				started.start();
				logger
					.info("Local mail catcher listening on 127.0.0.1:" + port + "; sent mail is listed at /admin/mail");
			}
			catch (RuntimeException ex) {
				logger.warn("Local mail catcher not started (port " + port + " in use?): " + ex.getMessage());
				started = null;
			}
			this.server = started;
		}

		@Override
		public void destroy() {
			if (this.server != null) {
				this.server.stop();
			}
		}

	}

}
