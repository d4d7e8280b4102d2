package vn.dondoc.system.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * Connection details of the embedded server; Boot's own DataSource, Flyway and JPA set-up
 * run unchanged on top of it.
 */
class EmbeddedPostgresConnectionDetails implements JdbcConnectionDetails, DisposableBean {

	private final EmbeddedPostgres server;

	private final String database;

	EmbeddedPostgresConnectionDetails(EmbeddedDatabaseProperties properties) {
		this.server = EmbeddedPostgresServers.acquire(properties);
		this.database = properties.database();
		EmbeddedPostgresServers.ensureDatabase(this.server, this.database);
	}

	@Override
	public String getUsername() {
		return "postgres";
	}

	@Override
	public String getPassword() {
		return "postgres";
	}

	@Override
	public String getJdbcUrl() {
		return this.server.getJdbcUrl("postgres", this.database);
	}

	@Override
	public String getDriverClassName() {
		return "org.postgresql.Driver";
	}

	@Override
	public void destroy() {
		EmbeddedPostgresServers.release(this.server);
	}

}
