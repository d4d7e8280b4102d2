package vn.dondoc.reading;

import vn.dondoc.common.RuleViolation;

/**
 * The document carries a secrecy mark (MẬT, TỐI MẬT, TUYỆT MẬT): it is not read further
 * and nothing of it is kept; the clerk registers a placeholder (SPEC §4).
 */
public class SecretDocument extends RuleViolation {

	private static final long serialVersionUID = 1L;

	public SecretDocument(String mark) {
		super(null, "reading.secret", mark);
	}

}
