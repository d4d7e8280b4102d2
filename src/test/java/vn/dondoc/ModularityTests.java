package vn.dondoc;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * The modules have no cycles and reach into each other only through their public API.
 */
class ModularityTests {

	@Test
	void modulesRespectTheirBoundaries() {
		ApplicationModules.of(DondocApplication.class).verify();
	}

}
