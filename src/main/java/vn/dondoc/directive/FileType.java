package vn.dondoc.directive;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

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

	/** More entries than any Word or Excel file has. */
	static final int MAX_ENTRIES = 10_000;

	/** What all entries may unpack to, together. */
	static final long MAX_INFLATED = 512L * 1024 * 1024;

	/**
	 * How many times larger than stored an entry may be (POI refuses 1:100 too); small
	 * entries are not held to it, as repetitive XML of a few kilobytes packs well.
	 */
	static final long MAX_RATIO = 100;

	static final long RATIO_FROM = 1024 * 1024;

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
	 * ZIP file). Only the package's central directory is read, nothing is unpacked, so a
	 * small file that would unpack to gigabytes costs nothing to check and is refused.
	 * @throws CompressionBomb when the package would unpack to far more than it holds
	 */
	private static Optional<FileType> officeDocument(byte[] content) {
		boolean contentTypes = false;
		FileType found = null;
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
			int entries = 0;
			long inflated = 0;
			for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
				if (++entries > MAX_ENTRIES) {
					throw new CompressionBomb();
				}
				long size = entry.getSize();
				long packed = Math.max(1, entry.getCompressedSize());
				inflated += Math.max(0, size);
				if (size < 0 || inflated > MAX_INFLATED || (size > RATIO_FROM && size / packed > MAX_RATIO)) {
					throw new CompressionBomb();
				}
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

	/** A package that unpacks to much more than it holds: a zip bomb. */
	static final class CompressionBomb extends RuntimeException {

		private static final long serialVersionUID = 1L;

		CompressionBomb() {
			super("The package unpacks to far more than it holds", null, false, false);
		}

	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

}
