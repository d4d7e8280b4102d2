package vn.dondoc.directive;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.dondoc.account.Actor;

/**
 * Documents that arrived by themselves (an edXML package) and wait for the office: the
 * registration form is filled from one, its files become the directive's, and it learns
 * which directive it became. Implemented by the module that receives them; the directive
 * module only calls it.
 */
public interface IncomingDocumentSource {

	/**
	 * What the document says, to fill the registration form (whatever became of it: see
	 * {@link Draft#waiting()}).
	 */
	Optional<Draft> draft(long incomingId);

	/**
	 * The document's files, taken for registration: the document is locked until the
	 * transaction ends, and refused when it is no longer waiting.
	 * @throws vn.dondoc.common.RuleViolation when it was registered, refused or withdrawn
	 */
	List<Upload> claim(long incomingId);

	/** A file's content, to read the document from it. */
	Optional<byte[]> fileContent(long incomingId, long fileId);

	/** The document became this directive (same transaction as the registration). */
	void registered(long incomingId, long directiveId, Actor actor);

	/**
	 * A document arrived, as the registration form shows it.
	 *
	 * @param fromName the issuing body as the package names it
	 * @param competence how the signer signed ("KT. CHỦ TỊCH")
	 * @param priority 0 normal … 3 hỏa tốc
	 * @param waiting whether it still waits for the office (not registered, refused or
	 * withdrawn)
	 */
	record Draft(long id, DirectiveKind kind, String numberSymbol, String summary, LocalDate issueDate, String signer,
			SignerPosition signerPosition, Issuer issuer, LocalDate receivedDate, String fromName, String competence,
			String place, int priority, LocalDate dueDate, List<File> files, boolean waiting) {

		/** The first PDF, shown beside the form. */
		public Optional<File> pdf() {
			return this.files.stream().filter((file) -> "application/pdf".equals(file.contentType())).findFirst();
		}

	}

	/** A file of the document. */
	record File(long id, String name, String contentType, long size) {

	}

}
