package vn.dondoc.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the sessions of a person whose access changed, once the change is committed. The
 * sessions live in the database, so every node loses them at once; the
 * {@link SessionGuard} refuses any that a request still holds in memory.
 */
@Component
class SessionTermination {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	SessionTermination(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.sessions = sessions;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(AccessChanged change) {
		FindByIndexNameSessionRepository<? extends Session> repository = this.sessions.getIfAvailable();
		if (repository == null) {
			return;
		}
		for (String id : repository.findByPrincipalName(change.username()).keySet()) {
			if (!id.equals(change.keepSessionId())) {
				repository.deleteById(id);
			}
		}
	}

}
