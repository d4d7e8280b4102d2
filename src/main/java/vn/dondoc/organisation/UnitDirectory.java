package vn.dondoc.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The organisation's published read model of its units for the other modules: names, the
 * order of names, and which units report. Nothing outside this module reads the
 * {@code unit} table; lists that show or sort by a unit's name ask here.
 */
@Service
public class UnitDirectory {

	private final JdbcClient jdbc;

	UnitDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A unit that reports to the Department (every unit but the Department itself).
	 */
	public record UnitName(long id, String name) {
	}

	/** A unit, and whether it reports to the Department (active, not the Department). */
	public record UnitSummary(long id, String name, boolean reporting) {
	}

	/** Every unit, active or not, by name. */
	public List<UnitSummary> all() {
		return this.jdbc.sql("SELECT id, name, active AND kind <> 'DEPARTMENT' FROM unit ORDER BY name, id")
			.query((rs, n) -> new UnitSummary(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
			.list();
	}

	/**
	 * Names of the given units (missing ids are left out).
	 */
	public Map<Long, String> namesOf(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		this.jdbc.sql("SELECT id, name FROM unit WHERE id IN (:ids)")
			.param("ids", ids)
			.query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
			.list();
		return names;
	}

	/**
	 * Every unit's name by id (the table is small: a list reads it once instead of
	 * joining it).
	 */
	public Map<Long, String> allNames() {
		Map<Long, String> names = new HashMap<>();
		this.jdbc.sql("SELECT id, name FROM unit").query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
		return names;
	}

	/**
	 * Every unit's id, ordered by name (then id) as the database sorts them: a list of
	 * another module sorts by unit name with {@code array_position(:order, unit_id)}.
	 */
	public Long[] idsInNameOrder() {
		return this.jdbc.sql("SELECT id FROM unit ORDER BY name, id").query(Long.class).list().toArray(Long[]::new);
	}

	/**
	 * The active units that report to the Department (every unit but the Department), by
	 * name.
	 */
	public List<UnitName> reportingUnits() {
		return this.jdbc.sql("SELECT id, name FROM unit WHERE active AND kind <> 'DEPARTMENT' ORDER BY name, id")
			.query((rs, n) -> new UnitName(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/**
	 * The active units that report to the Department, only those given when some are
	 * (none given: all), by name.
	 */
	public List<UnitName> reportingUnits(Collection<Long> only) {
		List<UnitName> all = reportingUnits();
		return (only == null || only.isEmpty()) ? all
				: all.stream().filter((unit) -> only.contains(unit.id())).toList();
	}

	/**
	 * Unit ids compared as their names sort (unknown ids first): for a list of another
	 * module put in the order of its units' names.
	 */
	public java.util.Comparator<Long> nameOrder() {
		Long[] order = idsInNameOrder();
		Map<Long, Integer> rank = new HashMap<>();
		for (int i = 0; i < order.length; i++) {
			rank.put(order[i], i);
		}
		return java.util.Comparator.comparing((Long id) -> rank.getOrDefault(id, -1));
	}

	/**
	 * The name of a unit that reports to the Department, if it is one.
	 * @param activeOnly whether a deactivated unit counts
	 */
	public Optional<String> reportingUnitName(long id, boolean activeOnly) {
		return this.jdbc
			.sql("SELECT name FROM unit WHERE id = :id AND kind <> 'DEPARTMENT'" + (activeOnly ? " AND active" : ""))
			.param("id", id)
			.query(String.class)
			.optional();
	}

	/**
	 * How many of the given units are active units that report to the Department.
	 */
	public long countReportingUnits(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("SELECT count(*) FROM unit WHERE id IN (:ids) AND active AND kind <> 'DEPARTMENT'")
			.param("ids", ids)
			.query(Long.class)
			.single();
	}

}
