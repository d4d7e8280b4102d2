package vn.dondoc.reading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import vn.dondoc.common.RuleViolation;

/**
 * Reads a directive from its file: a PDF (its text, or OCR when it is a scan), a Word
 * file (DOCX), a scan as PNG or JPEG, or plain text. Nothing is kept: the caller decides
 * what to do with what was read.
 */
@Service
public class DirectiveReader {

	private final DirectiveParser parser;

	private final TextExtraction extraction;

	DirectiveReader(@Value("${dondoc.organisation.name}") String organisation,
			@Value("${dondoc.organisation.short-names:}") String shortNames,
			@Value("${dondoc.reading.tesseract:tesseract}") String tesseract,
			@Value("${dondoc.reading.dpi:300}") int dpi) {
		List<String> names = new ArrayList<>();
		names.add(organisation);
		names.addAll(Arrays.stream(shortNames.split(";")).map(String::strip).filter((s) -> !s.isEmpty()).toList());
		this.parser = new DirectiveParser(names);
		this.extraction = new TextExtraction(tesseract, dpi);
	}

	/** What a file held, read. */
	public record Reading(ReadDirective directive, boolean ocr, int pages, String format) {

	}

	/**
	 * @param content the file
	 * @param contentType what the caller says it is (only {@code text/plain} is taken at
	 * its word; the others are recognised from their content)
	 * @throws RuleViolation {@code reading.type} when it is none of the formats read
	 * @throws SecretDocument when it carries a secrecy mark
	 */
	public Reading read(byte[] content, String contentType) {
		try {
			TextExtraction.Text text;
			String format;
			if (starts(content, "%PDF-")) {
				text = this.extraction.pdf(content);
				format = "pdf";
			}
			else if (starts(content, "PK\u0003\u0004")) {
				text = this.extraction.docx(content);
				format = "docx";
			}
			else if (content.length > 8 && (content[0] & 0xFF) == 0x89 && content[1] == 'P' && content[2] == 'N'
					&& content[3] == 'G') {
				text = this.extraction.image(content);
				format = "png";
			}
			else if (content.length > 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8) {
				text = this.extraction.image(content);
				format = "jpeg";
			}
			else if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("text/plain")) {
				text = new TextExtraction.Text(new String(content, StandardCharsets.UTF_8), false, 1);
				format = "text";
			}
			else {
				throw new RuleViolation("file", "reading.type");
			}
			return new Reading(this.parser.parse(text.text()), text.ocr(), text.pages(), format);
		}
		catch (TextExtraction.OcrUnavailable ex) {
			throw new RuleViolation("file", "reading.ocr");
		}
		catch (IOException | org.apache.poi.UnsupportedFileFormatException ex) {
			throw new RuleViolation("file", "reading.unreadable");
		}
		catch (UncheckedIOException ex) {
			throw new RuleViolation("file", "reading.unreadable");
		}
	}

	private static boolean starts(byte[] content, String magic) {
		byte[] m = magic.getBytes(StandardCharsets.ISO_8859_1);
		if (content.length < m.length) {
			return false;
		}
		for (int i = 0; i < m.length; i++) {
			if (content[i] != m[i]) {
				return false;
			}
		}
		return true;
	}

}
