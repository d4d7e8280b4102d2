package vn.dondoc.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * The reading benchmark of issue 18, run by {@code bench/reading} (not a test): a text
 * PDF of ten pages, and a two-page scan at 300 dpi, each read several times; the median,
 * the heap the JVM uses after each, and the tasks found.
 */
public final class ReadingBench {

	private ReadingBench() {
	}

	public static void main(String[] args) throws Exception {
		int runs = (args.length > 0) ? Integer.parseInt(args[0]) : 5;
		DirectiveParser parser = new DirectiveParser(List.of("Sở Thông tin và Truyền thông"));
		TextExtraction extraction = new TextExtraction("tesseract", 300);
		Corpus.Doc base = Corpus.all().get(0);
		byte[] tenPages = Renderings.pdf(longer(base, 88));
		byte[] twoPages = Renderings.scan(Renderings.pdf(longer(base, 18)), 300, 0.3, 7);
		report("text PDF", tenPages, runs, (content) -> parser.parse(extraction.pdf(content).text()), extraction);
		report("scan PDF (300 dpi)", twoPages, Math.max(1, runs / 2),
				(content) -> parser.parse(extraction.pdf(content).text()), extraction);
	}

	/** The document with its body repeated until it fills pages. */
	static Corpus.Doc longer(Corpus.Doc doc, int paragraphs) {
		List<String> body = new ArrayList<>(doc.body().subList(0, doc.body().size() - 1));
		for (int i = 0; body.size() < paragraphs; i++) {
			body.add((7 + i) + ". Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với các sở, ban, ngành rà soát, "
					+ "đánh giá hiện trạng hạ tầng số của các cơ quan nhà nước trên địa bàn tỉnh, đề xuất giải pháp "
					+ "nâng cấp, bảo đảm kết nối liên thông và an toàn thông tin, báo cáo Ủy ban nhân dân tỉnh trước ngày "
					+ (1 + i % 28) + "/" + (1 + i % 12) + "/2027.");
		}
		body.add(doc.body().get(doc.body().size() - 1));
		return new Corpus.Doc(doc.name(), doc.left(), doc.right(), doc.title(), body, doc.table(), doc.after(),
				doc.signLeft(), doc.signRight(), doc.expected());
	}

	interface Read {

		ReadDirective apply(byte[] content) throws Exception;

	}

	static void report(String name, byte[] content, int runs, Read read, TextExtraction extraction) throws Exception {
		int pages;
		try (var document = org.apache.pdfbox.Loader.loadPDF(content)) {
			pages = document.getNumberOfPages();
		}
		List<Long> millis = new ArrayList<>();
		long heap = 0;
		int tasks = 0;
		for (int i = 0; i < runs + 1; i++) {
			long started = System.nanoTime();
			tasks = read.apply(content).tasks().size();
			long took = (System.nanoTime() - started) / 1_000_000;
			if (i > 0) {
				// The first run warms the JIT.
				millis.add(took);
			}
			System.gc();
			heap = Math.max(heap, Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
		}
		millis.sort(null);
		System.out.printf("%s: %d pages, %d KB, %d tasks; median %d ms, max %d ms over %d runs; heap after %d MB%n",
				name, pages, content.length / 1024, tasks, millis.get(millis.size() / 2), millis.get(millis.size() - 1),
				runs, heap / (1024 * 1024));
	}

}
