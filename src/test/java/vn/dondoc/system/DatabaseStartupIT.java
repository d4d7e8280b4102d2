package vn.dondoc.system;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dondoc.DondocApplication;
import vn.dondoc.organisation.UnitKind;
import vn.dondoc.organisation.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Starting the application as a person does: on a persistent embedded database (twice,
 * keeping the data), on a taken port, and as a new production installation.
 */
class DatabaseStartupIT {

	@TempDir
	Path dataDirectory;

	private ConfigurableApplicationContext start(String... properties) {
		// Command-line arguments, as a person would pass them: they override
		// application.properties.
		String[] args = java.util.stream.Stream
			.concat(java.util.stream.Stream.of("spring.main.banner-mode=off", "logging.level.root=WARN",
					"server.port=0", "dondoc.test.database=embedded"), java.util.Arrays.stream(properties))
			.map((property) -> "--" + property)
			.toArray(String[]::new);
		return new SpringApplicationBuilder(DondocApplication.class).web(WebApplicationType.SERVLET).run(args);
	}

	@Test
	void aSecondStartKeepsEveryChangeAndDoesNotReloadTheDemoData() throws IOException {
		int port = freePort();
		String[] properties = { "dondoc.embedded-db.data-directory=" + this.dataDirectory,
				"dondoc.embedded-db.port=" + port };
		long unitsAfterFirstStart;
		try (ConfigurableApplicationContext first = start(properties)) {
			UnitManagement units = first.getBean(UnitManagement.class);
			long root = units.tree().get(0).id();
			units.create("GIU-LAI", "Phòng Còn Lại Sau Khởi Động", UnitKind.DIVISION, root);
			unitsAfterFirstStart = count(first, "unit");
		}
		try (ConfigurableApplicationContext second = start(properties)) {
			assertThat(count(second, "unit")).isEqualTo(unitsAfterFirstStart);
			assertThat(second.getBean(JdbcClient.class)
				.sql("SELECT count(*) FROM unit WHERE code = 'GIU-LAI'")
				.query(Long.class)
				.single()).isEqualTo(1);
			assertThat(count(second, "app_user")).isEqualTo(19);
		}
	}

	@Test
	void aTakenDatabasePortIsReportedClearly() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			assertThatThrownBy(() -> start("dondoc.embedded-db.data-directory=" + this.dataDirectory,
					"dondoc.embedded-db.port=" + taken.getLocalPort()))
				.hasRootCauseMessage("Port " + taken.getLocalPort() + " for the embedded PostgreSQL is already in use");
		}
	}

	@Test
	void aNewProductionInstallationRefusesToStartWithoutAnAdminPassword() {
		assertThatThrownBy(() -> start("dondoc.embedded-db.data-directory=" + this.dataDirectory,
				"dondoc.embedded-db.port=0", "dondoc.demo.mode=off", "dondoc.admin.initial-password="))
			.hasMessage("No accounts exist and DONDOC_ADMIN_PASSWORD is not set (or shorter than 8 characters)");
	}

	@Test
	void aNewProductionInstallationCreatesOnlyTheAdminAccount() {
		try (ConfigurableApplicationContext app = start("dondoc.embedded-db.data-directory=" + this.dataDirectory,
				"dondoc.embedded-db.port=0", "dondoc.demo.mode=off",
				"dondoc.admin.initial-password=mat-khau-rat-dai")) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			assertThat(jdbc.sql("SELECT username FROM app_user").query(String.class).list()).containsExactly("admin");
			assertThat(count(app, "unit")).isEqualTo(1);
		}
	}

	private static long count(ConfigurableApplicationContext context, String table) {
		return context.getBean(JdbcClient.class).sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
