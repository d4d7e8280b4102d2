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
	 * Every unit's name and the order of the names (as the database sorts them), in one
	 * read: the table is small, so a list reads it once instead of joining it.
	 */
	public UnitNames names() {
		Map<Long, String> byId = new HashMap<>();
		List<Long> order = new java.util.ArrayList<>();
		this.jdbc.sql("SELECT id, name FROM unit ORDER BY name, id").query((rs) -> {
			byId.put(rs.getLong(1), rs.getString(2));
			order.add(rs.getLong(1));
		});
		return new UnitNames(byId, order.toArray(Long[]::new));
	}

	/**
	 * The units' names by id, and their ids in the order of their names: a list of
	 * another module sorts by unit name with {@code array_position(:unitOrder, unit_id)}
	 * bound to {@link #idsInOrder()}, or in memory with {@link #order()}.
	 */
	public record UnitNames(Map<Long, String> byId, Long[] idsInOrder) {

		/** The unit's name ({@code null} for none or an unknown id). */
		public String of(Long id) {
			return (id != null) ? this.byId.get(id) : null;
		}

		/** Unit ids compared as their names sort (unknown ids first). */
		public java.util.Comparator<Long> order() {
			Map<Long, Integer> rank = new HashMap<>();
			for (int i = 0; i < this.idsInOrder.length; i++) {
				rank.put(this.idsInOrder[i], i);
			}
			return java.util.Comparator.comparing((Long id) -> rank.getOrDefault(id, -1));
		}

	}

}
