package vn.dondoc.directive;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dondoc.organisation.UnitReferenceCheck;

/**
 * A unit that leads, coordinates, monitors or was urged on a task, or leads a
 * confidential placeholder, keeps its history: it can be deactivated, not deleted.
 */
@Component
class TaskReferenceCheck implements UnitReferenceCheck {

	private final JdbcClient jdbc;

	TaskReferenceCheck(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public long countFor(long unitId) {
		return this.jdbc.sql("""
				SELECT (SELECT count(*) FROM task WHERE lead_unit_id = :u OR monitor_unit_id = :u)
				     + (SELECT count(*) FROM task_part WHERE unit_id = :u)
				     + (SELECT count(*) FROM directive WHERE lead_unit_id = :u)
				     + (SELECT count(*) FROM urge WHERE target_unit_id = :u)
				     + (SELECT count(*) FROM task_update WHERE unit_id = :u)
				""").param("u", unitId).query(Long.class).single();
	}

	@Override
	public String messageKey() {
		return "unit.delete.hasTasks";
	}

}
