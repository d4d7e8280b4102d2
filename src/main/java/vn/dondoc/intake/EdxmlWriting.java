package vn.dondoc.intake;

import java.io.OutputStream;

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

}
