package vn.dondoc.organisation;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The units of the organisation.
 */
public interface Units extends JpaRepository<Unit, Long> {

	@Query("select count(u) > 0 from Unit u where lower(u.code) = lower(?1) and (?2 is null or u.id <> ?2)")
	boolean codeTaken(String code, Long exceptId);

	List<Unit> findByParentId(Long parentId);

	boolean existsByParentId(Long parentId);

}
