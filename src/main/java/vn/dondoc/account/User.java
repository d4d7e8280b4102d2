package vn.dondoc.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person who signs in. Belongs to one unit and holds one or more roles. A password set
 * by an administrator is temporary: it must be changed at the next login.
 */
@Entity
@Table(name = "app_user")
public class User {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String fullName;

	private String email;

	private String position;

	@Column(name = "unit_id")
	private Long unitId;

	private String passwordHash;

	private boolean mustChangePassword;

	private boolean active = true;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Version
	private long version;

	/** Changes with whatever a signed-in session may no longer assume (see V21). */
	private int authEpoch;

	private Instant createdAt;

	private Instant passwordChangedAt;

	protected User() {
	}

	/**
	 * A new account with a temporary password chosen by an administrator.
	 */
	public User(String username, String fullName, Long unitId, Set<Role> roles, String temporaryPasswordHash,
			Instant createdAt) {
		this.username = Objects.requireNonNull(username).strip().toLowerCase(java.util.Locale.ROOT);
		this.fullName = Objects.requireNonNull(fullName).strip();
		this.unitId = Objects.requireNonNull(unitId);
		assignRoles(roles);
		this.passwordHash = Objects.requireNonNull(temporaryPasswordHash);
		this.mustChangePassword = true;
		this.createdAt = createdAt;
	}

	void describe(String fullName, String email, String position) {
		this.fullName = Objects.requireNonNull(fullName).strip();
		this.email = blankToNull(email);
		this.position = blankToNull(position);
	}

	void moveToUnit(Long unitId) {
		if (!Objects.requireNonNull(unitId).equals(this.unitId)) {
			this.unitId = unitId;
			this.authEpoch++;
		}
	}

	void assignRoles(Set<Role> roles) {
		if (roles == null || roles.isEmpty()) {
			throw new IllegalArgumentException("A user needs at least one role");
		}
		if (!this.roles.equals(EnumSet.copyOf(roles))) {
			this.roles.clear();
			this.roles.addAll(roles);
			this.authEpoch++;
		}
	}

	/**
	 * The person chose a new password: it is no longer temporary.
	 */
	void changePassword(String newHash, Instant at) {
		this.passwordHash = Objects.requireNonNull(newHash);
		this.mustChangePassword = false;
		this.passwordChangedAt = at;
		this.authEpoch++;
	}

	/**
	 * An administrator set a temporary password: the person must change it at the next
	 * login.
	 */
	void resetPassword(String temporaryHash, Instant at) {
		this.passwordHash = Objects.requireNonNull(temporaryHash);
		this.mustChangePassword = true;
		this.passwordChangedAt = at;
		this.authEpoch++;
	}

	/**
	 * A password that is valid as it is, such as the initial administrator's from the
	 * environment or the demo accounts'.
	 */
	void setPermanentPassword(String hash, Instant at) {
		changePassword(hash, at);
	}

	void deactivate() {
		if (this.active) {
			this.active = false;
			this.authEpoch++;
		}
	}

	void activate() {
		this.active = true;
	}

	Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("username", this.username);
		state.put("fullName", this.fullName);
		state.put("email", this.email);
		state.put("position", this.position);
		state.put("unitId", this.unitId);
		state.put("roles", new TreeSet<>(this.roles.stream().map(Role::name).toList()));
		state.put("active", this.active);
		state.put("mustChangePassword", this.mustChangePassword);
		return state;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getFullName() {
		return this.fullName;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPosition() {
		return this.position;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public boolean isActive() {
		return this.active;
	}

	public Set<Role> getRoles() {
		return Set.copyOf(this.roles);
	}

	/** What a session of this person must carry to be honoured. */
	public int getAuthEpoch() {
		return this.authEpoch;
	}

	public long getVersion() {
		return this.version;
	}

}
