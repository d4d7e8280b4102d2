package vn.dondoc.system.embedded;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a taken database port into one clear line instead of a stack trace.
 */
class DatabasePortInUseFailureAnalyzer extends AbstractFailureAnalyzer<DatabasePortInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabasePortInUseException cause) {
		return new FailureAnalysis(
				"Port " + cause.getPort() + " of the embedded PostgreSQL is already in use"
						+ " (is another copy of the application running?).",
				"Stop the other process, or start with --dondoc.embedded-db.port=<free port>.", cause);
	}

}
