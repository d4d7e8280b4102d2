package vn.dondoc.directive;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Tasks extends JpaRepository<Task, Long> {

	List<Task> findByDirectiveIdOrderBySeq(long directiveId);

	long countByLeadUnitId(long unitId);

}
