package vn.dondoc.organisation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A unit of the organisation. Units form a tree through their parent; a unit is never
 * deleted once people belong to it, only deactivated.
 */
@Entity
@Table(name = "unit")
public class Unit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "parent_id")
	private Long parentId;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private UnitKind kind;

	private boolean active = true;

	@Version
	private long version;

	private Instant createdAt;

	protected Unit() {
	}

	public Unit(String code, String name, UnitKind kind, Long parentId, Instant createdAt) {
		this.code = Objects.requireNonNull(code);
		this.name = Objects.requireNonNull(name);
		this.kind = Objects.requireNonNull(kind);
		this.parentId = parentId;
		this.createdAt = createdAt;
	}

	void describe(String code, String name, UnitKind kind) {
		this.code = Objects.requireNonNull(code);
		this.name = Objects.requireNonNull(name);
		this.kind = Objects.requireNonNull(kind);
	}

	void moveTo(Long parentId) {
		if (this.id != null && this.id.equals(parentId)) {
			throw new IllegalArgumentException("A unit cannot be its own parent");
		}
		this.parentId = parentId;
	}

	void deactivate() {
		this.active = false;
	}

	void activate() {
		this.active = true;
	}

	Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("code", this.code);
		state.put("name", this.name);
		state.put("kind", this.kind.name());
		state.put("parentId", this.parentId);
		state.put("active", this.active);
		return state;
	}

	public Long getId() {
		return this.id;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public UnitKind getKind() {
		return this.kind;
	}

	public boolean isActive() {
		return this.active;
	}

	public long getVersion() {
		return this.version;
	}

}
