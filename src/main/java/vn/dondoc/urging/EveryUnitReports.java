package vn.dondoc.urging;

import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Until unit reports are recorded in the application, every active unit below the
 * Department owes its report each month.
 */
@Component
class EveryUnitReports implements ReportDuties {

	private final JdbcClient jdbc;

	EveryUnitReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<UnitOwing> unitsOwing(YearMonth month) {
		return this.jdbc.sql("SELECT id, name FROM unit WHERE active AND kind <> 'DEPARTMENT' ORDER BY name, id")
			.query((rs, row) -> new UnitOwing(rs.getLong(1), rs.getString(2)))
			.list();
	}

}
