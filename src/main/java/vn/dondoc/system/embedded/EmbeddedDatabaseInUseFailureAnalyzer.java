package vn.dondoc.system.embedded;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a taken database port or data directory into one clear line instead of a stack
 * trace.
 */
class EmbeddedDatabaseInUseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseInUseException cause) {
		return new FailureAnalysis(cause.getMessage() + " (is another copy of the application running?).",
				"Stop the other copy, or start with --dondoc.embedded-db.port=<free port> and"
						+ " --dondoc.embedded-db.data-directory=<another directory>.",
				cause);
	}

}
