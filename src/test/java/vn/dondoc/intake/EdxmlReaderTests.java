package vn.dondoc.intake;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issue 17, first part: an edXML package is read as its issuer wrote it — with or without
 * the {@code edXML:} prefix, Vietnamese in NFD made NFC, several attachments decoded into
 * files — and a hostile or incomplete one is refused naming what is wrong.
 */
class EdxmlReaderTests {

	@TempDir
	Path scratch;

	static final byte[] PDF = "%PDF-1.7\n% công văn mẫu\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

	static String envelope(String prefix, String header, String attachments) {
		String p = prefix.isEmpty() ? "" : prefix + ":";
		String ns = prefix.isEmpty() ? "xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\""
				: "xmlns:" + prefix + "=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"";
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<%1$sedXMLEnvelope %2$s>
				  <%1$sedXMLHeader>
				    <%1$sMessageHeader>
				      <From><OrganId>000.00.00.H41</OrganId><OrganName>UBND tỉnh Gia Lai</OrganName></From>
				      <To><OrganId>000.00.14.H41</OrganId><OrganName>Sở Thông tin và Truyền thông</OrganName></To>
				      %3$s
				    </%1$sMessageHeader>
				    <%1$sTraceHeaderList><Bussiness><BussinessDocType>0</BussinessDocType></Bussiness></%1$sTraceHeaderList>
				  </%1$sedXMLHeader>
				  <%1$sedXMLBody><%1$sedXMLManifest version="1.0"/></%1$sedXMLBody>
				  <%1$sAttachmentEncoded>%4$s</%1$sAttachmentEncoded>
				</%1$sedXMLEnvelope>
				"""
			.formatted(p, ns, header, attachments);
	}

	static String header(String subject) {
		return """
				<DocumentId>000.00.00.H41,2026/11/16,1234/UBND-KGVX</DocumentId>
				<Code><CodeNumber>1234</CodeNumber><CodeNotation>UBND-KGVX</CodeNotation></Code>
				<PromulgationInfo><Place>Gia Lai</Place><PromulgationDate>2026/11/16</PromulgationDate></PromulgationInfo>
				<DocumentType><Type>1</Type><TypeName>Công văn</TypeName></DocumentType>
				<Subject>%s</Subject>
				<SignerInfo><Competence>KT. CHỦ TỊCH</Competence><Position>PHÓ CHỦ TỊCH</Position><FullName>Nguyễn Văn A</FullName></SignerInfo>
				<DueDate>2026/12/15</DueDate>
				<OtherInfo><Priority>3</Priority></OtherInfo>
				"""
			.formatted(subject);
	}

	static String attachment(String prefix, String id, String name, String base64) {
		String p = prefix.isEmpty() ? "" : prefix + ":";
		return "<" + p + "Attachment><ContentId>" + id + "</ContentId><AttachmentName>" + name
				+ "</AttachmentName><ContentType>application/pdf</ContentType><ContentTransferEncoded>" + base64
				+ "</ContentTransferEncoded></" + p + "Attachment>";
	}

	EdxmlPackage read(String xml) throws Exception {
		return new EdxmlReader(this.scratch).read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void aPackageIsReadWithOrWithoutItsPrefix() throws Exception {
		String subject = Normalizer.normalize("Về việc triển khai chuyển đổi số năm 2027", Normalizer.Form.NFD);
		String base64 = Base64.getMimeEncoder().encodeToString(PDF);
		for (String prefix : new String[] { "edXML", "" }) {
			EdxmlPackage read = read(
					envelope(prefix, header(subject), attachment(prefix, "cid:1", "1234-UBND-KGVX.pdf", base64)
							+ attachment(prefix, "cid:2", "phu-luc.pdf", Base64.getEncoder().encodeToString(PDF))));
			assertThat(read.numberSymbol()).isEqualTo("1234/UBND-KGVX");
			assertThat(read.documentId()).isEqualTo("000.00.00.H41,2026/11/16,1234/UBND-KGVX");
			assertThat(read.fromOrganId()).isEqualTo("000.00.00.H41");
			assertThat(read.fromName()).isEqualTo("UBND tỉnh Gia Lai");
			assertThat(read.subject()).isEqualTo("Về việc triển khai chuyển đổi số năm 2027");
			assertThat(Normalizer.isNormalized(read.subject(), Normalizer.Form.NFC)).isTrue();
			assertThat(read.promulgated()).isEqualTo(LocalDate.of(2026, 11, 16));
			assertThat(read.place()).isEqualTo("Gia Lai");
			assertThat(read.typeName()).isEqualTo("Công văn");
			assertThat(read.competence()).isEqualTo("KT. CHỦ TỊCH");
			assertThat(read.signer()).isEqualTo("Nguyễn Văn A");
			assertThat(read.dueDate()).isEqualTo(LocalDate.of(2026, 12, 15));
			assertThat(read.priority()).as("hỏa tốc").isEqualTo(3);
			assertThat(read.business()).isZero();
			assertThat(read.attachments()).extracting(EdxmlPackage.Attachment::name)
				.containsExactly("1234-UBND-KGVX.pdf", "phu-luc.pdf");
			for (EdxmlPackage.Attachment file : read.attachments()) {
				assertThat(Files.readAllBytes(file.file())).isEqualTo(PDF);
				assertThat(file.size()).isEqualTo(PDF.length);
			}
		}
	}

	@Test
	void hostileOrIncompletePackagesAreRefusedNamingTheElement() {
		String xxe = """
				<?xml version="1.0"?>
				<!DOCTYPE e [<!ENTITY x SYSTEM "file:///etc/passwd">]>
				<edXMLEnvelope><Subject>&x;</Subject></edXMLEnvelope>""";
		assertThatExceptionOfType(EdxmlRefused.class).isThrownBy(() -> read(xxe));
		String laughs = """
				<?xml version="1.0"?>
				<!DOCTYPE l [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>
				<edXMLEnvelope><Subject>&c;</Subject></edXMLEnvelope>""";
		assertThatExceptionOfType(EdxmlRefused.class).isThrownBy(() -> read(laughs));
		assertThatExceptionOfType(EdxmlRefused.class)
			.isThrownBy(() -> read(envelope("edXML", header("Thử"),
					attachment("edXML", "cid:1", "a.pdf", "@@@ không phải base64 @@@"))))
			.satisfies((refused) -> assertThat(refused.getElement()).isEqualTo("ContentTransferEncoded"));
		String noCode = envelope("edXML", header("Thử").replaceAll("<Code>.*</Code>", ""), "");
		assertThatExceptionOfType(EdxmlRefused.class).isThrownBy(() -> read(noCode))
			.satisfies((refused) -> assertThat(refused.getElement()).isEqualTo("Code"));
		assertThatExceptionOfType(EdxmlRefused.class).isThrownBy(() -> read("<edXMLEnvelope><From>"));
		assertThat(this.scratch.toFile().list()).as("nothing left of a refused package").isEmpty();
	}

}
