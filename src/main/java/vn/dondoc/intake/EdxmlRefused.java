package vn.dondoc.intake;

/**
 * A package that cannot be read: malformed, hostile (a DTD, entities) or missing what
 * every package has. The message names the element, in Vietnamese.
 */
public class EdxmlRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String element;

	public EdxmlRefused(String element, String message) {
		super(message);
		this.element = element;
	}

	/** The element at fault ({@code null}: the package as a whole). */
	public String getElement() {
		return this.element;
	}

}
