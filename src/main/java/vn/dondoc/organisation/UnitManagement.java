package vn.dondoc.organisation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import vn.dondoc.audit.AuditTrail;
import vn.dondoc.common.RuleViolation;

/**
 * Creating, renaming, moving, deactivating and deleting units, and reading the tree.
 */
@Service
@Transactional
public class UnitManagement {

	static final String AUDIT_TYPE = "UNIT";

	private final Units units;

	private final List<UnitReferenceCheck> references;

	private final AuditTrail audit;

	private final Clock clock;

	UnitManagement(Units units, List<UnitReferenceCheck> references, AuditTrail audit, Clock clock) {
		this.units = units;
		this.references = references;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Every unit in tree order (parents before children, siblings by name), with its
	 * depth.
	 */
	@Transactional(readOnly = true)
	public List<UnitNode> tree() {
		List<Unit> all = this.units.findAll();
		Map<Long, List<Unit>> children = all.stream()
			.filter((unit) -> unit.getParentId() != null)
			.collect(Collectors.groupingBy(Unit::getParentId));
		Comparator<Unit> byName = Comparator.comparing(Unit::getName, String.CASE_INSENSITIVE_ORDER);
		List<UnitNode> nodes = new ArrayList<>();
		all.stream()
			.filter((unit) -> unit.getParentId() == null)
			.sorted(byName)
			.forEach((root) -> addSubtree(root, 0, children, byName, nodes));
		return nodes;
	}

	private void addSubtree(Unit unit, int depth, Map<Long, List<Unit>> children, Comparator<Unit> order,
			List<UnitNode> nodes) {
		List<Unit> kids = children.getOrDefault(unit.getId(), List.of());
		nodes.add(new UnitNode(unit.getId(), unit.getParentId(), unit.getCode(), unit.getName(), unit.getKind(),
				unit.isActive(), unit.getVersion(), depth, !kids.isEmpty()));
		kids.stream().sorted(order).forEach((child) -> addSubtree(child, depth + 1, children, order, nodes));
	}

	/**
	 * Active units in tree order, for choosing one in a form.
	 */
	@Transactional(readOnly = true)
	public List<UnitNode> activeTree() {
		return tree().stream().filter(UnitNode::active).toList();
	}

	/**
	 * Active units by code, upper-cased: how other systems and spreadsheets name a unit.
	 */
	@Transactional(readOnly = true)
	public Map<String, Long> activeIdsByCode() {
		Map<String, Long> codes = new HashMap<>();
		for (UnitNode node : activeTree()) {
			codes.put(node.code().toUpperCase(java.util.Locale.ROOT), node.id());
		}
		return codes;
	}

	@Transactional(readOnly = true)
	public Optional<Unit> find(long id) {
		return this.units.findById(id);
	}

	@Transactional(readOnly = true)
	public boolean isActiveUnit(Long id) {
		return id != null && this.units.findById(id).map(Unit::isActive).orElse(false);
	}

	/**
	 * The root of the tree (the Department), made with the given name when there is no
	 * unit yet: the first administrator needs a unit to belong to. @return its id
	 */
	public long ensureRoot(String name) {
		return this.units.findAll()
			.stream()
			.filter((unit) -> unit.getParentId() == null)
			.findFirst()
			.orElseGet(() -> create("SO", name, UnitKind.DEPARTMENT, null))
			.getId();
	}

	/** Whether any unit exists. */
	@Transactional(readOnly = true)
	public boolean any() {
		return this.units.count() > 0;
	}

	public Unit create(String code, String name, UnitKind kind, Long parentId) {
		checkCode(code, null);
		checkParent(parentId, null);
		Unit unit = this.units.save(new Unit(code.strip(), name.strip(), kind, parentId, this.clock.instant()));
		this.audit.recordChange("UNIT_CREATED", AUDIT_TYPE, unit.getId(), unit.getName(), null, unit.auditState());
		return unit;
	}

	public Unit update(long id, long version, String code, String name, UnitKind kind, Long parentId) {
		Unit unit = load(id, version);
		checkCode(code, id);
		if (!java.util.Objects.equals(parentId, unit.getParentId())) {
			checkParent(parentId, id);
		}
		Map<String, Object> before = unit.auditState();
		unit.describe(code.strip(), name.strip(), kind);
		unit.moveTo(parentId);
		this.units.saveAndFlush(unit);
		this.audit.recordChange("UNIT_UPDATED", AUDIT_TYPE, id, unit.getName(), before, unit.auditState());
		return unit;
	}

	public void deactivate(long id, long version) {
		Unit unit = load(id, version);
		boolean activeChild = this.units.findByParentId(id).stream().anyMatch(Unit::isActive);
		if (activeChild) {
			throw new RuleViolation(null, "unit.deactivate.activeChildren");
		}
		Map<String, Object> before = unit.auditState();
		unit.deactivate();
		this.units.saveAndFlush(unit);
		this.audit.recordChange("UNIT_DEACTIVATED", AUDIT_TYPE, id, unit.getName(), before, unit.auditState());
	}

	public void activate(long id, long version) {
		Unit unit = load(id, version);
		if (unit.getParentId() != null && !isActiveUnit(unit.getParentId())) {
			throw new RuleViolation(null, "unit.activate.inactiveParent");
		}
		Map<String, Object> before = unit.auditState();
		unit.activate();
		this.units.saveAndFlush(unit);
		this.audit.recordChange("UNIT_ACTIVATED", AUDIT_TYPE, id, unit.getName(), before, unit.auditState());
	}

	/**
	 * Deletes a unit that nothing refers to; a unit with members or sub-units can only be
	 * deactivated.
	 */
	public void delete(long id, long version) {
		Unit unit = load(id, version);
		if (this.units.existsByParentId(id)) {
			throw new RuleViolation(null, "unit.delete.hasChildren");
		}
		for (UnitReferenceCheck reference : this.references) {
			long count = reference.countFor(id);
			if (count > 0) {
				throw new RuleViolation(null, reference.messageKey(), count);
			}
		}
		Map<String, Object> before = unit.auditState();
		this.units.delete(unit);
		this.units.flush();
		this.audit.recordChange("UNIT_DELETED", AUDIT_TYPE, id, unit.getName(), before, null);
	}

	private Unit load(long id, long version) {
		Unit unit = this.units.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (unit.getVersion() != version) {
			throw new OptimisticLockingFailureException("Unit " + id + " was changed by someone else");
		}
		return unit;
	}

	private void checkCode(String code, Long exceptId) {
		if (this.units.codeTaken(code.strip(), exceptId)) {
			throw new RuleViolation("code", "unit.code.taken");
		}
	}

	private void checkParent(Long parentId, Long movingId) {
		if (parentId == null) {
			return;
		}
		Map<Long, Unit> all = this.units.findAll().stream().collect(Collectors.toMap(Unit::getId, (u) -> u));
		Unit parent = all.get(parentId);
		if (parent == null || !parent.isActive()) {
			throw new RuleViolation("parentId", "unit.parent.invalid");
		}
		// Moving a unit under itself or one of its descendants would cut a branch off the
		// tree.
		for (Unit ancestor = parent; ancestor != null; ancestor = all.get(ancestor.getParentId())) {
			if (ancestor.getId().equals(movingId)) {
				throw new RuleViolation("parentId", "unit.parent.cycle");
			}
			if (ancestor.getParentId() == null) {
				break;
			}
		}
	}

}
