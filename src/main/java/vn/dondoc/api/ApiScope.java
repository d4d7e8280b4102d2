package vn.dondoc.api;

/**
 * What a token may do.
 */
public enum ApiScope {

	/** Push incoming directives with their tasks. */
	DIRECTIVES_WRITE("directives:write"),
	/** Read directives. */
	DIRECTIVES_READ("directives:read"),
	/** Read tasks and their changes. */
	TASKS_READ("tasks:read");

	private final String value;

	ApiScope(String value) {
		this.value = value;
	}

	public String value() {
		return this.value;
	}

	public String authority() {
		return "SCOPE_" + this.value;
	}

}
