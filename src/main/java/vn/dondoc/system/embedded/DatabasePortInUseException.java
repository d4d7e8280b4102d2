package vn.dondoc.system.embedded;

/**
 * The port chosen for the embedded PostgreSQL is taken, most often by another running
 * copy of the application.
 */
class DatabasePortInUseException extends RuntimeException {

	private final int port;

	DatabasePortInUseException(int port) {
		super("Port " + port + " for the embedded PostgreSQL is already in use");
		this.port = port;
	}

	int getPort() {
		return this.port;
	}

}
