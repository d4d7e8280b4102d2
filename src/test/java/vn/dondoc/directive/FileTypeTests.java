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
