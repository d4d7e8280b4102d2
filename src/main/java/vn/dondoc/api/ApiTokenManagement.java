package vn.dondoc.api;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.account.Role;
import vn.dondoc.account.UserDirectory;
import vn.dondoc.audit.AuditTrail;
import vn.dondoc.common.RuleViolation;
import vn.dondoc.common.SecretTokens;
import vn.dondoc.common.Texts;

/**
 * Creates, lists, revokes and checks API tokens. A token is {@code dd_} and 32 random
 * bytes; only its hash is kept.
 */
@Service
@Transactional
public class ApiTokenManagement {

	/** A token as listed (never the token itself). */
	/**
	 * @param makerAdmin whether its maker is still an active administrator (else it no
	 * longer works)
	 */
	public record Listed(long id, String name, List<String> scopes, String createdBy, Instant createdAt,
			Instant revokedAt, Instant lastUsedAt, boolean makerAdmin) {

		public boolean live() {
			return this.revokedAt == null && this.makerAdmin;
		}

	}

	/** The caller a valid token stands for. */
	record Client(long id, String name, Set<ApiScope> scopes) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditTrail audit;

	private final UserDirectory people;

	ApiTokenManagement(JdbcClient jdbc, UserDirectory people, Clock clock, AuditTrail audit) {
		this.jdbc = jdbc;
		this.people = people;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * @return the token, to be shown once
	 */
	public String create(String name, Set<ApiScope> scopes, String by) {
		String cleaned = Texts.clean(name);
		if (cleaned == null || cleaned.length() > 100) {
			throw new RuleViolation("name", "api.name.required");
		}
		if (scopes == null || scopes.isEmpty()) {
			throw new RuleViolation("scopes", "api.scopes.required");
		}
		String token = SecretTokens.newToken("dd_");
		String scopeList = scopes.stream().map(ApiScope::value).sorted().collect(Collectors.joining(" "));
		long id = this.jdbc.sql("""
				INSERT INTO api_token (name, token_hash, scopes, created_by, created_at)
				VALUES (:name, :hash, :scopes, :by, :at) RETURNING id
				""")
			.param("name", cleaned)
			.param("hash", SecretTokens.hash(token))
			.param("scopes", scopeList)
			.param("by", by)
			.param("at", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		this.audit.recordChange("API_TOKEN_CREATED", "API_TOKEN", id, cleaned, null,
				java.util.Map.of("name", cleaned, "scopes", scopeList));
		return token;
	}

	public void revoke(long id) {
		int changed = this.jdbc.sql("UPDATE api_token SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
			.param("at", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.update();
		if (changed == 1) {
			this.audit.recordChange("API_TOKEN_REVOKED", "API_TOKEN", id, "#" + id, java.util.Map.of("revoked", false),
					java.util.Map.of("revoked", true));
		}
	}

	@Transactional(readOnly = true)
	public List<Listed> list() {
		java.util.Set<String> administrators = this.people.loginsHolding(Role.ADMIN);
		return this.jdbc.sql("""
				SELECT id, name, scopes, created_by, created_at, revoked_at, last_used_at FROM api_token
				ORDER BY revoked_at IS NOT NULL, created_at DESC
				""")
			.query((rs, row) -> new Listed(rs.getLong(1), rs.getString(2), Arrays.asList(rs.getString(3).split(" ")),
					rs.getString(4), rs.getTimestamp(5).toInstant(),
					(rs.getTimestamp(6) != null) ? rs.getTimestamp(6).toInstant() : null,
					(rs.getTimestamp(7) != null) ? rs.getTimestamp(7).toInstant() : null,
					administrators.contains(rs.getString(4).toLowerCase(java.util.Locale.ROOT))))
			.list();
	}

	/**
	 * The client of a live token, noting when it was last used. A token lives no longer
	 * than its maker's power to make it: its maker must still be an active administrator.
	 */
	Optional<Client> authenticate(String token) {
		if (token == null || !token.matches("dd_[A-Za-z0-9_-]{43}")) {
			return Optional.empty();
		}
		java.util.Set<String> administrators = this.people.loginsHolding(Role.ADMIN);
		if (administrators.isEmpty()) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				UPDATE api_token SET last_used_at = :at WHERE token_hash = :hash AND revoked_at IS NULL
				  AND lower(created_by) IN (:administrators)
				RETURNING id, name, scopes
				""")
			.param("at", Timestamp.from(this.clock.instant()))
			.param("hash", SecretTokens.hash(token))
			.param("administrators", administrators)
			.query((rs, row) -> new Client(rs.getLong(1), rs.getString(2),
					Arrays.stream(rs.getString(3).split(" "))
						.map((value) -> Arrays.stream(ApiScope.values())
							.filter((scope) -> scope.value().equals(value))
							.findFirst()
							.orElseThrow())
						.collect(Collectors.toUnmodifiableSet())))
			.optional();
	}

}
