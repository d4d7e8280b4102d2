package vn.dondoc.directive;

import java.util.List;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Tasks extends JpaRepository<Task, Long> {

	List<Task> findByDirectiveIdOrderBySeq(long directiveId);

	long countByDirectiveIdAndStatusIn(long directiveId, java.util.Collection<TaskStatus> statuses);

	/**
	 * Counts an urge without changing the task's version: being urged must not make the
	 * unit's next save look like a conflict.
	 */
	@Modifying
	@Query("update Task t set t.urgeCount = t.urgeCount + 1, t.lastUrgedAt = :at where t.id = :id")
	int urged(long id, Instant at);

}
