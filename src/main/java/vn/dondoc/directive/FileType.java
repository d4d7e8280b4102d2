package vn.dondoc.directive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types accepted as attachments, recognised from their content: a file called
 * "scan.pdf" that is really an executable is refused whatever its name says.
 */
enum FileType {

	PDF("application/pdf"), PNG("image/png"), JPEG("image/jpeg"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final byte[] PDF_MAGIC = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private final String contentType;

	FileType(String contentType) {
		this.contentType = contentType;
	}

	String contentType() {
		return this.contentType;
	}

	static Optional<FileType> of(byte[] content) {
		if (startsWith(content, PDF_MAGIC)) {
			return Optional.of(PDF);
		}
		if (startsWith(content, PNG_MAGIC)) {
			return Optional.of(PNG);
		}
		if (startsWith(content, JPEG_MAGIC)) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, ZIP_MAGIC)) {
			return officeDocument(content);
		}
		return Optional.empty();
	}

	/**
	 * DOCX and XLSX are ZIP packages: what is inside tells them apart (and from any other
	 * ZIP file).
	 */
	private static Optional<FileType> officeDocument(byte[] content) {
		boolean contentTypes = false;
		FileType found = null;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			int entries = 0;
			while ((entry = zip.getNextEntry()) != null && entries++ < 10_000) {
				String name = entry.getName();
				contentTypes |= name.equals("[Content_Types].xml");
				if (name.equals("word/document.xml")) {
					found = DOCX;
				}
				else if (name.equals("xl/workbook.xml")) {
					found = XLSX;
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			return Optional.empty();
		}
		return (contentTypes) ? Optional.ofNullable(found) : Optional.empty();
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

}
