package vn.dondoc.system.database;

import org.junit.jupiter.api.Test;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dondoc.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suite chose its database by itself: PostgreSQL 17 in a container where Docker
 * answers, the embedded PostgreSQL 17 otherwise.
 */
@IntegrationTest
class TestDatabaseChoiceIT {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcConnectionDetails connection;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDatabaseIsTheOneTheConditionChose() {
		boolean container = ContainerDatabaseCondition
			.decide(this.context.getEnvironment().getProperty("dondoc.test.database", "auto"),
					ContainerDatabaseCondition::dockerAvailable)
			.isMatch();
		assertThat(this.context.getBeanNamesForType(PostgreSQLContainer.class)).hasSize(container ? 1 : 0);
		assertThat(this.connection.getClass().getSimpleName().equals("EmbeddedPostgresConnectionDetails"))
			.isEqualTo(!container);
		assertThat(this.context.getBeanNamesForType(JdbcConnectionDetails.class)).hasSize(1);
		assertThat(this.jdbc.sql("SHOW server_version").query(String.class).single()).startsWith("17.");
	}

}
