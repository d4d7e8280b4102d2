package vn.dondoc.organisation;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules a unit guards by itself.
 */
class UnitTests {

	@Test
	void aUnitCannotBeItsOwnParent() {
		Unit unit = new Unit("CNTT", "Phòng Công nghệ thông tin", UnitKind.DIVISION, 1L, Instant.EPOCH);
		ReflectionTestUtils.setField(unit, "id", 7L);
		assertThatThrownBy(() -> unit.moveTo(7L)).isInstanceOf(IllegalArgumentException.class);
		unit.moveTo(2L);
		assertThat(unit.getParentId()).isEqualTo(2L);
	}

	@Test
	void indentedNamesShowTheDepthOfTheTree() {
		UnitNode node = new UnitNode(1, null, "A", "Phòng A", UnitKind.DIVISION, true, 0, 2, false);
		assertThat(node.indentedName()).isEqualTo("\u00a0".repeat(6) + "Phòng A");
	}

}
