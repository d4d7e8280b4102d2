package vn.dondoc.directive;

/**
 * The same number and symbol from the same issuer in the same year is already registered:
 * the form names the directive that has it.
 */
public class DuplicateDirective extends RuntimeException {

	private final transient Directive existing;

	DuplicateDirective(Directive existing) {
		super("Already registered as directive " + existing.getId());
		this.existing = existing;
	}

	public Directive getExisting() {
		return this.existing;
	}

}
