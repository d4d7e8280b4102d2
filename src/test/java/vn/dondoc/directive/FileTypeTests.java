package vn.dondoc.directive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Attachments are recognised by what they contain, never by their name.
 */
class FileTypeTests {

	static byte[] zip(String... entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write("<x/>".getBytes());
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	@Test
	void pdfPngAndJpegAreKnownByTheirMagicBytes() {
		assertThat(FileType.of("%PDF-1.7 ...".getBytes())).contains(FileType.PDF);
		assertThat(FileType.of(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0 }))
			.contains(FileType.PNG);
		assertThat(FileType.of(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }))
			.contains(FileType.JPEG);
	}

	@Test
	void wordAndExcelAreToldApartByWhatTheirPackageHolds() throws IOException {
		assertThat(FileType.of(zip("[Content_Types].xml", "word/document.xml"))).contains(FileType.DOCX);
		assertThat(FileType.of(zip("[Content_Types].xml", "xl/workbook.xml"))).contains(FileType.XLSX);
	}

	@Test
	void anyOtherContentIsRefusedWhateverItIsCalled() throws IOException {
		assertThat(FileType.of(new byte[] { 'M', 'Z', (byte) 0x90, 0 })).isEmpty();
		assertThat(FileType.of(zip("virus.exe"))).isEmpty();
		assertThat(FileType.of(zip("word/document.xml"))).isEmpty();
		assertThat(FileType.of("<html><script>".getBytes())).isEmpty();
		assertThat(FileType.of(new byte[0])).isEmpty();
	}

	/**
	 * A Word file of about a megabyte whose document really unpacks to 1 GiB of zeros.
	 * Deflating a gigabyte takes tens of seconds, so the stream is made the way such
	 * bombs are: one flushed block of a megabyte of zeros, repeated 1,024 times.
	 */
	static byte[] bomb() throws IOException {
		byte[] zeros = new byte[1 << 20];
		java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION, true);
		deflater.setInput(zeros);
		byte[] buffer = new byte[64 * 1024];
		ByteArrayOutputStream block = new ByteArrayOutputStream();
		int n;
		while ((n = deflater.deflate(buffer, 0, buffer.length, java.util.zip.Deflater.SYNC_FLUSH)) > 0) {
			block.write(buffer, 0, n);
		}
		deflater.end();
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		for (int i = 0; i < 1024; i++) {
			block.writeTo(raw);
			crc.update(zeros);
		}
		// The last block: empty, final.
		raw.write(new byte[] { 3, 0 });
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream zip = new org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream(
				bytes)) {
			org.apache.commons.compress.archivers.zip.ZipArchiveEntry document = new org.apache.commons.compress.archivers.zip.ZipArchiveEntry(
					"word/document.xml");
			document.setMethod(java.util.zip.ZipEntry.DEFLATED);
			document.setSize(1024L << 20);
			document.setCompressedSize(raw.size());
			document.setCrc(crc.getValue());
			zip.addRawArchiveEntry(document, new java.io.ByteArrayInputStream(raw.toByteArray()));
			zip.putArchiveEntry(new org.apache.commons.compress.archivers.zip.ZipArchiveEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes());
			zip.closeArchiveEntry();
		}
		return bytes.toByteArray();
	}

	@Test
	void theBombIsReal() throws IOException {
		// What the check refuses without unpacking does unpack to a gigabyte.
		long inflated = 0;
		try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
				new java.io.ByteArrayInputStream(bomb()))) {
			assertThat(zip.getNextEntry().getName()).isEqualTo("word/document.xml");
			byte[] buffer = new byte[1 << 20];
			int n;
			while (inflated < (64L << 20) && (n = zip.read(buffer)) > 0) {
				inflated += n;
			}
		}
		assertThat(inflated).as("at least the first 64 MB unpack").isGreaterThanOrEqualTo(64L << 20);
	}

	@Test
	void aZipBombIsRefusedFromItsDirectoryWithoutUnpackingIt() throws IOException {
		byte[] bomb = bomb();
		assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
		long started = System.nanoTime();
		assertThatThrownBy(() -> FileType.of(bomb)).isInstanceOf(FileType.CompressionBomb.class);
		assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds to refuse it").isLessThan(100);
	}

	/** A Word package whose document is {@code size} bytes of zeros, deflated. */
	static byte[] docxOfZeros(int size) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes());
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write(new byte[size]);
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	/** Where the central directory's record of an entry starts. */
	static int centralRecord(byte[] zip, String name) {
		byte[] wanted = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		for (int i = 0; i + 46 < zip.length; i++) {
			if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2
					&& java.util.Arrays.equals(zip, i + 46, i + 46 + wanted.length, wanted, 0, wanted.length)) {
				return i;
			}
		}
		throw new IllegalArgumentException(name);
	}

	static void putInt(byte[] bytes, int at, long value) {
		for (int i = 0; i < 4; i++) {
			bytes[at + i] = (byte) (value >>> (8 * i));
		}
	}

	static int shortAt(byte[] bytes, int at) {
		return (bytes[at] & 0xff) | ((bytes[at + 1] & 0xff) << 8);
	}

	@Test
	void aDirectoryThatUnderstatesAnEntryIsCaughtWhileUnpacking() throws IOException {
		// 8 MB of zeros whose directory says 1,000 bytes: nothing in the directory gives
		// it away (the probe's was a gigabyte).
		byte[] lying = docxOfZeros(8 << 20);
		putInt(lying, centralRecord(lying, "word/document.xml") + 24, 1000);
		assertThatThrownBy(() -> FileType.of(lying)).isInstanceOf(FileType.CompressionBomb.class);
		assertThat(FileType.of(docxOfZeros(1000))).contains(FileType.DOCX);
	}

	@Test
	void entriesThatShareTheirBytesAreRefused() throws IOException {
		byte[] plain = docxOfZeros(500_000);
		int record = centralRecord(plain, "word/document.xml");
		int length = 46 + shortAt(plain, record + 28) + shortAt(plain, record + 30) + shortAt(plain, record + 32);
		int end = plain.length - 22;
		// A second record for the same stored bytes under another name, before the end
		// record, which then counts it.
		byte[] copy = java.util.Arrays.copyOfRange(plain, record, record + length);
		copy[46 + "word/documen".length()] = 'u';
		byte[] overlapping = new byte[plain.length + length];
		System.arraycopy(plain, 0, overlapping, 0, end);
		System.arraycopy(copy, 0, overlapping, end, length);
		System.arraycopy(plain, end, overlapping, end + length, 22);
		int eocd = end + length;
		int entries = shortAt(overlapping, eocd + 10) + 1;
		overlapping[eocd + 8] = (byte) entries;
		overlapping[eocd + 10] = (byte) entries;
		long directorySize = (overlapping[eocd + 12] & 0xffL) | ((overlapping[eocd + 13] & 0xffL) << 8);
		putInt(overlapping, eocd + 12, directorySize + length);
		assertThat(FileType.of(plain)).contains(FileType.DOCX);
		assertThatThrownBy(() -> FileType.of(overlapping)).isInstanceOf(FileType.CompressionBomb.class);
	}

	@Test
	void manySmallEntriesDeclaringHundredsOfMegabytesAreRefused() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes());
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<w:document/>".getBytes());
			byte[] megabyte = new byte[1 << 20];
			for (int i = 0; i < 110; i++) {
				zip.putNextEntry(new ZipEntry("word/media/image" + i + ".bin"));
				zip.write(megabyte);
			}
		}
		byte[] packed = bytes.toByteArray();
		assertThat(packed.length).as("small on the wire").isLessThan(200_000);
		assertThatThrownBy(() -> FileType.of(packed)).isInstanceOf(FileType.CompressionBomb.class);
	}

	@Test
	void anOrdinaryPackageWithSmallRepetitiveEntriesIsNotTakenForABomb() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes());
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			// 600 KB of the same paragraph packs a thousand times, and is a real
			// document.
			zip.write("<w:p><w:r><w:t>Nội dung</w:t></w:r></w:p>".repeat(15_000).getBytes());
			zip.closeEntry();
		}
		assertThat(FileType.of(bytes.toByteArray())).contains(FileType.DOCX);
	}

}
