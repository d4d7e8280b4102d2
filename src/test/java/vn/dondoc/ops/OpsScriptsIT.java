package vn.dondoc.ops;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations scripts of {@code ops/} run as an administrator runs them, against the
 * jar that {@code package} has just built: two nodes behind nginx through a crash, a
 * graceful stop and a database restart, and a backup restored row for row. They need
 * Debian's PostgreSQL 15 server and nginx; where those are missing the tests are skipped
 * with a message, except on CI, where {@code .ci/run} installs them.
 */
class OpsScriptsIT {

	private static final Path PG15 = Path.of("/usr/lib/postgresql/15/bin");

	private static final List<String> COMMANDS = List.of("nginx", "python3", "curl", "psql");

	@BeforeAll
	static void toolsAndJar() throws IOException {
		boolean installed = Files.isExecutable(PG15.resolve("initdb"))
				&& COMMANDS.stream().allMatch(OpsScriptsIT::onPath);
		if (System.getenv("CI") != null && !installed) {
			// CI installs them (.ci/run): a skipped ops test there would hide a broken
			// set-up.
			throw new IllegalStateException("nginx or PostgreSQL 15 is missing on CI");
		}
		Assumptions.assumeTrue(installed,
				"nginx, Debian's PostgreSQL 15, python3, curl or psql is missing (apt-get install -y nginx postgresql): ops scripts not tested");
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			assertThat(files.map((file) -> file.getFileName().toString()))
				.as("failsafe runs after package: the executable jar is there")
				.anyMatch((name) -> name.matches("dondoc-.*\\.jar"));
		}
	}

	private static boolean onPath(String command) {
		String path = System.getenv("PATH") + File.pathSeparator + "/usr/sbin" + File.pathSeparator + "/sbin";
		return Stream.of(path.split(File.pathSeparator)).anyMatch((dir) -> Files.isExecutable(Path.of(dir, command)));
	}

	@Test
	void twoNodesBehindNginxKeepServingThroughACrashAGracefulStopAndADatabaseRestart() throws Exception {
		Run run = run(Duration.ofMinutes(5), "ops/two-nodes", "check");
		assertThat(run.exit()).as(run.output()).isZero();
		assertThat(run.output()).as(run.output())
			.containsPattern("ok: +10 requests with one session, 0 not 200; answered by a: \\d+, b: \\d+")
			.contains("ok:   node b crashed (SIGKILL) and came back", "ok:   node a stopped (SIGTERM)",
					"ok:   node a shut down gracefully", "ok:   PostgreSQL restarted", "ok:   reminders:",
					"ops/two-nodes check: all passed")
			.doesNotContain("FAIL");
	}

	@Test
	void aBackupRestoresIntoANewDatabaseRowForRowAndTheAppRunsOnIt() throws Exception {
		Run run = run(Duration.ofMinutes(4), "ops/backup-check");
		assertThat(run.exit()).as(run.output()).isZero();
		assertThat(run.output()).as(run.output())
			.containsPattern("backup: .*\\.dump \\(.*, \\d+ tables, PostgreSQL 15 database dondoc")
			.containsPattern("compared: \\d+ tables, \\d+ rows — identical row for row")
			.contains("ok: the app started on the restored database", "ops/backup-check: all passed");
	}

	record Run(int exit, String output) {
	}

	/**
	 * Runs a script from the project directory with this JVM's Java first on the path;
	 * its output goes to target/ops-*.log and into the assertion messages.
	 */
	private static Run run(Duration limit, String... command) throws Exception {
		Path log = Path.of("target", "ops-" + Path.of(command[0]).getFileName() + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		String javaBin = Path.of(System.getProperty("java.home"), "bin").toString();
		builder.environment()
			.put("PATH", javaBin + File.pathSeparator + System.getenv("PATH") + File.pathSeparator + "/usr/sbin");
		Process process = builder.start();
		if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
			// SIGTERM: the script's trap stops what it started (nodes, nginx,
			// PostgreSQL).
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
			}
			throw new AssertionError(String.join(" ", command) + " did not finish within " + limit + ":\n"
					+ Files.readString(log, StandardCharsets.UTF_8));
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		System.out.println(output);
		return new Run(process.exitValue(), output);
	}

}
