package vn.dondoc.system.database;

import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.testcontainers.DockerClientFactory;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Chooses the tests' database: a container where Docker answers, the embedded PostgreSQL
 * otherwise, unless {@code dondoc.test.database} (system property or environment
 * {@code DONDOC_TEST_DATABASE}) says {@code embedded} or {@code container}. An explicit
 * {@code spring.datasource.url} always wins.
 */
class ContainerDatabaseCondition extends SpringBootCondition {

	/** Asked once per JVM: the answer takes up to a second without Docker. */
	private static volatile Boolean docker;

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		if (!context.getEnvironment().getProperty("spring.datasource.url", "").isBlank()) {
			return ConditionOutcome.noMatch("spring.datasource.url is set");
		}
		String choice = context.getEnvironment().getProperty("dondoc.test.database", "auto");
		return decide(choice, ContainerDatabaseCondition::dockerAvailable);
	}

	static ConditionOutcome decide(String choice, BooleanSupplier dockerAvailable) {
		switch (choice.trim().toLowerCase(Locale.ROOT)) {
			case "embedded":
				return ConditionOutcome.noMatch("dondoc.test.database=embedded");
			case "container":
				return ConditionOutcome.match("dondoc.test.database=container");
			case "auto":
			case "":
				return dockerAvailable.getAsBoolean() ? ConditionOutcome.match("a Docker engine answers")
						: ConditionOutcome.noMatch("no Docker engine: the embedded PostgreSQL runs");
			default:
				throw new IllegalStateException(
						"dondoc.test.database must be auto, embedded or container, not '" + choice + "'");
		}
	}

	static boolean dockerAvailable() {
		Boolean known = docker;
		if (known == null) {
			try {
				known = DockerClientFactory.instance().isDockerAvailable();
			}
			catch (RuntimeException | LinkageError ex) {
				known = false;
			}
			docker = known;
		}
		return known;
	}

}
