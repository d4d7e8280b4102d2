package vn.dondoc.system.embedded;

/**
 * The port or the data directory of the embedded PostgreSQL is taken, most often by
 * another running copy of the application.
 */
class EmbeddedDatabaseInUseException extends RuntimeException {

	EmbeddedDatabaseInUseException(String message, Throwable cause) {
		super(message, cause);
	}

	static EmbeddedDatabaseInUseException port(int port) {
		return new EmbeddedDatabaseInUseException("Port " + port + " for the embedded PostgreSQL is already in use",
				null);
	}

	static EmbeddedDatabaseInUseException dataDirectory(String directory, Throwable cause) {
		return new EmbeddedDatabaseInUseException(
				"The embedded PostgreSQL data directory " + directory + " is in use by another process", cause);
	}

}
