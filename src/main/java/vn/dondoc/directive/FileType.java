package vn.dondoc.directive;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The file types accepted as attachments, recognised from their content: a file called
 * "scan.pdf" that is really an executable is refused whatever its name says.
 */
public enum FileType {

	PDF("application/pdf"), PNG("image/png"), JPEG("image/jpeg"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final byte[] PDF_MAGIC = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	/** More entries than any Word or Excel file has. */
	static final int MAX_ENTRIES = 10_000;

	/**
	 * What all entries may unpack to, together: a real Word or Excel file is rarely over
	 * 50 MB unpacked.
	 */
	static final long MAX_INFLATED = 100L * 1024 * 1024;

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

	public String contentType() {
		return this.contentType;
	}

	public static Optional<FileType> of(byte[] content) {
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
	 * ZIP file). The central directory's sizes are checked first, so that a small file
	 * claiming gigabytes is refused at once; then each entry is unpacked into nothing, at
	 * most to its declared size and {@link #MAX_INFLATED} in all, since a directory may
	 * lie: an entry that unpacks to more than it declares, or entries that share their
	 * bytes (overlap), make a zip bomb.
	 * @throws CompressionBomb when the package would unpack to far more than it holds
	 */
	private static Optional<FileType> officeDocument(byte[] content) {
		boolean contentTypes = false;
		FileType found = null;
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
			List<ZipArchiveEntry> all = Collections.list(zip.getEntries());
			if (all.size() > MAX_ENTRIES) {
				throw new CompressionBomb();
			}
			long declared = 0;
			for (ZipArchiveEntry entry : all) {
				long size = entry.getSize();
				long packed = Math.max(1, entry.getCompressedSize());
				declared += Math.max(0, size);
				if (size < 0 || declared > MAX_INFLATED || (size > RATIO_FROM && size / packed > MAX_RATIO)) {
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
			if (!contentTypes || found == null) {
				return Optional.empty();
			}
			refuseOverlaps(zip, all);
			byte[] sink = new byte[16 * 1024];
			for (ZipArchiveEntry entry : all) {
				if (entry.isDirectory()) {
					continue;
				}
				long size = entry.getSize();
				long read = 0;
				try (InputStream in = zip.getInputStream(entry)) {
					for (int n = in.read(sink); n >= 0; n = in.read(sink)) {
						read += n;
						if (read > size) {
							throw new CompressionBomb();
						}
					}
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			return Optional.empty();
		}
		return Optional.of(found);
	}

	/**
	 * Entries whose stored bytes overlap another's (one deflate stream unpacked many
	 * times) are refused.
	 */
	private static void refuseOverlaps(ZipFile zip, List<ZipArchiveEntry> entries) {
		List<long[]> spans = new java.util.ArrayList<>();
		for (ZipArchiveEntry entry : entries) {
			long start = entry.getLocalHeaderOffset();
			long end = entry.getDataOffset() + Math.max(0, entry.getCompressedSize());
			if (entry.getDataOffset() < 0) {
				throw new CompressionBomb();
			}
			spans.add(new long[] { start, end });
		}
		spans.sort(java.util.Comparator.comparingLong((span) -> span[0]));
		for (int i = 1; i < spans.size(); i++) {
			if (spans.get(i)[0] < spans.get(i - 1)[1]) {
				throw new CompressionBomb();
			}
		}
	}

	/** A package that unpacks to much more than it holds: a zip bomb. */
	public static final class CompressionBomb extends RuntimeException {

		private static final long serialVersionUID = 1L;

		CompressionBomb() {
			super("The package unpacks to far more than it holds", null, false, false);
		}

	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

}
