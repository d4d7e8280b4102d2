package vn.dondoc.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.dondoc.common.DayParameter;

/**
 * The template: the headings in Vietnamese and two example rows (one task each of one
 * directive, the second with a coordinating unit).
 */
final class ImportTemplate {

	private ImportTemplate() {
	}

	/**
	 * @param text the import's Vietnamese words by message key: the kind and the issuer
	 * are written as the import reads them
	 */
	static List<List<Object>> examples(LocalDate today, Function<String, String> text) {
		String kind = text.apply("directiveKind.CONG_VAN");
		String issuer = text.apply("issuer.UBND_TINH");
		return List.of(
				List.of("1234/UBND-KGVX", kind, issuer, today.minusDays(3), today, "Về việc triển khai chữ ký số",
						"Nguyễn Văn A", "", "Cấp chứng thư số cho cán bộ, công chức", "CNTT", today.plusMonths(1), ""),
				List.of("1234/UBND-KGVX", kind, issuer, today.minusDays(3), today, "Về việc triển khai chữ ký số",
						"Nguyễn Văn A", "", "Báo cáo kết quả triển khai", "VP", today.plusMonths(2), "CNTT, BCVT"));
	}

	static byte[] xlsx(List<String> headings, LocalDate today, Function<String, String> text) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(text.apply("import.sheet"));
			CellStyle date = book.createCellStyle();
			date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			Row head = sheet.createRow(0);
			for (int i = 0; i < headings.size(); i++) {
				head.createCell(i).setCellValue(headings.get(i));
				sheet.setColumnWidth(i, 22 * 256);
			}
			int r = 1;
			for (List<Object> example : examples(today, text)) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < example.size(); i++) {
					if (example.get(i) instanceof LocalDate day) {
						row.createCell(i).setCellValue(day);
						row.getCell(i).setCellStyle(date);
					}
					else {
						row.createCell(i).setCellValue(example.get(i).toString());
					}
				}
			}
			sheet.createFreezePane(0, 1);
			book.write(out);
			return out.toByteArray();
		}
	}

	static byte[] csv(List<String> headings, LocalDate today, Function<String, String> text) {
		StringBuilder out = new StringBuilder("\uFEFF");
		out.append(String.join(",", headings.stream().map(ImportTemplate::quote).toList())).append("\r\n");
		for (List<Object> example : examples(today, text)) {
			out.append(String.join(",",
					example.stream()
						.map((cell) -> (cell instanceof LocalDate day) ? DayParameter.DMY.format(day) : cell.toString())
						.map(ImportTemplate::quote)
						.toList()))
				.append("\r\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String quote(String value) {
		return (value.contains(",") || value.contains("\"")) ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

}
