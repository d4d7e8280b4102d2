package vn.dondoc.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an edXML package (QCVN 102:2016/BTTTT) as a stream (StAX): with or without the
 * {@code edXML:} prefix, unknown elements ignored, text in NFC. A DTD or an entity is
 * refused (no XXE, no entity expansion); each attachment's base64 is decoded into a
 * temporary file as it is read, so a large file is held neither as text nor as bytes.
 */
public final class EdxmlReader {

	private static final DateTimeFormatter DAY = EdxmlWriting.DAY;

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

	private final Path scratch;

	/**
	 * @param scratch where attachments are decoded to
	 */
	public EdxmlReader(Path scratch) {
		this.scratch = scratch;
	}

	public EdxmlPackage read(InputStream xml) throws IOException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, false);
		List<EdxmlPackage.Attachment> attachments = new ArrayList<>();
		Map<String, String> values = new HashMap<>();
		Deque<String> path = new ArrayDeque<>();
		try {
			XMLStreamReader reader = factory.createXMLStreamReader(xml);
			StringBuilder text = new StringBuilder();
			Map<String, String> attachment = null;
			while (reader.hasNext()) {
				int event = reader.next();
				switch (event) {
					case XMLStreamConstants.DTD -> throw new EdxmlRefused(null, "edxml.dtd");
					case XMLStreamConstants.ENTITY_REFERENCE -> throw new EdxmlRefused(null, "edxml.entity");
					case XMLStreamConstants.START_ELEMENT -> {
						String name = reader.getLocalName();
						path.push(name);
						text.setLength(0);
						if ("Attachment".equals(name) && path.contains("AttachmentEncoded")) {
							attachment = new HashMap<>();
						}
						else if (attachment != null && "ContentTransferEncoded".equals(name)) {
							attachments.add(decode(reader, attachment));
							path.pop();
						}
					}
					case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(reader.getText());
					case XMLStreamConstants.END_ELEMENT -> {
						String name = path.pop();
						String value = nfc(text.toString().strip());
						if (attachment != null) {
							if ("Attachment".equals(name)) {
								attachment = null;
							}
							else {
								attachment.put(name, value);
							}
						}
						else if (!value.isEmpty()) {
							String parent = path.isEmpty() ? "" : path.peek();
							values.putIfAbsent(parent + "/" + name, value);
						}
						text.setLength(0);
					}
					default -> {
					}
				}
			}
		}
		catch (XMLStreamException ex) {
			discard(attachments);
			throw new EdxmlRefused(null, "edxml.malformed", ex.getMessage());
		}
		catch (RuntimeException | IOException ex) {
			discard(attachments);
			throw ex;
		}
		try {
			return build(values, attachments);
		}
		catch (RuntimeException ex) {
			discard(attachments);
			throw ex;
		}
	}

	/**
	 * Decodes the base64 text of an attachment into a temporary file as it is read; the
	 * reader is left on the element's end.
	 */
	private EdxmlPackage.Attachment decode(XMLStreamReader reader, Map<String, String> fields)
			throws XMLStreamException, IOException {
		Files.createDirectories(this.scratch);
		Path encoded = Files.createTempFile(this.scratch, "edxml-", ".b64");
		Path file = Files.createTempFile(this.scratch, "edxml-", ".bin");
		try {
			try (Writer out = Files.newBufferedWriter(encoded, StandardCharsets.US_ASCII)) {
				while (reader.hasNext()) {
					int event = reader.next();
					if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
						char[] chars = reader.getTextCharacters();
						int end = reader.getTextStart() + reader.getTextLength();
						for (int i = reader.getTextStart(); i < end; i++) {
							if (!isBase64(chars[i])) {
								throw notBase64(fields);
							}
						}
						out.write(chars, reader.getTextStart(), reader.getTextLength());
					}
					else if (event == XMLStreamConstants.END_ELEMENT) {
						break;
					}
					else if (event == XMLStreamConstants.START_ELEMENT) {
						throw notBase64(fields);
					}
				}
			}
			long size;
			try (InputStream in = Base64.getMimeDecoder()
				.wrap(new java.io.BufferedInputStream(Files.newInputStream(encoded), 64 * 1024));
					OutputStream out = Files.newOutputStream(file)) {
				size = in.transferTo(out);
			}
			catch (IllegalArgumentException | IOException ex) {
				throw notBase64(fields);
			}
			return new EdxmlPackage.Attachment(fields.get("ContentId"), fields.get("AttachmentName"),
					fields.get("ContentType"), file, size);
		}
		catch (RuntimeException | IOException ex) {
			Files.deleteIfExists(file);
			throw ex;
		}
		finally {
			Files.deleteIfExists(encoded);
		}
	}

	private static EdxmlRefused notBase64(Map<String, String> attachment) {
		return new EdxmlRefused("ContentTransferEncoded", "edxml.base64",
				attachment.getOrDefault("AttachmentName", ""));
	}

	/** Deletes the files of a package that is refused. */
	private static void discard(List<EdxmlPackage.Attachment> attachments) throws IOException {
		for (EdxmlPackage.Attachment attachment : attachments) {
			Files.deleteIfExists(attachment.file());
		}
	}

	private static boolean isBase64(char c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
				|| c == '=' || Character.isWhitespace(c);
	}

	private static EdxmlPackage build(Map<String, String> v, List<EdxmlPackage.Attachment> attachments) {
		String organ = v.get("From/OrganId");
		String organName = v.get("From/OrganName");
		if (organ == null && organName == null) {
			throw new EdxmlRefused("From", "edxml.missing", "From");
		}
		String number = v.get("Code/CodeNumber");
		String notation = v.get("Code/CodeNotation");
		if (number == null) {
			throw new EdxmlRefused("Code", "edxml.missing", "Code");
		}
		String numberSymbol = (notation != null) ? number + "/" + notation : number;
		return new EdxmlPackage(v.get("MessageHeader/DocumentId"), organ, organName, numberSymbol,
				v.get("PromulgationInfo/Place"), day(v.get("PromulgationInfo/PromulgationDate"), "PromulgationDate"),
				v.get("DocumentType/TypeName"), v.get("MessageHeader/Subject"), v.get("SignerInfo/Competence"),
				v.get("SignerInfo/Position"), v.get("SignerInfo/FullName"),
				day(v.get("MessageHeader/DueDate"), "DueDate"), number(v.get("OtherInfo/Priority"), "Priority"),
				number(v.get("Bussiness/BussinessDocType"), "BussinessDocType"), v.get("Bussiness/DocumentId"),
				v.get("Bussiness/BussinessDocReason"), secrecy(v), List.copyOf(attachments));
	}

	/** The secrecy mark, under any of the names packages give it. */
	private static String secrecy(Map<String, String> v) {
		for (String name : SECRECY) {
			for (String parent : new String[] { "OtherInfo/", "MessageHeader/" }) {
				String value = v.get(parent + name);
				if (value != null) {
					return value;
				}
			}
		}
		return null;
	}

	private static final String[] SECRECY = { "SecurityLevel", "SecretLevel", "Secret", "Confidentiality", "DoMat" };

	private static LocalDate day(String value, String element) {
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value, value.contains("/") ? DAY : ISO);
		}
		catch (DateTimeParseException ex) {
			throw new EdxmlRefused(element, "edxml.date", element, value);
		}
	}

	private static int number(String value, String element) {
		if (value == null) {
			return 0;
		}
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw new EdxmlRefused(element, "edxml.number", element, value);
		}
	}

	private static String nfc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

}
