package vn.dondoc.system.embedded;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * One embedded PostgreSQL server per data directory and JVM, shared by every application
 * context that asks for it and stopped when the last of them releases it. Zonky's own
 * shutdown hook is off: it would stop the server while Spring contexts are still closing
 * their pools.
 */
final class EmbeddedPostgresServers {

	private static final Log logger = LogFactory.getLog(EmbeddedPostgresServers.class);

	private static final String EPHEMERAL = "";

	private static final Map<String, Lease> leases = new HashMap<>();

	private EmbeddedPostgresServers() {
	}

	static synchronized EmbeddedPostgres acquire(EmbeddedDatabaseProperties properties) {
		String key = properties.persistent() ? canonical(properties.dataDirectory()) : EPHEMERAL;
		Lease lease = leases.get(key);
		if (lease == null) {
			lease = new Lease(start(properties, key));
			leases.put(key, lease);
		}
		lease.count++;
		return lease.server;
	}

	/** Creates the database in the server unless it is there. */
	static synchronized void ensureDatabase(EmbeddedPostgres server, String database) {
		if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
			throw new IllegalArgumentException("Database name must be lower-case letters, digits and _: " + database);
		}
		try (java.sql.Connection connection = server.getPostgresDatabase().getConnection();
				java.sql.Statement statement = connection.createStatement()) {
			try (java.sql.ResultSet found = statement
				.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
				if (found.next()) {
					return;
				}
			}
			statement.execute("CREATE DATABASE " + database);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Could not create the embedded database " + database, ex);
		}
	}

	static synchronized void release(EmbeddedPostgres server) {
		leases.entrySet().removeIf((entry) -> {
			Lease lease = entry.getValue();
			if (lease.server != server || --lease.count > 0) {
				return false;
			}
			try {
				server.close();
			}
			catch (IOException ex) {
				logger.warn("Embedded PostgreSQL did not stop cleanly", ex);
			}
			return true;
		});
	}

	private static EmbeddedPostgres start(EmbeddedDatabaseProperties properties, String dataDirectory) {
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setRegisterShutdownHook(false)
				.setLocaleConfig("locale", "C.UTF-8")
				.setLocaleConfig("encoding", "UTF8")
				.setServerConfig("unix_socket_directories", System.getProperty("java.io.tmpdir"))
				.setServerConfig("timezone", "UTC");
			if (properties.port() > 0) {
				ensurePortFree(properties.port());
				builder.setPort(properties.port());
			}
			if (properties.persistent()) {
				Path directory = Path.of(dataDirectory);
				Files.createDirectories(directory);
				builder.setDataDirectory(directory).setCleanDataDirectory(false);
			}
			long started = System.nanoTime();
			EmbeddedPostgres server = startLocked(builder, dataDirectory);
			logger.info("Embedded PostgreSQL started on port " + server.getPort() + " in "
					+ (System.nanoTime() - started) / 1_000_000 + " ms"
					+ (properties.persistent() ? ", data in " + dataDirectory : " (temporary data)"));
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static EmbeddedPostgres startLocked(EmbeddedPostgres.Builder builder, String dataDirectory)
			throws IOException {
		try {
			return builder.start();
		}
		catch (IllegalStateException ex) {
			// Zonky locks the data directory; another running copy of the application
			// holds it.
			if (String.valueOf(ex.getMessage()).contains("could not lock")) {
				throw EmbeddedDatabaseInUseException.dataDirectory(dataDirectory, ex);
			}
			throw ex;
		}
	}

	private static void ensurePortFree(int port) {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			socket.setReuseAddress(true);
		}
		catch (IOException ex) {
			throw EmbeddedDatabaseInUseException.port(port);
		}
	}

	private static String canonical(String directory) {
		try {
			return new File(directory).getCanonicalPath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final class Lease {

		private final EmbeddedPostgres server;

		private int count;

		private Lease(EmbeddedPostgres server) {
			this.server = server;
		}

	}

}
