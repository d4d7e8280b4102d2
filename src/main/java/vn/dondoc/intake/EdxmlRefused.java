package vn.dondoc.intake;

import vn.dondoc.common.RuleViolation;

/**
 * A package that cannot be read: malformed, hostile (a DTD, entities) or missing what
 * every package has. Its field is the element at fault ({@code null}: the package as a
 * whole); its message key ({@code edxml.*}) says why, in the person's language.
 */
public class EdxmlRefused extends RuleViolation {

	private static final long serialVersionUID = 1L;

	public EdxmlRefused(String element, String messageKey, Object... arguments) {
		super(element, messageKey, arguments);
	}

	/** The element at fault ({@code null}: the package as a whole). */
	public String getElement() {
		return getField();
	}

}
