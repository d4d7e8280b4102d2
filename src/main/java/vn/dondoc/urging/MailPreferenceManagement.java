package vn.dondoc.urging;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which reminders each person gets by e-mail. Stored as what they turned off, so that a
 * new kind of reminder reaches everyone until they choose otherwise.
 */
@Service
public class MailPreferenceManagement {

	private final JdbcClient jdbc;

	MailPreferenceManagement(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Set<MailKind> wanted(long userId) {
		Set<MailKind> wanted = EnumSet.allOf(MailKind.class);
		this.jdbc.sql("SELECT kind FROM mail_opt_out WHERE user_id = :user")
			.param("user", userId)
			.query(String.class)
			.list()
			.forEach((kind) -> wanted.remove(MailKind.valueOf(kind)));
		return wanted;
	}

	@Transactional(readOnly = true)
	public boolean wants(long userId, MailKind kind) {
		return !kind.isOptional() || this.jdbc
			.sql("SELECT NOT EXISTS (SELECT 1 FROM mail_opt_out WHERE user_id = :user AND kind = :kind)")
			.param("user", userId)
			.param("kind", kind.name())
			.query(Boolean.class)
			.single();
	}

	/**
	 * Keeps the optional kinds in {@code wanted} and turns the other optional kinds off;
	 * kinds that cannot be turned off are ignored.
	 */
	@Transactional
	public void choose(long userId, Set<MailKind> wanted) {
		this.jdbc.sql("DELETE FROM mail_opt_out WHERE user_id = :user").param("user", userId).update();
		Arrays.stream(MailKind.values())
			.filter((kind) -> kind.isOptional() && !wanted.contains(kind))
			.forEach((kind) -> this.jdbc.sql("INSERT INTO mail_opt_out (user_id, kind) VALUES (:user, :kind)")
				.param("user", userId)
				.param("kind", kind.name())
				.update());
	}

}
