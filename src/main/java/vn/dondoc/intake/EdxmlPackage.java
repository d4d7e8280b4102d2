package vn.dondoc.intake;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What an edXML package says about its document, as read: nothing is registered from it
 * without a person (issue 17).
 *
 * @param documentId the document's identity at its issuer
 * ({@code OrganId,yyyy/MM/dd,Number/Notation})
 * @param fromOrganId the issuing body's identifier code
 * @param fromName the issuing body's name
 * @param numberSymbol the number and notation joined ("1234/UBND-KGVX")
 * @param place the place of promulgation
 * @param promulgated the date of promulgation
 * @param typeName the kind as written ("Công văn")
 * @param subject the summary (trích yếu)
 * @param competence how the signer signs ("KT. CHỦ TỊCH"), kept as written
 * @param position the signer's position
 * @param signer the signer's full name
 * @param dueDate the date the answer is due, if any
 * @param priority 0 normal … 3 hỏa tốc
 * @param business 0 new, 1 recall, 2 update, 3 replace
 * @param businessDocumentId for a recall, update or replacement: the document it is about
 * (its DocumentId), when the package names it
 * @param businessReason why it is recalled, updated or replaced
 * @param secrecy the secrecy mark of the document's metadata as written ({@code null}:
 * none)
 * @param attachments the files, each decoded into a temporary file
 */
public record EdxmlPackage(String documentId, String fromOrganId, String fromName, String numberSymbol, String place,
		LocalDate promulgated, String typeName, String subject, String competence, String position, String signer,
		LocalDate dueDate, int priority, int business, String businessDocumentId, String businessReason, String secrecy,
		List<Attachment> attachments) {

	/**
	 * Whether the metadata marks the document secret: a level above 0, or a mark naming
	 * mật, tối mật or tuyệt mật (with or without diacritics).
	 */
	public boolean isSecret() {
		if (this.secrecy == null || this.secrecy.isBlank()) {
			return false;
		}
		for (String word : vn.dondoc.common.SearchWords.of(this.secrecy)) {
			if (word.equals("mat") || (word.chars().allMatch(Character::isDigit) && !word.matches("0+"))) {
				return true;
			}
		}
		return false;
	}

	/** A file of the package, decoded from base64 into a temporary file. */
	public record Attachment(String contentId, String name, String contentType, Path file, long size) {

	}

}
