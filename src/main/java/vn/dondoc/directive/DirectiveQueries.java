package vn.dondoc.directive;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.account.Actor;
import vn.dondoc.organisation.UnitDirectory;
import vn.dondoc.account.Role;
import vn.dondoc.common.Texts;

/**
 * The directive register (sổ theo dõi): one query for the page, one for the total.
 * Confidential placeholders are listed only to those allowed to know they exist.
 */
@Service
@Transactional(readOnly = true)
public class DirectiveQueries {

	static final Map<String, String> SORTS = Map.of("received", "d.received_date, d.id", "-received",
			"d.received_date DESC, d.id DESC", "issued", "d.issue_date, d.id", "-issued",
			"d.issue_date DESC, d.id DESC", "number", "d.number_symbol, d.id", "-number", "d.number_symbol DESC, d.id");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final UnitDirectory units;

	DirectiveQueries(JdbcClient jdbc, UnitDirectory units, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.clock = clock;
	}

	public Page<DirectiveRow> search(DirectiveFilter filter, Actor actor) {
		StringBuilder where = new StringBuilder(" WHERE TRUE");
		Map<String, Object> params = new HashMap<>();
		visibility(actor, where, params);
		// Every word typed, in any order, with or without diacritics (the last also as a
		// word's start): found in the directive's words (number, kind and its
		// abbreviation, issuer, summary, signer) or in one of its tasks' (their content).
		// Both are word indexes; the literal holds only [a-z0-9&:* ].
		String text = vn.dondoc.common.SearchWords.tsquery(filter.getQ());
		String found = "";
		if (text != null) {
			// Computed once, before the directives are read (and not again by each
			// parallel worker).
			found = "WITH found AS MATERIALIZED (SELECT x.id FROM directive x WHERE x.search_words @@ to_tsquery('simple', '"
					+ text + "') UNION SELECT t.directive_id FROM task t WHERE t.search_words @@ to_tsquery('simple', '"
					+ text + "')) ";
			where.append(" AND d.id IN (SELECT id FROM found)");
		}
		String number = Texts.clean(filter.getNumber());
		if (number != null) {
			where.append(" AND upper(d.number_symbol) LIKE '%' || upper(:number) || '%'");
			params.put("number", TaskQueries.escapeLike(number));
		}
		if (filter.getIssuer() != null) {
			where.append(" AND d.issuer = :issuer");
			params.put("issuer", filter.getIssuer().name());
		}
		if (filter.getKind() != null) {
			where.append(" AND d.kind = :kind");
			params.put("kind", filter.getKind().name());
		}
		String signer = Texts.clean(filter.getSigner());
		if (signer != null) {
			where.append(" AND dondoc_fold(d.signer) LIKE '%' || dondoc_fold(:signer) || '%'");
			params.put("signer", TaskQueries.escapeLike(signer));
		}
		if (filter.getFrom() != null) {
			where.append(" AND d.received_date >= :from");
			params.put("from", Date.valueOf(filter.getFrom()));
		}
		if (filter.getTo() != null) {
			where.append(" AND d.received_date <= :to");
			params.put("to", Date.valueOf(filter.getTo()));
		}
		if (filter.getStatus() != null) {
			where.append(" AND d.status = :status");
			params.put("status", filter.getStatus().name());
		}
		if (filter.getConfidential() != null) {
			where.append(filter.getConfidential() ? " AND d.confidentiality <> 'NORMAL'"
					: " AND d.confidentiality = 'NORMAL'");
		}
		Pageable pageable = PageRequest.of(filter.getPage(), filter.pageSize());
		params.put("limit", filter.pageSize());
		params.put("offset", pageable.getOffset());
		String order = SORTS.getOrDefault(String.valueOf(filter.getSort()), SORTS.get("-received"));
		// The page's ids first (a search counts its matches on the way), then only
		// those rows are joined to their unit and their tasks' counts.
		long[] total = { -1 };
		List<Long> ids = this.jdbc
			.sql(found + "SELECT d.id" + ((text != null) ? ", count(*) OVER () AS total" : "") + " FROM directive d"
					+ where + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
			.params(params)
			.query((rs, row) -> {
				if (text != null) {
					total[0] = rs.getLong("total");
				}
				return rs.getLong("id");
			})
			.list();
		if (total[0] < 0 && text != null && pageable.getOffset() == 0) {
			total[0] = 0;
		}
		if (total[0] < 0) {
			total[0] = this.jdbc.sql(found + "SELECT count(*) FROM directive d" + where)
				.params(params)
				.query(Long.class)
				.single();
		}
		// Why a directive matched when its own words do not show it: its first task that
		// did.
		String matched = (text == null) ? "NULL" : """
				(SELECT left(m.content, 300) FROM task m WHERE m.directive_id = d.id AND d.confidentiality = 'NORMAL'
				   AND m.search_words @@ to_tsquery('simple', '%s') ORDER BY m.seq LIMIT 1)""".formatted(text);
		UnitDirectory.UnitNames unitNames = this.units.names();
		List<DirectiveRow> rows = this.jdbc
			.sql("""
					SELECT d.id, d.register_code, d.confidentiality, d.kind, d.number_symbol, left(d.summary, 300) AS summary,
					       d.issue_date, d.issuer, d.received_date, d.status, d.lead_unit_id,
					       c.tasks, c.open_tasks, c.overdue_tasks, %s AS matched_task
					FROM directive d
					LEFT JOIN LATERAL (
					  SELECT count(*) AS tasks, count(*) FILTER (WHERE %s) AS open_tasks,
					         count(*) FILTER (WHERE %s) AS overdue_tasks
					  FROM task t WHERE t.directive_id = d.id) c ON TRUE
					WHERE d.id IN (:ids) ORDER BY %s
					"""
				.formatted(matched, TaskQueries.OPEN, TaskQueries.timeliness(Timeliness.OVERDUE), order))
			.param("ids", ids.isEmpty() ? List.of(-1L) : ids)
			.param("today", Date.valueOf(LocalDate.now(this.clock)))
			.query((rs, row) -> new DirectiveRow(rs.getLong("id"), rs.getString("register_code"),
					Confidentiality.valueOf(rs.getString("confidentiality")),
					enumOf(DirectiveKind.class, rs.getString("kind")), rs.getString("number_symbol"),
					rs.getString("summary"), TaskQueries.localDate(rs, "issue_date"),
					enumOf(Issuer.class, rs.getString("issuer")), TaskQueries.localDate(rs, "received_date"),
					Directive.State.valueOf(rs.getString("status")),
					unitNames.of(rs.getObject("lead_unit_id", Long.class)), rs.getInt("tasks"), rs.getInt("open_tasks"),
					rs.getInt("overdue_tasks"), rs.getString("matched_task")))
			.list();
		return new PageImpl<>(rows, pageable, total[0]);
	}

	/**
	 * Placeholders are seen by leadership, the office, the administrator and the head of
	 * their lead unit; for everyone else they do not exist (SPEC §4).
	 */
	static void visibility(Actor actor, StringBuilder where, Map<String, Object> params) {
		if (actor.has(Role.LEADER) || actor.has(Role.OFFICE) || actor.has(Role.ADMIN)) {
			return;
		}
		if (actor.has(Role.UNIT_HEAD)) {
			where.append(" AND (d.confidentiality = 'NORMAL' OR d.lead_unit_id = :headUnit)");
			params.put("headUnit", actor.unitId());
		}
		else {
			where.append(" AND d.confidentiality = 'NORMAL'");
		}
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
		return (value != null) ? Enum.valueOf(type, value) : null;
	}

}
