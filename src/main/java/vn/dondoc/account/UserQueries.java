package vn.dondoc.account;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import vn.dondoc.organisation.UnitDirectory;

/**
 * The account list: one query for the page, one for the count, whatever the page size.
 */
@Service
@Transactional(readOnly = true)
public class UserQueries {

	/** Sort keys offered to the user, mapped to safe SQL. */
	/** Sorting by unit name without reading the organisation's table. */
	private static final String UNIT_ORDER = "array_position(CAST(:unitOrder AS bigint[]), u.unit_id)";

	static final Map<String, String> SORTS = Map.of("username", "u.username", "fullName", "u.full_name", "unit",
			UNIT_ORDER, "-username", "u.username DESC", "-fullName", "u.full_name DESC", "-unit", UNIT_ORDER + " DESC");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final UnitDirectory units;

	UserQueries(JdbcClient jdbc, UnitDirectory units, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.clock = clock;
	}

	/**
	 * @param text part of the username or full name, without regard to diacritics or case
	 * @param unitId only this unit, or null
	 * @param role only holders of this role, or null
	 * @param active only active (true) or inactive (false) accounts, or null for both
	 * @param sort one of {@link #SORTS}' keys; anything else sorts by username
	 */
	public Page<UserRow> search(String text, Long unitId, Role role, Boolean active, String sort, Pageable pageable) {
		StringBuilder where = new StringBuilder(" WHERE TRUE");
		Map<String, Object> params = new HashMap<>();
		if (StringUtils.hasText(text)) {
			where.append(" AND (unaccent(lower(u.full_name)) LIKE '%' || unaccent(lower(:text)) || '%'"
					+ " OR lower(u.username) LIKE '%' || lower(:text) || '%')");
			params.put("text", text.strip());
		}
		if (unitId != null) {
			where.append(" AND u.unit_id = :unit");
			params.put("unit", unitId);
		}
		if (role != null) {
			where.append(" AND EXISTS (SELECT 1 FROM app_user_role r WHERE r.user_id = u.id AND r.role = :role)");
			params.put("role", role.name());
		}
		if (active != null) {
			where.append(" AND u.active = :active");
			params.put("active", active);
		}
		String order = (sort != null) ? SORTS.getOrDefault(sort, "u.username") : "u.username";
		String from = " FROM app_user u";
		long total = this.jdbc.sql("SELECT count(*)" + from + where).params(params).query(Long.class).single();
		params.put("now", Timestamp.from(this.clock.instant()));
		UnitDirectory.UnitNames unitNames = this.units.names();
		if (order.contains(":unitOrder")) {
			params.put("unitOrder", unitNames.idsInOrder());
		}
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		List<UserRow> rows = this.jdbc.sql("""
				SELECT u.id, u.username, u.full_name, u.position, u.unit_id, u.active,
				       u.must_change_password, u.version,
				       ARRAY(SELECT r.role FROM app_user_role r WHERE r.user_id = u.id ORDER BY r.role) AS roles,
				       EXISTS (SELECT 1 FROM login_attempt a WHERE a.username = lower(u.username)
				               AND a.locked_until > :now) AS locked
				""" + from + where + " ORDER BY " + order + ", u.id LIMIT :limit OFFSET :offset")
			.params(params)
			.query(UserQueries::map)
			.list();
		return new PageImpl<>(rows.stream().map((r) -> r.withUnitName(unitNames.of(r.unitId()))).toList(), pageable,
				total);
	}

	private static UserRow map(ResultSet rs, int row) throws SQLException {
		Array roles = rs.getArray("roles");
		List<Role> roleList = Arrays.stream((Object[]) roles.getArray()).map((r) -> Role.valueOf((String) r)).toList();
		return new UserRow(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
				rs.getString("position"), rs.getLong("unit_id"), null, roleList, rs.getBoolean("active"),
				rs.getBoolean("must_change_password"), rs.getBoolean("locked"), rs.getLong("version"));
	}

}
