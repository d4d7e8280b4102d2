package vn.dondoc.intake;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.common.RuleViolation;
import vn.dondoc.common.Vietnamese;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveReading;
import vn.dondoc.directive.Task;
import vn.dondoc.directive.TaskStatus;

import static vn.dondoc.intake.EdxmlWriting.element;

/**
 * The answer to a directive, as an edXML package for the document system to send: a
 * completed task's result report, from the Department, answering (ResponseFor) the
 * document the task came from, with the files sent at its completion.
 */
@Component
public class EdxmlReplyWriter {

	private static final String NS = EdxmlWriting.NAMESPACE;

	private final DirectiveReading reading;

	private final DocumentIntake documents;

	private final IntakeSettings settings;

	private final String organisation;

	private final String place;

	private final org.springframework.context.MessageSource messages;

	EdxmlReplyWriter(DirectiveReading reading, DocumentIntake documents, IntakeSettings settings,
			org.springframework.context.MessageSource messages,
			@Value("${dondoc.organisation.name}") String organisation,
			@Value("${dondoc.organisation.place:}") String place) {
		this.reading = reading;
		this.messages = messages;
		this.documents = documents;
		this.settings = settings;
		this.organisation = organisation;
		this.place = place;
	}

	/**
	 * The package answering the task's directive with its result.
	 * @param numberSymbol the report's number and symbol ("125/BC-STTTT")
	 * @param date the report's date ({@code null}: the day the task was completed)
	 * @throws RuleViolation when the task is not done or the number is not
	 * "number/symbol"
	 */
	@Transactional(readOnly = true)
	public byte[] reply(long taskId, String numberSymbol, LocalDate date) {
		Task task = this.reading.taskState(taskId)
			.orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND));
		if (task.getStatus() != TaskStatus.DONE) {
			throw new RuleViolation(null, "reply.notDone");
		}
		String number = (numberSymbol != null) ? numberSymbol.strip() : "";
		if (!number.matches("[0-9]+/[\\p{L}0-9.\\-]+") || number.length() > 100) {
			throw new RuleViolation("number", "reply.number");
		}
		Directive directive = this.reading.record(task.getDirectiveId()).orElseThrow();
		if (directive.isConfidential()) {
			throw new RuleViolation(null, "reply.confidential");
		}
		LocalDate day = (date != null) ? date : task.getCompletedOn();
		Optional<IncomingDocument> source = this.documents.ofDirective(directive.getId());
		List<DirectiveReading.ResultFile> files = this.reading.resultFiles(taskId);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = EdxmlWriting.open(out);
			xml.writeStartElement(NS, "MessageHeader");
			EdxmlWriting.from(xml, this.settings.organId(), this.organisation);
			xml.writeStartElement(NS, "To");
			element(xml, "OrganId", source.map(IncomingDocument::fromOrganId).orElse(null));
			element(xml, "OrganName", source.map(IncomingDocument::fromName).orElse(null));
			xml.writeEndElement();
			String[] parts = number.split("/", 2);
			xml.writeStartElement(NS, "Code");
			element(xml, "CodeNumber", parts[0]);
			element(xml, "CodeNotation", parts[1]);
			xml.writeEndElement();
			xml.writeStartElement(NS, "PromulgationInfo");
			element(xml, "Place", this.place.isBlank() ? null : this.place);
			element(xml, "PromulgationDate", EdxmlWriting.DAY.format(day));
			xml.writeEndElement();
			xml.writeStartElement(NS, "DocumentType");
			element(xml, "TypeName", text("reply.typeName"));
			xml.writeEndElement();
			element(xml, "Subject", text("reply.subject", cut(task.getContent(), 900)));
			element(xml, "Content", task.getResult());
			EdxmlWriting.responseFor(xml, source.map(IncomingDocument::fromOrganId).orElse(null),
					directive.getNumberSymbol(), directive.getIssueDate(),
					source.map(IncomingDocument::documentId).orElse(null));
			xml.writeEndElement();
			xml.writeStartElement(NS, "TraceHeaderList");
			xml.writeStartElement(NS, "Bussiness");
			element(xml, "BussinessDocType", "0");
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeStartElement(NS, "edXMLBody");
			xml.writeStartElement(NS, "edXMLManifest");
			xml.writeAttribute("version", "1.0");
			for (int i = 0; i < files.size(); i++) {
				xml.writeStartElement(NS, "Reference");
				element(xml, "ContentId", "cid:" + (i + 1));
				element(xml, "ContentType", files.get(i).contentType());
				element(xml, "AttachmentName", files.get(i).name());
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeStartElement(NS, "AttachmentEncoded");
			for (int i = 0; i < files.size(); i++) {
				xml.writeStartElement(NS, "Attachment");
				element(xml, "ContentId", "cid:" + (i + 1));
				element(xml, "AttachmentName", files.get(i).name());
				element(xml, "ContentType", files.get(i).contentType());
				element(xml, "ContentTransferEncoded", Base64.getMimeEncoder().encodeToString(files.get(i).content()));
				xml.writeEndElement();
			}
			EdxmlWriting.finish(xml);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	/** The package's words are Vietnamese, whoever exports it. */
	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Vietnamese.LOCALE);
	}

	private static String cut(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

}
