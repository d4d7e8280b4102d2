package vn.dondoc.directive;

/**
 * The filters of the directive register, bound from the query string.
 */
public class DirectiveFilter extends ListFilter {

	private Directive.State status;

	/**
	 * {@code true}: only confidential placeholders; {@code false}: only ordinary
	 * directives.
	 */
	private Boolean confidential;

	public Directive.State getStatus() {
		return this.status;
	}

	public void setStatus(Directive.State status) {
		this.status = status;
	}

	public Boolean getConfidential() {
		return this.confidential;
	}

	public void setConfidential(Boolean confidential) {
		this.confidential = confidential;
	}

}
