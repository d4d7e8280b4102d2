package vn.dondoc.urging;

/**
 * The kinds of message the application sends. A person may turn off the e-mail of the
 * optional ones (the in-app notification still comes); escalations to leadership and
 * assignments always come by e-mail.
 */
public enum MailKind {

	DEADLINE_DIGEST(true), REPORT_CYCLE(true), CONFIDENTIAL_REPORT(true), ESCALATION(false), ASSIGNMENT(false),
	/** A report handed to the person for the next step: it waits for them. */
	HAND_OFF(false),
	/** The person's own account was locked: always told. */
	SECURITY(false);

	private final boolean optional;

	MailKind(boolean optional) {
		this.optional = optional;
	}

	public boolean isOptional() {
		return this.optional;
	}

}
