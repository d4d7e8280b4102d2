package vn.dondoc.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works where, for other modules: choosing an officer of a unit, showing names.
 */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

	/** A person as a choice in a form or a name on a page. */
	public record Person(long id, String fullName, long unitId) {
	}

	private final JdbcClient jdbc;

	UserDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What a person is now — unit, roles, whether still active — read from the database,
	 * not from the session, so that a move, a role taken away or a deactivation applies
	 * to the very next step.
	 */
	public Optional<Standing> standing(long userId) {
		return this.jdbc.sql("""
				SELECT u.full_name, u.unit_id, u.active,
				       ARRAY(SELECT r.role FROM app_user_role r WHERE r.user_id = u.id) AS roles
				FROM app_user u WHERE u.id = :id
				""").param("id", userId).query((rs, row) -> {
			Set<Role> roles = EnumSet.noneOf(Role.class);
			for (Object role : (Object[]) rs.getArray("roles").getArray()) {
				roles.add(Role.valueOf((String) role));
			}
			return new Standing(rs.getString("full_name"), rs.getLong("unit_id"), rs.getBoolean("active"), roles);
		}).optional();
	}

	/** A person's unit, roles and state as stored now. */
	public record Standing(String fullName, long unitId, boolean active, Set<Role> roles) {
	}

	/**
	 * An active person's unit and the epoch of their credentials (it moves when their
	 * password, unit or roles change): a feed or token made under another epoch is void.
	 */
	public record Epoch(long unitId, int authEpoch) {
	}

	/**
	 * The epoch of an active person's credentials; empty when the person is not active.
	 */
	public Optional<Epoch> epoch(long userId) {
		return this.jdbc.sql("SELECT unit_id, auth_epoch FROM app_user WHERE id = :id AND active")
			.param("id", userId)
			.query((rs, row) -> new Epoch(rs.getLong(1), rs.getInt(2)))
			.optional();
	}

	public boolean isActiveMemberOf(long userId, Long unitId) {
		return unitId != null
				&& this.jdbc.sql("SELECT count(*) FROM app_user WHERE id = :id AND unit_id = :unit AND active")
					.param("id", userId)
					.param("unit", unitId)
					.query(Long.class)
					.single() > 0;
	}

	/** Active people of the given units, by name. */
	public List<Person> membersOf(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("SELECT id, full_name, unit_id FROM app_user WHERE unit_id IN (:units) AND active ORDER BY full_name")
			.param("units", unitIds)
			.query((rs, row) -> new Person(rs.getLong(1), rs.getString(2), rs.getLong(3)))
			.list();
	}

	/** Active people of every unit, by name. */
	public List<Person> everyone() {
		return this.jdbc.sql("SELECT id, full_name, unit_id FROM app_user WHERE active ORDER BY full_name")
			.query((rs, row) -> new Person(rs.getLong(1), rs.getString(2), rs.getLong(3)))
			.list();
	}

	public Map<Long, String> namesOf(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		List<Long> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
		if (!wanted.isEmpty()) {
			this.jdbc.sql("SELECT id, full_name FROM app_user WHERE id IN (:ids)")
				.param("ids", wanted)
				.query((rs, row) -> names.put(rs.getLong(1), rs.getString(2)))
				.list();
		}
		return names;
	}

	/** People's names by their login, as the audit trail records who acted. */
	public Map<String, String> namesByLogin(Collection<String> logins) {
		Map<String, String> names = new HashMap<>();
		List<String> wanted = logins.stream().filter(java.util.Objects::nonNull).distinct().toList();
		if (!wanted.isEmpty()) {
			this.jdbc.sql("SELECT username, full_name FROM app_user WHERE username IN (:logins)")
				.param("logins", wanted)
				.query((rs) -> {
					names.put(rs.getString(1), rs.getString(2));
				});
		}
		return names;
	}

	/** Whom to write to: name, e-mail address (may be null) and unit. */
	public record Contact(long id, String fullName, String email, long unitId) {
	}

	/**
	 * Active people holding the role, in the given units when some are given
	 * ({@code null}: any unit), by id.
	 */
	public List<Contact> holding(Role role, Collection<Long> unitIds) {
		if (unitIds != null && unitIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT u.id, u.full_name, u.email, u.unit_id FROM app_user u
				JOIN app_user_role r ON r.user_id = u.id AND r.role = :role
				WHERE u.active %s ORDER BY u.id
				""".formatted((unitIds != null) ? "AND u.unit_id IN (:units)" : ""))
			.param("role", role.name())
			.params((unitIds != null) ? Map.of("units", unitIds) : Map.of())
			.query((rs, row) -> new Contact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.list();
	}

	/** The logins (lower-cased) of the active people holding the role. */
	public Set<String> loginsHolding(Role role) {
		return new java.util.HashSet<>(this.jdbc.sql("""
				SELECT lower(u.username) FROM app_user u JOIN app_user_role r ON r.user_id = u.id AND r.role = :role
				WHERE u.active
				""").param("role", role.name()).query(String.class).list());
	}

	/** The active ones of the given people, to write to, by id. */
	public Map<Long, Contact> contacts(Collection<Long> ids) {
		Map<Long, Contact> contacts = new HashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.sql("SELECT id, full_name, email, unit_id FROM app_user WHERE id IN (:ids) AND active")
				.param("ids", ids)
				.query((rs) -> {
					contacts.put(rs.getLong(1),
							new Contact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
				});
		}
		return contacts;
	}

	/** An active person to write to. */
	public Optional<Contact> contact(long id) {
		return this.jdbc.sql("SELECT id, full_name, email, unit_id FROM app_user WHERE id = :id AND active")
			.param("id", id)
			.query((rs, row) -> new Contact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.optional();
	}

	/** The active person signing in under this name (compared as logins compare it). */
	public Optional<Contact> contactNamed(String username) {
		return this.jdbc
			.sql("SELECT id, full_name, email, unit_id FROM app_user WHERE lower(username) = lower(:name) AND active")
			.param("name", username)
			.query((rs, row) -> new Contact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.optional();
	}

}
