package vn.dondoc.intake;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * edXML packages written for the tests, as a provincial document system would send them:
 * with or without the {@code edXML:} prefix, Vietnamese in NFC or NFD, any number of
 * files.
 */
public final class Packages {

	public static final byte[] PDF = "%PDF-1.7\n% Công văn của UBND tỉnh\n1 0 obj <<>> endobj\n%%EOF\n"
		.getBytes(StandardCharsets.UTF_8);

	public static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };

	private String prefix = "edXML";

	private String organ = "000.00.00.H21";

	private String organName = "UBND tỉnh Gia Lai";

	private String number = "1234";

	private String notation = "UBND-KGVX";

	private String date = "2026/11/16";

	private String documentId;

	private String typeName = "Công văn";

	private String subject = "V/v triển khai chuyển đổi số năm 2027";

	private String competence = "KT. CHỦ TỊCH";

	private String position = "PHÓ CHỦ TỊCH";

	private String signer = "Nguyễn Văn An";

	private String dueDate = "2026/12/15";

	private int priority;

	private int business;

	private String businessDocumentId;

	private String businessReason;

	private String secrecy;

	private boolean nfd;

	private final List<String[]> files = new ArrayList<>();

	public static Packages congVan(String number) {
		Packages p = new Packages();
		p.number = number;
		return p;
	}

	public Packages prefix(String prefix) {
		this.prefix = prefix;
		return this;
	}

	public Packages notation(String notation) {
		this.notation = notation;
		return this;
	}

	public Packages documentId(String documentId) {
		this.documentId = documentId;
		return this;
	}

	public Packages subject(String subject) {
		this.subject = subject;
		return this;
	}

	public Packages type(String typeName) {
		this.typeName = typeName;
		return this;
	}

	public Packages priority(int priority) {
		this.priority = priority;
		return this;
	}

	public Packages recall(String documentId, String reason) {
		this.business = 1;
		this.businessDocumentId = documentId;
		this.businessReason = reason;
		return this;
	}

	public Packages business(int business, String documentId) {
		this.business = business;
		this.businessDocumentId = documentId;
		return this;
	}

	public Packages secret(String mark) {
		this.secrecy = mark;
		return this;
	}

	public Packages nfd() {
		this.nfd = true;
		return this;
	}

	public Packages file(String name, String contentType, byte[] content) {
		this.files.add(new String[] { name, contentType, Base64.getMimeEncoder().encodeToString(content) });
		return this;
	}

	/** A file whose base64 text is given as is (bad base64, for instance). */
	public Packages rawFile(String name, String contentType, String base64) {
		this.files.add(new String[] { name, contentType, base64 });
		return this;
	}

	public String documentId() {
		return (this.documentId != null) ? this.documentId
				: this.organ + "," + this.date + "," + this.number + "/" + this.notation;
	}

	public String numberSymbol() {
		return this.number + "/" + this.notation;
	}

	public String xml() {
		String p = this.prefix.isEmpty() ? "" : this.prefix + ":";
		String ns = this.prefix.isEmpty() ? "xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\""
				: "xmlns:" + this.prefix + "=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"";
		StringBuilder manifest = new StringBuilder();
		StringBuilder attachments = new StringBuilder();
		int n = 0;
		for (String[] file : this.files) {
			n++;
			manifest.append(
					"<%1$sReference><%1$sContentId>cid:%2$d</%1$sContentId><%1$sContentType>%3$s</%1$sContentType><%1$sAttachmentName>%4$s</%1$sAttachmentName></%1$sReference>"
						.formatted(p, n, file[1], file[0]));
			attachments.append(
					"<%1$sAttachment><%1$sContentId>cid:%2$d</%1$sContentId><%1$sAttachmentName>%3$s</%1$sAttachmentName><%1$sContentType>%4$s</%1$sContentType><%1$sContentTransferEncoded>%5$s</%1$sContentTransferEncoded></%1$sAttachment>"
						.formatted(p, n, file[0], file[1], file[2]));
		}
		String other = "<%1$sPriority>%2$d</%1$sPriority>".formatted(p, this.priority) + ((this.secrecy != null)
				? "<%1$sSecurityLevel>%2$s</%1$sSecurityLevel>".formatted(p, this.secrecy) : "");
		String business = "<%1$sBussinessDocType>%2$d</%1$sBussinessDocType>".formatted(p, this.business)
				+ ((this.businessReason != null)
						? "<%1$sBussinessDocReason>%2$s</%1$sBussinessDocReason>".formatted(p, this.businessReason)
						: "")
				+ ((this.businessDocumentId != null)
						? "<%1$sDocumentId>%2$s</%1$sDocumentId>".formatted(p, this.businessDocumentId) : "");
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<%1$sedXMLEnvelope %2$s>
				  <%1$sedXMLHeader>
				    <%1$sMessageHeader>
				      <%1$sFrom><%1$sOrganId>%3$s</%1$sOrganId><%1$sOrganName>%4$s</%1$sOrganName></%1$sFrom>
				      <%1$sTo><%1$sOrganId>000.14.21.H21</%1$sOrganId><%1$sOrganName>Sở Thông tin và Truyền thông</%1$sOrganName></%1$sTo>
				      <%1$sDocumentId>%5$s</%1$sDocumentId>
				      <%1$sCode><%1$sCodeNumber>%6$s</%1$sCodeNumber><%1$sCodeNotation>%7$s</%1$sCodeNotation></%1$sCode>
				      <%1$sPromulgationInfo><%1$sPlace>Gia Lai</%1$sPlace><%1$sPromulgationDate>%8$s</%1$sPromulgationDate></%1$sPromulgationInfo>
				      <%1$sDocumentType><%1$sType>1</%1$sType><%1$sTypeName>%9$s</%1$sTypeName></%1$sDocumentType>
				      <%1$sSubject>%10$s</%1$sSubject>
				      <%1$sContent></%1$sContent>
				      <%1$sSignerInfo><%1$sCompetence>%11$s</%1$sCompetence><%1$sPosition>%12$s</%1$sPosition><%1$sFullName>%13$s</%1$sFullName></%1$sSignerInfo>
				      <%1$sDueDate>%14$s</%1$sDueDate>
				      <%1$sOtherInfo>%15$s</%1$sOtherInfo>
				    </%1$sMessageHeader>
				    <%1$sTraceHeaderList><%1$sTraceHeader><%1$sOrganId>%3$s</%1$sOrganId><%1$sTimestamp>2026/11/16 15:30:00</%1$sTimestamp></%1$sTraceHeader>
				      <%1$sBussiness>%16$s</%1$sBussiness></%1$sTraceHeaderList>
				  </%1$sedXMLHeader>
				  <%1$sedXMLBody><%1$sedXMLManifest version="1.0">%17$s</%1$sedXMLManifest></%1$sedXMLBody>
				  <%1$sAttachmentEncoded>%18$s</%1$sAttachmentEncoded>
				</%1$sedXMLEnvelope>
				"""
			.formatted(p, ns, this.organ, this.organName, documentId(), this.number, this.notation, this.date,
					this.typeName, this.subject, this.competence, this.position, this.signer, this.dueDate, other,
					business, manifest, attachments);
		return this.nfd ? Normalizer.normalize(xml, Normalizer.Form.NFD) : xml;
	}

	public byte[] bytes() {
		return xml().getBytes(StandardCharsets.UTF_8);
	}

}
