package vn.dondoc.directive;

import java.sql.Date;
import java.time.LocalDate;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.organisation.UnitDirectory;

/**
 * The tasks of a report's period, published for its task annex: every task received in
 * the period, completed in it, or open at its end (returned ones left out), by lead
 * unit's name and deadline, read through a cursor.
 */
@Service
@Transactional(readOnly = true)
public class PeriodTaskQueries {

	/** One task of the period. */
	public record PeriodTask(String unitName, String numberSymbol, LocalDate receivedDate, String content,
			LocalDate deadline, TaskStatus status, LocalDate completedOn, int urges) {
	}

	private final JdbcClient streaming;

	private final UnitDirectory units;

	PeriodTaskQueries(DataSource dataSource, UnitDirectory units) {
		this.streaming = Cursors.client(dataSource, 1000);
		this.units = units;
	}

	/** Hands over each task of the period, one at a time. */
	public void each(LocalDate from, LocalDate to, Consumer<PeriodTask> consumer) {
		UnitDirectory.UnitNames names = this.units.names();
		this.streaming
			.sql("""
					SELECT t.lead_unit_id, d.number_symbol, d.received_date, t.content, t.deadline, t.status, t.completed_on,
					       t.urge_count
					FROM task t JOIN directive d ON d.id = t.directive_id
					WHERE t.status <> 'RETURNED'
					  AND (d.received_date BETWEEN :from AND :to OR t.completed_on BETWEEN :from AND :to
					       OR (%s AND d.received_date <= :to))
					ORDER BY array_position(CAST(:unitOrder AS bigint[]), t.lead_unit_id), t.deadline NULLS LAST, t.id
					"""
				.formatted(TaskQueries.OPEN))
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.param("unitOrder", names.idsInOrder())
			.query((rs) -> {
				consumer.accept(new PeriodTask(names.of(rs.getLong(1)), rs.getString(2), rs.getDate(3).toLocalDate(),
						rs.getString(4), (rs.getDate(5) != null) ? rs.getDate(5).toLocalDate() : null,
						TaskStatus.valueOf(rs.getString(6)),
						(rs.getDate(7) != null) ? rs.getDate(7).toLocalDate() : null, rs.getInt(8)));
			});
	}

}
