package vn.dondoc.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The accounts.
 */
public interface Users extends JpaRepository<User, Long> {

	@Query("select u from User u where lower(u.username) = lower(?1)")
	Optional<User> findByUsername(String username);

	@Query("select count(u) > 0 from User u where lower(u.username) = lower(?1)")
	boolean usernameTaken(String username);

	long countByUnitId(Long unitId);

}
