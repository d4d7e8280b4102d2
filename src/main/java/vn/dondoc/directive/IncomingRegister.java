package vn.dondoc.directive;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.organisation.UnitDirectory;

/**
 * The follow-up register of incoming documents (Sổ theo dõi giải quyết văn bản đến, Nghị
 * định 30/2020, Appendix IV): one entry per directive received in a date range, with what
 * its tasks say about who handles it, by when, how far it got and which written answers
 * were sent. One statement reads every entry, its tasks summed up in a lateral join, so a
 * year of a province is read in one pass; the documents stream it through a cursor.
 *
 * <p>
 * Confidential placeholders are left out: the register is read by the planning office,
 * which may not even know that a placeholder exists (SPEC §4), and a placeholder has no
 * document to describe; they are kept in the confidential register on paper.
 */
@Service
@Transactional(readOnly = true)
public class IncomingRegister {

	/** One directive of the register with its tasks summed up. */
	public record Entry(long directiveId, String registerCode, LocalDate receivedDate, DirectiveKind kind,
			String numberSymbol, LocalDate issueDate, Issuer issuer, boolean returned, String units,
			List<LocalDate> deadlines, int tasks, int onTime, int late, int within, int overdue, int noDeadline,
			int returnedTasks, String replies, boolean extended) {

		public int done() {
			return this.onTime + this.late;
		}

	}

	private static final String FROM = """
			FROM directive d
			WHERE d.confidentiality = 'NORMAL' AND d.received_date BETWEEN :from AND :to
			""";

	private static final String SELECT = """
			SELECT d.id, d.register_code, d.received_date, d.kind, d.number_symbol, d.issue_date, d.issuer,
			       d.status = 'RETURNED' AS returned, a.units, a.deadlines, coalesce(a.tasks, 0) AS tasks,
			       a.on_time, a.late, a.within, a.overdue, a.no_deadline, a.returned_tasks, a.replies, a.extended
			FROM directive d
			LEFT JOIN LATERAL (
			  SELECT array_agg(DISTINCT t.lead_unit_id) AS units,
			         array_agg(DISTINCT t.deadline ORDER BY t.deadline) FILTER (WHERE t.deadline IS NOT NULL
			           AND t.status <> 'RETURNED') AS deadlines,
			         count(*) AS tasks,
			         count(*) FILTER (WHERE %1$s) AS on_time, count(*) FILTER (WHERE %2$s) AS late,
			         count(*) FILTER (WHERE %3$s) AS within, count(*) FILTER (WHERE %4$s) AS overdue,
			         count(*) FILTER (WHERE %5$s) AS no_deadline, count(*) FILTER (WHERE %6$s) AS returned_tasks,
			         string_agg(DISTINCT t.notice_number, '; ' ORDER BY t.notice_number) AS replies,
			         bool_or(t.deadline <> t.original_deadline) AS extended
			  FROM task t
			  WHERE t.directive_id = d.id) a ON TRUE
			WHERE d.confidentiality = 'NORMAL' AND d.received_date BETWEEN :from AND :to
			""".formatted(TaskQueries.timeliness(Timeliness.ON_TIME), TaskQueries.timeliness(Timeliness.LATE),
			TaskQueries.timeliness(Timeliness.WITHIN), TaskQueries.timeliness(Timeliness.OVERDUE),
			TaskQueries.timeliness(Timeliness.NO_DEADLINE), TaskQueries.timeliness(Timeliness.NOT_MEASURED));

	private final JdbcClient jdbc;

	private final JdbcClient streaming;

	private final UnitDirectory units;

	private final Clock clock;

	IncomingRegister(JdbcClient jdbc, DataSource dataSource, UnitDirectory units, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.streaming = Cursors.client(dataSource, 500);
		this.clock = clock;
	}

	/** A page of the register, in the order of receipt or (newest first) the reverse. */
	public Page<Entry> page(LocalDate from, LocalDate to, boolean newestFirst, int page) {
		long total = this.jdbc.sql("SELECT count(*) " + FROM)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query(Long.class)
			.single();
		PageRequest pageable = PageRequest.of(page, TaskQueries.PAGE_SIZE);
		UnitDirectory.UnitNames names = this.units.names();
		List<Entry> entries = this.jdbc
			.sql(SELECT + order(newestFirst) + " LIMIT " + TaskQueries.PAGE_SIZE + " OFFSET " + pageable.getOffset())
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.param("today", Date.valueOf(LocalDate.now(this.clock)))
			.query((rs, row) -> entry(rs, names))
			.list();
		return new PageImpl<>(entries, pageable, total);
	}

	/**
	 * Every entry of the range in the order of receipt, read through a cursor and handed
	 * over one at a time.
	 * @return how many entries there were
	 */
	public int each(LocalDate from, LocalDate to, Consumer<Entry> consumer) {
		int[] count = { 0 };
		UnitDirectory.UnitNames names = this.units.names();
		this.streaming.sql(SELECT + order(false))
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.param("today", Date.valueOf(LocalDate.now(this.clock)))
			.query((rs) -> {
				consumer.accept(entry(rs, names));
				count[0]++;
			});
		return count[0];
	}

	private static String order(boolean newestFirst) {
		return newestFirst ? " ORDER BY d.received_date DESC, d.id DESC" : " ORDER BY d.received_date, d.id";
	}

	/** The lead units' names, by name, separated by semicolons. */
	private static String unitNames(Array ids, UnitDirectory.UnitNames names) throws SQLException {
		if (ids == null) {
			return null;
		}
		return java.util.Arrays.stream((Object[]) ids.getArray())
			.map((id) -> (Long) id)
			.sorted(names.order())
			.map(names::of)
			.collect(java.util.stream.Collectors.joining("; "));
	}

	private static Entry entry(ResultSet rs, UnitDirectory.UnitNames names) throws SQLException {
		return new Entry(rs.getLong("id"), rs.getString("register_code"), date(rs, "received_date"),
				DirectiveKind.valueOf(rs.getString("kind")), rs.getString("number_symbol"), date(rs, "issue_date"),
				Issuer.valueOf(rs.getString("issuer")), rs.getBoolean("returned"),
				unitNames(rs.getArray("units"), names), dates(rs.getArray("deadlines")), rs.getInt("tasks"),
				rs.getInt("on_time"), rs.getInt("late"), rs.getInt("within"), rs.getInt("overdue"),
				rs.getInt("no_deadline"), rs.getInt("returned_tasks"), rs.getString("replies"),
				rs.getBoolean("extended"));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date value = rs.getDate(column);
		return (value != null) ? value.toLocalDate() : null;
	}

	private static List<LocalDate> dates(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		List<LocalDate> dates = new ArrayList<>();
		for (Object value : (Object[]) array.getArray()) {
			dates.add(((Date) value).toLocalDate());
		}
		return dates;
	}

}
