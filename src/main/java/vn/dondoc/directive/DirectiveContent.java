package vn.dondoc.directive;

import java.time.LocalDate;

/**
 * What a non-confidential directive says about itself.
 */
public record DirectiveContent(DirectiveKind kind, String numberSymbol, String summary, LocalDate issueDate,
		String signer, SignerPosition signerPosition, Issuer issuer) {
}
