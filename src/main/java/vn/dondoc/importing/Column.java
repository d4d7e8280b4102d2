package vn.dondoc.importing;

/**
 * The columns of the import template, in its order. A file may order them differently:
 * they are found by their heading.
 */
enum Column {

	NUMBER(false), KIND(true), ISSUER(true), ISSUE_DATE(true), RECEIVED(true), SUMMARY(false), SIGNER(false),
	LEVEL(false), CONTENT(false), LEAD_UNIT(true), DEADLINE(false), COORDINATING(false);

	private final boolean requiredHeading;

	Column(boolean requiredHeading) {
		this.requiredHeading = requiredHeading;
	}

	boolean requiredHeading() {
		return this.requiredHeading;
	}

}
