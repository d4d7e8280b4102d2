package vn.dondoc.system.embedded;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data and which port it listens on.
 *
 * @param dataDirectory a directory that survives restarts; blank for a throw-away
 * database in a temporary directory (tests)
 * @param port the TCP port; 0 picks a free one
 * @param database the database in that server, created when missing (tests that need a
 * database of their own name one)
 */
@ConfigurationProperties("dondoc.embedded-db")
public record EmbeddedDatabaseProperties(String dataDirectory, int port, @DefaultValue("postgres") String database) {

	boolean persistent() {
		return this.dataDirectory != null && !this.dataDirectory.isBlank();
	}

}
