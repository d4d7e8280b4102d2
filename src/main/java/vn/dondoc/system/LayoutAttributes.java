package vn.dondoc.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's frame shows: the organisation's name comes from configuration, not
 * code.
 */
@ControllerAdvice
class LayoutAttributes {

	private final String organisationName;

	LayoutAttributes(@Value("${dondoc.organisation.name}") String organisationName) {
		this.organisationName = organisationName;
	}

	@ModelAttribute("organisationName")
	String organisationName() {
		return this.organisationName;
	}

}
