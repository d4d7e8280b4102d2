package vn.dondoc.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 29: the largest file the import accepts (10,000 task rows of the template, each
 * with a long task text) is read in a JVM of {@value #HEAP_MB} MB of heap, and a file
 * past the row limit is refused there without running out of memory. Each reading runs in
 * a JVM of its own, so that the limit is the heap's, not an estimate; it prints the peak.
 */
class ImportHeapTests {

	static final int HEAP_MB = 200;

	/** Reads the file given and prints the rows read and the heap's peak in MB. */
	public static void main(String[] args) throws Exception {
		byte[] content = Files.readAllBytes(Path.of(args[0]));
		String outcome;
		try {
			outcome = "rows=" + SheetReader.read("tep.xlsx", content).size();
		}
		catch (SheetReader.Unreadable ex) {
			outcome = "refused=" + ex.messageKey();
		}
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		System.out.println(outcome + " peakHeapMB=" + (peak >> 20));
	}

	static byte[] sheet(int rows, int textLength) throws IOException {
		try (SXSSFWorkbook book = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Nhập");
			List<String> headings = ImportIT.TEMPLATE;
			Row head = sheet.createRow(0);
			for (int i = 0; i < headings.size(); i++) {
				head.createCell(i).setCellValue(headings.get(i));
			}
			String text = "Triển khai nhiệm vụ chuyển đổi số ".repeat(textLength / 34 + 1).substring(0, textLength);
			String day = LocalDate.of(2026, 11, 2).toString();
			for (int r = 1; r <= rows; r++) {
				Row row = sheet.createRow(r);
				String[] cells = { (r / 3) + "/UBND-HEAP", "Công văn", "UBND tỉnh", day, day, "Về việc " + r, "", "",
						text, "CNTT", "", "BCVT" };
				for (int c = 0; c < cells.length; c++) {
					row.createCell(c).setCellValue(cells[c]);
				}
			}
			book.write(out);
			book.dispose();
			return out.toByteArray();
		}
	}

	private static String read(Path file) throws Exception {
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx" + HEAP_MB + "m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
				ImportHeapTests.class.getName(), file.toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes()).strip();
		assertThat(process.waitFor()).as(output).isZero();
		return output.substring(output.lastIndexOf('\n') + 1);
	}

	@Test
	void theLargestAcceptedFileIsReadInTwoHundredMegabytes(@TempDir Path dir) throws Exception {
		Path largest = dir.resolve("largest.xlsx");
		Files.write(largest, sheet(SheetReader.MAX_ROWS, 2_000));
		String output = read(largest);
		System.out
			.println("import, " + SheetReader.MAX_ROWS + " rows (" + (Files.size(largest) >> 10) + " KB): " + output);
		assertThat(output).contains("rows=" + (SheetReader.MAX_ROWS + 1));

		Path heavy = dir.resolve("heavy.xlsx");
		Files.write(heavy, sheet(12_000, 1_000));
		output = read(heavy);
		System.out.println("import, 12,000 rows (" + (Files.size(heavy) >> 10) + " KB): " + output);
		assertThat(output).contains("refused=import.file.tooManyRows");
	}

}
