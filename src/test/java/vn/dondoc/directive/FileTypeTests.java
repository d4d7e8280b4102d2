package vn.dondoc.directive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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

}
