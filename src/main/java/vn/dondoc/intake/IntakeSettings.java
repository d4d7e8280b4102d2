package vn.dondoc.intake;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Receiving edXML packages.
 *
 * @param maxPackage the largest package accepted (default 50 MB); larger ones get 413
 * @param organId the Department's identifier code in the exchange (From/OrganId of the
 * status messages); blank: not written
 * @param statusUrl where status messages are POSTed as they are made (blank: they are
 * only read from the feed)
 * @param statusRetry the first pause after a failed delivery; each next one doubles, up
 * to a day
 */
@ConfigurationProperties("dondoc.intake")
public record IntakeSettings(DataSize maxPackage, String organId, URI statusUrl, Duration statusRetry) {

	public IntakeSettings {
		if (maxPackage == null) {
			maxPackage = DataSize.ofMegabytes(50);
		}
		if (organId == null) {
			organId = "";
		}
		if (statusRetry == null) {
			statusRetry = Duration.ofMinutes(1);
		}
	}

}
