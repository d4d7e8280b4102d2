package vn.dondoc.account;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says in one line what a new production installation needs to start.
 */
class MissingAdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<MissingAdminPasswordException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingAdminPasswordException cause) {
		return new FailureAnalysis(cause.getMessage() + ": the first 'admin' account cannot be created.",
				"Set the environment variable DONDOC_ADMIN_PASSWORD (at least " + UserManagement.MIN_PASSWORD_LENGTH
						+ " characters) for the first start.",
				cause);
	}

}
