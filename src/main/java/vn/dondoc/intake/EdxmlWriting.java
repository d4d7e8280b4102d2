package vn.dondoc.intake;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * What every edXML message this product writes shares: the envelope with the
 * {@code edXML:} prefix (some receivers refuse a package without it), and elements left
 * out when they have no value.
 */
final class EdxmlWriting {

	static final String NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016";

	/** How edXML writes a day. */
	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu/MM/dd");

	private EdxmlWriting() {
	}

	/** A writer whose envelope and header are open. */
	static XMLStreamWriter open(OutputStream out) throws XMLStreamException {
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		xml.setPrefix("edXML", NAMESPACE);
		xml.writeStartElement("edXML", "edXMLEnvelope", NAMESPACE);
		xml.writeNamespace("edXML", NAMESPACE);
		xml.writeStartElement(NAMESPACE, "edXMLHeader");
		return xml;
	}

	/** An element with its text, or nothing when there is none. */
	static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		if (value == null) {
			return;
		}
		xml.writeStartElement(NAMESPACE, name);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	/**
	 * The Department as the sender ({@code From}); a blank identifier code is left out.
	 */
	static void from(XMLStreamWriter xml, String organId, String organisation) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, "From");
		element(xml, "OrganId", organId.isBlank() ? null : organId);
		element(xml, "OrganName", organisation);
		xml.writeEndElement();
	}

	/** The document a message answers ({@code ResponseFor}). */
	static void responseFor(XMLStreamWriter xml, String organId, String code, LocalDate promulgated, String documentId)
			throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, "ResponseFor");
		element(xml, "OrganId", organId);
		element(xml, "Code", code);
		element(xml, "PromulgationDate", (promulgated != null) ? DAY.format(promulgated) : null);
		element(xml, "DocumentId", documentId);
		xml.writeEndElement();
	}

	/** Closes whatever is still open, and the writer. */
	static void finish(XMLStreamWriter xml) throws XMLStreamException {
		xml.writeEndDocument();
		xml.close();
	}

}
