package vn.dondoc.directive;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Directives extends JpaRepository<Directive, Long> {

	@Query("""
			select d from Directive d
			where d.issuer = :issuer and upper(d.numberSymbol) = upper(:numberSymbol)
			  and extract(year from d.issueDate) = :year
			""")
	Optional<Directive> findSameDocument(Issuer issuer, String numberSymbol, int year);

}
