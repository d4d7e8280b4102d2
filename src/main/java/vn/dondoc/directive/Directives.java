package vn.dondoc.directive;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Directives extends JpaRepository<Directive, Long> {

	@Query("""
			select d from Directive d
			where d.issuer = :issuer
			  and upper(replace(d.numberSymbol, ' ', '')) = :numberSymbol
			  and extract(year from d.issueDate) = :year
			""")
	/**
	 * @param numberSymbol as {@link DirectiveRegistration#documentKey} writes it: upper
	 * case, no spaces
	 */
	Optional<Directive> findSameDocument(Issuer issuer, String numberSymbol, int year);

}
