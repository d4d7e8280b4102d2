package vn.dondoc.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: the corpus read as text, as a PDF with a text layer and as a Word file,
 * scored field by field (precision: of what was read, how much is right; recall: of what
 * is printed, how much was read right) and task by task (found with its deadline), with
 * no deadline invented. The table is printed for the note.
 */
class DirectiveCorpusTests {

	static final List<String> NAMES = List.of("Sở Thông tin và Truyền thông", "Sở TT&TT", "Sở TTTT");

	final DirectiveParser parser = new DirectiveParser(NAMES);

	final TextExtraction extraction = new TextExtraction("tesseract", 300);

	static final Map<String, Function<ReadDirective, Object>> FIELDS = new LinkedHashMap<>();

	static final Map<String, Function<Corpus.Expected, Object>> EXPECTED = new LinkedHashMap<>();

	static {
		FIELDS.put("kind", ReadDirective::kind);
		EXPECTED.put("kind", Corpus.Expected::kind);
		FIELDS.put("numberSymbol", ReadDirective::numberSymbol);
		EXPECTED.put("numberSymbol", Corpus.Expected::numberSymbol);
		FIELDS.put("place", ReadDirective::place);
		EXPECTED.put("place", Corpus.Expected::place);
		FIELDS.put("issueDate", ReadDirective::issueDate);
		EXPECTED.put("issueDate", Corpus.Expected::issueDate);
		FIELDS.put("issuer", ReadDirective::issuer);
		EXPECTED.put("issuer", Corpus.Expected::issuer);
		FIELDS.put("summary", ReadDirective::summary);
		EXPECTED.put("summary", Corpus.Expected::summary);
		FIELDS.put("signer", ReadDirective::signer);
		EXPECTED.put("signer", Corpus.Expected::signer);
		FIELDS.put("signerCompetence", ReadDirective::signerCompetence);
		EXPECTED.put("signerCompetence", Corpus.Expected::signerCompetence);
		FIELDS.put("signerPosition", ReadDirective::signerPosition);
		EXPECTED.put("signerPosition", Corpus.Expected::signerPosition);
	}

	/** Counts for one field: read, printed, right. */
	static final class Score {

		int read;

		int printed;

		int right;

		String precision() {
			return (this.read == 0) ? "–" : "%.0f %%".formatted(100.0 * this.right / this.read);
		}

		String recall() {
			return (this.printed == 0) ? "–" : "%.0f %%".formatted(100.0 * this.right / this.printed);
		}

	}

	record Result(Map<String, Score> fields, Score tasks, List<String> invented, List<String> misses) {

	}

	Result score(String format, Function<Corpus.Doc, ReadDirective> read) {
		Map<String, Score> fields = new LinkedHashMap<>();
		FIELDS.keySet().forEach((f) -> fields.put(f, new Score()));
		Score tasks = new Score();
		List<String> invented = new ArrayList<>();
		List<String> misses = new ArrayList<>();
		for (Corpus.Doc doc : Corpus.all()) {
			ReadDirective got = read.apply(doc);
			for (String field : FIELDS.keySet()) {
				Object value = FIELDS.get(field).apply(got);
				Object expected = EXPECTED.get(field).apply(doc.expected());
				Score s = fields.get(field);
				if (value != null) {
					s.read++;
				}
				if (expected != null) {
					s.printed++;
				}
				if (value != null && value.equals(expected)) {
					s.right++;
				}
				else if (!Objects.equals(value, expected)) {
					misses.add(format + " " + doc.name() + " " + field + ": read [" + value + "], printed [" + expected
							+ "]");
				}
			}
			tasks.read += got.tasks().size();
			for (Corpus.ExpectedTask want : doc.expected().tasks()) {
				tasks.printed++;
				ReadDirective.ReadTask found = got.tasks()
					.stream()
					.filter((t) -> t.content().contains(want.phrase()))
					.findFirst()
					.orElse(null);
				if (found == null) {
					misses.add(format + " " + doc.name() + " task not found: " + want.phrase());
					continue;
				}
				boolean deadlineRight = Objects.equals(found.deadline(), want.deadline())
						&& Objects.equals(found.recurrence(), want.recurrence());
				if (deadlineRight && Objects.equals(found.deadlineMeaning(), want.meaning())) {
					tasks.right++;
				}
				else {
					misses.add(format + " " + doc.name() + " task " + want.phrase() + ": read " + found.deadline() + " "
							+ found.deadlineMeaning() + " " + found.recurrence() + ", printed " + want.deadline() + " "
							+ want.meaning() + " " + want.recurrence());
				}
				if (found.deadline() != null && !found.deadline().equals(want.deadline())) {
					invented.add(format + " " + doc.name() + ": " + found.deadline() + " for " + want.phrase());
				}
			}
			for (ReadDirective.ReadTask task : got.tasks()) {
				boolean expected = doc.expected().tasks().stream().anyMatch((w) -> task.content().contains(w.phrase()));
				if (!expected) {
					misses.add(format + " " + doc.name() + " task read but not assigned: " + task.content());
					if (task.deadline() != null) {
						invented.add(format + " " + doc.name() + ": " + task.deadline() + " for " + task.content());
					}
				}
			}
		}
		return new Result(fields, tasks, invented, misses);
	}

	@Test
	void theCorpusIsReadFromTextPdfAndWord() {
		Map<String, Result> results = new LinkedHashMap<>();
		results.put("text", score("text", (doc) -> this.parser.parse(Renderings.text(doc))));
		results.put("pdf", score("pdf", (doc) -> {
			try {
				return this.parser.parse(this.extraction.pdf(Renderings.pdf(doc)).text());
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}));
		results.put("docx", score("docx", (doc) -> {
			try {
				return this.parser.parse(this.extraction.docx(Renderings.docx(doc)).text());
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}));
		StringBuilder table = new StringBuilder("\n| field | "
				+ String.join(" | ", results.keySet().stream().map((f) -> f + " precision | " + f + " recall").toList())
				+ " |\n");
		table.append("|---|").append("---:|".repeat(results.size() * 2)).append('\n');
		for (String field : FIELDS.keySet()) {
			table.append("| ").append(field);
			results.values()
				.forEach((r) -> table.append(" | ")
					.append(r.fields().get(field).precision())
					.append(" | ")
					.append(r.fields().get(field).recall()));
			table.append(" |\n");
		}
		table.append("| tasks (with deadline)");
		results.values()
			.forEach((r) -> table.append(" | ").append(r.tasks().precision()).append(" | ").append(r.tasks().recall()));
		table.append(" |\n");
		System.out.println("Corpus of " + Corpus.all().size() + " documents:" + table);
		results.values().forEach((r) -> r.misses().forEach(System.out::println));

		for (Map.Entry<String, Result> result : results.entrySet()) {
			assertThat(result.getValue().invented()).as(result.getKey() + ": no invented deadline").isEmpty();
			int right = result.getValue().fields().values().stream().mapToInt((s) -> s.right).sum();
			int printed = result.getValue().fields().values().stream().mapToInt((s) -> s.printed).sum();
			assertThat(100.0 * right / printed).as(result.getKey() + " header fields right, %")
				.isGreaterThanOrEqualTo(95.0);
			assertThat(100.0 * result.getValue().tasks().right / result.getValue().tasks().printed)
				.as(result.getKey() + " tasks found with their deadline, %")
				.isGreaterThanOrEqualTo(85.0);
		}
	}

	/**
	 * Scans: each PDF printed, scanned at 300 dpi turned by up to half a degree with
	 * speckles, read back by Tesseract (its Vietnamese model) — the same scores, and the
	 * time of each page.
	 */
	@Test
	void theCorpusIsReadFromScans() {
		java.util.List<Long> millis = new ArrayList<>();
		java.util.List<Integer> pages = new ArrayList<>();
		Result result = score("scan", (doc) -> {
			try {
				byte[] scan = Renderings.scan(Renderings.pdf(doc), 300, (doc.name().hashCode() % 5) / 10.0,
						doc.name().hashCode());
				long started = System.nanoTime();
				TextExtraction.Text text = this.extraction.pdf(scan);
				millis.add((System.nanoTime() - started) / 1_000_000);
				pages.add(text.pages());
				assertThat(text.ocr()).isTrue();
				return this.parser.parse(text.text());
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		StringBuilder table = new StringBuilder("\n| field | scan precision | scan recall |\n|---|---:|---:|\n");
		result.fields()
			.forEach((field, s) -> table.append("| ")
				.append(field)
				.append(" | ")
				.append(s.precision())
				.append(" | ")
				.append(s.recall())
				.append(" |\n"));
		table.append("| tasks (with deadline) | ")
			.append(result.tasks().precision())
			.append(" | ")
			.append(result.tasks().recall())
			.append(" |\n");
		System.out.println(
				"Corpus scanned at 300 dpi:" + table + "OCR time per document (ms): " + millis + ", pages: " + pages);
		result.misses().forEach(System.out::println);
		assertThat(result.invented()).as("scan: no invented deadline").isEmpty();
		int right = result.fields().values().stream().mapToInt((s) -> s.right).sum();
		int printed = result.fields().values().stream().mapToInt((s) -> s.printed).sum();
		assertThat(100.0 * right / printed).as("scan header fields right, %").isGreaterThanOrEqualTo(90.0);
		assertThat(100.0 * result.tasks().right / result.tasks().printed).as("scan tasks with their deadline, %")
			.isGreaterThanOrEqualTo(70.0);
	}

	@Test
	void aSecretDocumentIsNotRead() {
		String text = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH GIA LAI\tĐộc lập - Tự do - Hạnh phúc\n"
				+ "Số: 12/UBND-NC\tGia Lai, ngày 02 tháng 12 năm 2026\nMẬT\nV/v phương án bảo vệ\n";
		org.assertj.core.api.Assertions.assertThatExceptionOfType(SecretDocument.class)
			.isThrownBy(() -> this.parser.parse(text));
		// "bí mật" in a sentence is no mark.
		assertThat(this.parser.parse(text.replace("MẬT\n", "Về bảo vệ bí mật nhà nước\n")).numberSymbol())
			.isEqualTo("12/UBND-NC");
	}

	@Test
	void citationsEffectiveDatesAndPeriodsAreNoDeadlines() {
		String text = """
				ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
				TỈNH GIA LAI\tĐộc lập - Tự do - Hạnh phúc
				Số: 99/UBND-KGVX\tGia Lai, ngày 02 tháng 12 năm 2026
				V/v thực hiện Quyết định số 942/QĐ-TTg
				Căn cứ Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ;
				1. Giao Sở Thông tin và Truyền thông triển khai Quyết định số 942/QĐ-TTg ngày 15/6/2021 trong giai đoạn 2021 - 2025, kể từ ngày 01/01/2027.
				2. Giao Sở Thông tin và Truyền thông thực hiện thường xuyên việc theo dõi.
				""";
		ReadDirective read = this.parser.parse(text);
		assertThat(read.tasks()).hasSize(2);
		assertThat(read.tasks()).allSatisfy((t) -> assertThat(t.deadline()).isNull());
		assertThat(read.issueDate()).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(read.tasks()).extracting(ReadDirective.ReadTask::category).containsOnly("GENERAL");
		assertThat(this.parser
			.parse(text.replace("triển khai Quyết định số 942/QĐ-TTg", "triển khai chuyển đổi số theo Quyết định"))
			.tasks()
			.get(0)
			.category()).isEqualTo("SPECIALISED");
	}

}
