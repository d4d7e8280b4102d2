package vn.dondoc.system.embedded;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is set, so that the
 * app runs on a machine with nothing but a JDK. Production sets the URL and this backs
 * off.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass(name = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedPostgresAutoConfiguration {

	@Bean
	// A test's PostgreSQL container (where Docker runs) stands in for the embedded
	// server.
	@ConditionalOnMissingBean(value = JdbcConnectionDetails.class,
			type = "org.testcontainers.containers.JdbcDatabaseContainer")
	EmbeddedPostgresConnectionDetails embeddedPostgresConnectionDetails(EmbeddedDatabaseProperties properties) {
		return new EmbeddedPostgresConnectionDetails(properties);
	}

}
