package vn.dondoc.system.database;

import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

import vn.dondoc.system.embedded.EmbeddedPostgresAutoConfiguration;

/**
 * The tests' database where a Docker engine runs: PostgreSQL 17 in a container, connected
 * through {@code @ServiceConnection}; the embedded PostgreSQL then backs off. Without
 * Docker (as on the project's machines) nothing here is made and the embedded one runs.
 * {@code DONDOC_TEST_DATABASE=embedded|container} (or the system property
 * {@code dondoc.test.database}) forces either.
 */
@AutoConfiguration(before = { EmbeddedPostgresAutoConfiguration.class, ServiceConnectionAutoConfiguration.class })
@Conditional(ContainerDatabaseCondition.class)
public class ContainerDatabaseAutoConfiguration {

	@Bean
	@ServiceConnection
	PostgreSQLContainer postgres() {
		// One container for the whole test JVM, as the embedded server is:
		// Testcontainers'
		// Ryuk removes it when the JVM ends.
		return SharedContainer.INSTANCE;
	}

	private static final class SharedContainer {

		static final PostgreSQLContainer INSTANCE = new PostgreSQLContainer("postgres:17-alpine");

	}

}
