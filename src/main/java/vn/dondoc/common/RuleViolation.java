package vn.dondoc.common;

import org.springframework.validation.BindingResult;

/**
 * A business rule was broken. Carries the form field it belongs to (or none, for the
 * whole form) and the message key with its arguments, so that the page can say what is
 * wrong beside the field and keep what the user typed.
 */
public class RuleViolation extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	public RuleViolation(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	/** The form field, or {@code null} for the whole form. */
	public String getField() {
		return this.field;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArguments() {
		return this.arguments;
	}

	/** The first argument, for flash messages that carry one. */
	public Object getFirstArgument() {
		return (this.arguments.length > 0) ? this.arguments[0] : null;
	}

	/**
	 * The same violation for a field of a nested form object, e.g. {@code tasks[2].}.
	 */
	public RuleViolation under(String prefix) {
		return new RuleViolation((this.field != null) ? prefix + this.field : null, this.messageKey, this.arguments);
	}

	/**
	 * Adds this violation to a form's errors.
	 */
	public void addTo(BindingResult result) {
		if (this.field != null) {
			result.rejectValue(this.field, this.messageKey, this.arguments, null);
		}
		else {
			result.reject(this.messageKey, this.arguments, null);
		}
	}

}
