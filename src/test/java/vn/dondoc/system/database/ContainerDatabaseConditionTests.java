package vn.dondoc.system.database;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContainerDatabaseConditionTests {

	@Test
	void aContainerWhereDockerAnswersTheEmbeddedServerOtherwise() {
		assertThat(ContainerDatabaseCondition.decide("auto", () -> true).isMatch()).isTrue();
		assertThat(ContainerDatabaseCondition.decide("auto", () -> false).isMatch()).isFalse();
		assertThat(ContainerDatabaseCondition.decide("", () -> true).isMatch()).isTrue();
	}

	@Test
	void eitherCanBeForced() {
		assertThat(ContainerDatabaseCondition.decide("embedded", () -> true).isMatch()).isFalse();
		assertThat(ContainerDatabaseCondition.decide("CONTAINER", () -> false).isMatch()).isTrue();
		assertThatThrownBy(() -> ContainerDatabaseCondition.decide("h2", () -> true))
			.hasMessageContaining("auto, embedded or container");
	}

}
