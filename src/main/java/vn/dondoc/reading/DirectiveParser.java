package vn.dondoc.reading;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dondoc.common.SearchWords;

/**
 * Reads the layout of a Vietnamese administrative document (Nghị định 30/2020, Appendix
 * I) from its text: the issuing body (top left), "Số: …", the place-and-date line, the
 * kind and title (or a công văn's "V/v …"), the signature block, and the paragraphs and
 * table rows that assign work to the Department. A line's columns are separated by a tab
 * (two columns of a header printed side by side). Dates of citations, effective dates and
 * periods are never taken for deadlines: only the phrases that set one ("trước ngày …",
 * "trong tháng …", "chậm nhất …").
 */
public final class DirectiveParser {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	/** "Số: 06/2024/QĐ-UBND", spacing and a line break tolerated, "Sô"/"S6" from OCR. */
	private static final Pattern NUMBER = Pattern.compile(
			"\\bS[ốôoóồ6ỐÔO][\\s:;.,]*([0-9]{1,6}\\s*/\\s*(?:[0-9]{4}\\s*/\\s*)?[\\p{Lu}Đ][\\p{Lu}Đ0-9]*(?:\\s*[-–]\\s*[\\p{Lu}Đ0-9]+)*)",
			Pattern.UNICODE_CASE);

	private static final Pattern PLACE_DATE = Pattern.compile(
			"([\\p{Lu}][\\p{L}.]*(?:[ \\-–]+[\\p{Lu}][\\p{L}.]*){0,4})\\s*,\\s*ng[àa]y\\s+(\\d{1,2})\\s+th[áa]ng\\s+(\\d{1,2})\\s+n[ăa]m\\s+(\\d{4})",
			Pattern.UNICODE_CASE);

	private static final Pattern COMPETENCE = Pattern.compile("^(TM|KT|TL|TUQ|Q)\\s*\\.\\s*([\\p{Lu}Đ][\\p{Lu}Đ .]*)$",
			Pattern.UNICODE_CASE);

	private static final Pattern NAME = Pattern.compile("^[\\p{Lu}][\\p{Ll}]+(?: [\\p{Lu}][\\p{Ll}]*){1,5}$",
			Pattern.UNICODE_CASE);

	private static final Pattern ITEM = Pattern
		.compile("^(?:\\d+(?:\\.\\d+)*[.)]|[a-zđ][.)]|[-–+•*]|Điều\\s+\\d+\\.?|[IVX]+\\.)\\s*", Pattern.UNICODE_CASE);

	private static final String[] ACTIONS = { "giao", "chu tri", "phoi hop", "thuc hien", "tham muu", "trien khai",
			"xay dung", "bao cao", "huong dan", "to chuc", "ra soat", "theo doi", "kiem tra", "don doc", "hoan thanh",
			"de xuat", "tong hop", "trinh", "cap nhat", "tiep tuc", "khan truong", "nghien cuu" };

	private static final String[] NOT_TASKS = { "can cu", "xet de nghi", "theo de nghi", "chiu trach nhiem thi hanh",
			"co hieu luc", "noi nhan", "nhu tren", "tham du", "chu tri cuoc hop", "chu tri hoi nghi", "sau khi nghe" };

	private static final String[] GENERAL = { "cac so, ban, nganh", "cac so ban nganh", "cac so, nganh",
			"cac so, ban nganh" };

	private final List<String> department;

	/**
	 * @param departmentNames the Department's name and its usual short forms ("Sở Thông
	 * tin và Truyền thông", "Sở TT&TT")
	 */
	public DirectiveParser(List<String> departmentNames) {
		this.department = departmentNames.stream().map(DirectiveParser::fold).filter((n) -> !n.isBlank()).toList();
	}

	/** A line and its columns (cells of a table, or a header printed side by side). */
	record Line(String text, List<String> segments, boolean row) {

	}

	/**
	 * @param text the document's text, a line per line, columns separated by tabs; a
	 * table row's cells by " | " behind a leading "|"
	 * @throws SecretDocument when it carries a secrecy mark
	 */
	public ReadDirective parse(String text) {
		List<Line> lines = lines(text);
		secrecy(lines);
		Map<String, String> sources = new LinkedHashMap<>();
		int bodyStart = bodyStart(lines);
		List<Line> header = lines.subList(0, bodyStart);

		String numberSymbol = null;
		int numberLine = -1;
		// The left column first ("Số:" and the number may be two lines of it), then all.
		Matcher number = NUMBER.matcher(String.join("\n", header.stream().map((l) -> l.segments().get(0)).toList()));
		if (!number.find()) {
			number = NUMBER.matcher(String.join("\n", header.stream().flatMap((l) -> l.segments().stream()).toList()));
			number = number.find() ? number : null;
		}
		if (number != null) {
			numberSymbol = number.group(1).replaceAll("\\s+", "").replace('–', '-');
			numberLine = lineOf(header, number.group(1).split("\\s*/")[0]);
			sources.put("numberSymbol", lineText(header, numberLine, number.group()));
		}

		String place = null;
		LocalDate issueDate = null;
		for (Line line : lines.subList(0, Math.min(lines.size(), bodyStart + 3))) {
			Matcher m = null;
			for (String segment : line.segments()) {
				Matcher candidate = PLACE_DATE.matcher(segment);
				if (candidate.find()) {
					m = candidate;
					break;
				}
			}
			if (m != null) {
				try {
					issueDate = LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)),
							Integer.parseInt(m.group(2)));
					place = m.group(1).strip();
					sources.put("issueDate", line.text());
					sources.put("place", line.text());
				}
				catch (DateTimeException ex) {
					// Not a day: left for the clerk.
				}
				break;
			}
		}

		// The issuing body: the upper-case lines of the left column above "Số".
		List<String> issuer = new ArrayList<>();
		int issuerEnd = (numberLine >= 0) ? numberLine : Math.min(header.size(), 6);
		for (int i = 0; i < issuerEnd; i++) {
			Line line = header.get(i);
			String left = line.segments().get(0);
			if (isHeading(left) || kindOf(left) != null || !isUpper(left) || left.length() < 3) {
				continue;
			}
			issuer.add(left);
		}
		String issuerLine = issuer.isEmpty() ? null : String.join(" ", issuer);
		if (issuerLine != null) {
			sources.put("issuerLine", issuerLine);
		}

		// Kind and title.
		String kind = null;
		String summary = null;
		int kindLine = -1;
		for (int i = 0; i < Math.min(lines.size(), bodyStart + 2); i++) {
			for (String segment : lines.get(i).segments()) {
				String k = kindOf(segment);
				if (k != null) {
					kind = k;
					kindLine = i;
					break;
				}
			}
			if (kind != null) {
				break;
			}
		}
		int vv = -1;
		for (int i = 0; i < Math.min(lines.size(), bodyStart + 2) && vv < 0; i++) {
			for (String segment : lines.get(i).segments()) {
				if (segment.matches("(?i)^(V/v|V/V|V/|Về việc)(\\s|\\b).*")) {
					vv = i;
					break;
				}
			}
		}
		if (kind == null && vv >= 0) {
			kind = "CONG_VAN";
		}
		if (vv >= 0 && (kindLine < 0 || vv < kindLine)) {
			summary = title(lines, vv, true);
			sources.put("summary", lines.get(vv).text());
		}
		else if (kindLine >= 0 && kindLine + 1 < lines.size()) {
			summary = title(lines, kindLine + 1, false);
			if (summary != null) {
				sources.put("summary", lines.get(kindLine + 1).text());
			}
		}
		if (kind == null && numberSymbol != null) {
			kind = Terms.kindOfSymbol(numberSymbol);
		}
		if ("THONG_BAO".equals(kind)) {
			kind = Terms.notice(summary);
		}
		if (kind != null) {
			sources.put("kind",
					(kindLine >= 0) ? lines.get(kindLine).text() : sources.getOrDefault("numberSymbol", ""));
		}

		// The signature block, read from the end.
		String competence = null;
		boolean onBehalfOfBody = false;
		String position = null;
		String signer = null;
		int tailStart = tailStart(lines, bodyStart);
		int positionLine = -1;
		for (int i = tailStart; i < lines.size(); i++) {
			// The whole line first: a wide gap inside "PHÓ CHỦ TỊCH" is no column.
			List<String> candidates = new ArrayList<>();
			if (lines.get(i).segments().size() > 1) {
				candidates.add(lines.get(i).text());
			}
			candidates.addAll(lines.get(i).segments());
			for (String segment : candidates) {
				Matcher c = COMPETENCE.matcher(segment.strip());
				if (c.matches()) {
					String written = c.group(1).toUpperCase(Locale.ROOT) + ". " + c.group(2).strip();
					if (c.group(1).equalsIgnoreCase("TM")) {
						onBehalfOfBody = true;
					}
					competence = written;
					sources.put("signerCompetence", lines.get(i).text());
				}
				else if (position == null && positionOf(segment) != null) {
					position = positionOf(segment);
					positionLine = i;
					sources.put("signerPosition", lines.get(i).text());
					break;
				}
			}
		}
		for (int i = Math.max(positionLine + 1, tailStart); positionLine >= 0 && i < lines.size(); i++) {
			for (String segment : lines.get(i).segments()) {
				String s = segment.strip();
				if (NAME.matcher(s).matches() && !s.startsWith("Nơi") && !s.startsWith("Như") && !s.startsWith("Lưu")
						&& !s.startsWith("Đã") && !s.contains("ký")) {
					signer = s;
					sources.put("signer", lines.get(i).text());
					break;
				}
			}
			if (signer != null) {
				break;
			}
		}
		String issuerCode = issuerCode(issuerLine, onBehalfOfBody, competence, position);
		if (issuerCode != null) {
			sources.put("issuer", (issuerLine != null) ? issuerLine : "");
		}

		// A table's rows wherever the text put them (a PDF's ruled table comes after its
		// page's text).
		List<Line> body = new ArrayList<>(lines.subList(bodyStart, tailStart));
		for (int i = 0; i < lines.size(); i++) {
			if ((i < bodyStart || i >= tailStart) && lines.get(i).row() && lines.get(i).text().contains(" | ")) {
				body.add(lines.get(i));
			}
		}
		List<ReadDirective.ReadTask> tasks = tasks(body);
		return new ReadDirective(kind, numberSymbol, place, issueDate, issuerLine, issuerCode, summary, signer,
				competence, position, tasks, sources);
	}

	// --- lines

	private static List<Line> lines(String text) {
		List<Line> lines = new ArrayList<>();
		for (String raw : Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00A0', ' ').split("\\r?\\n")) {
			boolean bar = raw.startsWith("|");
			String body = bar ? raw.substring(1) : raw;
			List<String> segments = Arrays.stream(body.split(bar ? "\\s*\\|\\s*|\\t" : "\\t+| {3,}"))
				.map((s) -> s.strip().replaceAll("\\s+", " "))
				.filter((s) -> !s.isEmpty() && !s.matches("[-–—_=.·\\s]+"))
				.toList();
			if (!bar && segments.size() == 1) {
				// Scanned text knows no columns: split where the right column's phrases
				// begin (the national heading, the place and date, the signature).
				segments = columnsOfOcr(segments.get(0));
			}
			// Three columns or more side by side: a table's row, as a PDF lays it out.
			boolean row = bar || segments.size() >= 3;
			if (!segments.isEmpty()) {
				lines.add(new Line(String.join(row ? " | " : " ", segments), segments, row));
			}
		}
		return lines;
	}

	private static final Pattern RIGHT_COLUMN = Pattern
		.compile("\\s(?=CỘNG HÒA XÃ HỘI|Độc lập\\s*[-–]|[\\p{Lu}][\\p{L}.]*(?: [\\p{Lu}][\\p{L}.]*){0,4}, ng[àa]y \\d|"
				+ "(?:TM|KT|TL|TUQ)\\. [\\p{Lu}Đ ]+$|(?:PHÓ CHÁNH VĂN PHÒNG|CHÁNH VĂN PHÒNG|PHÓ CHỦ TỊCH|CHỦ TỊCH)$|"
				+ "\\([đĐ][ãa] ký\\)$)", Pattern.UNICODE_CASE);

	private static List<String> columnsOfOcr(String line) {
		Matcher m = RIGHT_COLUMN.matcher(line);
		while (m.find()) {
			String left = line.substring(0, m.start()).strip();
			String right = line.substring(m.end()).strip();
			// Only where something stands on the left: a line that is all right column
			// stays whole.
			if (!left.isEmpty() && !right.isEmpty() && !left.endsWith(",")) {
				return List.of(left, right);
			}
		}
		return List.of(line);
	}

	private static void secrecy(List<Line> lines) {
		int n = lines.size();
		for (int i = 0; i < n; i++) {
			if (i > 25 && i < n - 5) {
				continue;
			}
			for (String segment : lines.get(i).segments()) {
				String s = segment.strip();
				if (s.matches("^(ĐỘ MẬT\\s*:?\\s*)?(MẬT|TỐI MẬT|TUYỆT MẬT)$")) {
					throw new SecretDocument(s);
				}
			}
		}
	}

	/**
	 * Where the body begins: after "Kính gửi" and its list, after the title, or at the
	 * first "Căn cứ", whichever comes first after the number.
	 */
	private static int bodyStart(List<Line> lines) {
		for (int i = 0; i < Math.min(lines.size(), 40); i++) {
			String first = fold(lines.get(i).segments().get(0));
			if (first.startsWith("can cu") || first.startsWith("thuc hien") || first.startsWith("xet de nghi")
					|| first.startsWith("theo de nghi") || first.matches("^(i|1)\\. .*")
					|| first.startsWith("dieu 1")) {
				return i;
			}
			if (first.startsWith("kinh gui")) {
				int j = i + 1;
				while (j < lines.size() && lines.get(j).segments().get(0).matches("^[-–+•].*")
						&& lines.get(j).text().length() < 120) {
					j++;
				}
				return j;
			}
		}
		return Math.min(lines.size(), 12);
	}

	/** Where the signature block and "Nơi nhận" begin. */
	private static int tailStart(List<Line> lines, int bodyStart) {
		for (int i = lines.size() - 1; i > bodyStart; i--) {
			for (String segment : lines.get(i).segments()) {
				String f = fold(segment);
				if (f.startsWith("noi nhan") || COMPETENCE.matcher(segment.strip()).matches()) {
					int start = i;
					// Both columns: "Nơi nhận" may sit beside the competence line.
					while (start - 1 > bodyStart && lines.get(start - 1)
						.segments()
						.stream()
						.anyMatch((s) -> COMPETENCE.matcher(s.strip()).matches())) {
						start--;
					}
					return earliestTail(lines, bodyStart, start);
				}
			}
		}
		return lines.size();
	}

	private static int earliestTail(List<Line> lines, int bodyStart, int found) {
		int start = found;
		for (int i = found; i > Math.max(bodyStart, found - 4); i--) {
			for (String segment : lines.get(i).segments()) {
				String f = fold(segment);
				if (f.startsWith("noi nhan") || COMPETENCE.matcher(segment.strip()).matches()) {
					start = i;
				}
			}
		}
		return start;
	}

	private static String title(List<Line> lines, int from, boolean vv) {
		StringBuilder title = new StringBuilder();
		for (int i = from; i < Math.min(lines.size(), from + 4); i++) {
			String segment = lines.get(i).segments().get(0);
			String f = fold(segment);
			if (i > from && (f
				.matches("^(kinh gui|can cu|thuc hien|xet de nghi|theo de nghi|ngay \\d|thoi gian|de |sau |"
						+ "trong |nham |qua |hien nay|vua qua|thuc te|tu dau).*")
					|| segment.matches("^[-–+•0-9].*") || (isUpper(segment) && segment.length() > 3)
					|| kindOf(segment) != null || segment.strip().matches(".*[:;]$") || segment.contains(". ")
					|| segment.length() > 110)) {
				break;
			}
			if (i == from && !vv && (isUpper(segment) || f.startsWith("can cu"))) {
				return null;
			}
			if (i > from && NUMBER.matcher(segment).find()) {
				break;
			}
			title.append(title.isEmpty() ? "" : " ").append(segment);
			if (vv && lines.get(i).segments().size() == 1 && i + 1 < lines.size()
					&& lines.get(i + 1).segments().size() > 1) {
				break;
			}
		}
		// A scan may lose the "v" of "V/v".
		String t = title.toString().strip().replaceFirst("^V/\\s", "V/v ");
		return t.isEmpty() ? null : t;
	}

	// --- header helpers

	private static boolean isHeading(String segment) {
		String f = fold(segment);
		return f.contains("cong hoa xa hoi chu nghia") || f.contains("doc lap") || f.contains("tu do")
				|| f.startsWith("so") && NUMBER.matcher(segment).find() || f.contains(", ngay ");
	}

	/** The kind a title line names ("QUYẾT ĐỊNH", in capitals, on its own). */
	private static String kindOf(String segment) {
		return isUpper(segment) ? Terms.kindOfName(segment.strip()) : null;
	}

	private static String positionOf(String segment) {
		return isUpper(segment) ? Terms.positionOf(segment.strip()) : null;
	}

	private static String issuerCode(String issuerLine, boolean onBehalfOfBody, String competence, String position) {
		String issuer = (issuerLine != null) ? Terms.issuerOf(issuerLine) : null;
		if (!"UBND_TINH".equals(issuer) || onBehalfOfBody) {
			return issuer;
		}
		boolean chairman = (competence != null && fold(competence).contains("chu tich"))
				|| (competence == null && "CHU_TICH".equals(position));
		return chairman ? "CHU_TICH_UBND_TINH" : "UBND_TINH";
	}

	private static boolean isUpper(String segment) {
		boolean letter = false;
		for (int i = 0; i < segment.length(); i++) {
			char c = segment.charAt(i);
			if (Character.isLetter(c)) {
				letter = true;
				if (Character.isLowerCase(c)) {
					return false;
				}
			}
		}
		return letter;
	}

	/** The line of the number: its "Số" and the number's first part. */
	private static int lineOf(List<Line> lines, String contains) {
		for (int i = 0; i < lines.size(); i++) {
			for (String segment : lines.get(i).segments()) {
				if (segment.contains(contains.strip()) && fold(segment).startsWith("so")) {
					return i;
				}
			}
		}
		return -1;
	}

	private static String lineText(List<Line> lines, int index, String fallback) {
		return (index >= 0) ? lines.get(index).text() : fallback.replace('\n', ' ');
	}

	// --- tasks

	private List<ReadDirective.ReadTask> tasks(List<Line> body) {
		List<ReadDirective.ReadTask> tasks = new ArrayList<>();
		int[] columns = null;
		String heading = null;
		String headingMarker = "";
		for (String paragraph : paragraphs(body)) {
			if (paragraph.startsWith("|")) {
				List<String> cells = Arrays.stream(paragraph.substring(1).split("\\s*\\|\\s*"))
					.map(String::strip)
					.toList();
				int[] found = columnsOf(cells);
				if (found != null) {
					columns = found;
					continue;
				}
				if (columns != null) {
					ReadDirective.ReadTask task = row(cells, columns);
					if (task != null) {
						tasks.add(task);
					}
				}
				continue;
			}
			String item = ITEM.matcher(paragraph).replaceFirst("").strip();
			String f = fold(item);
			String marker = marker(paragraph);
			if (heading != null && !marker.isEmpty() && marker.equals(headingMarker)) {
				heading = null;
			}
			if (item.endsWith(":") && item.length() < 200) {
				// A heading: who does the items below it, if it names the Department.
				if ((mentionsDepartment(f) || isGeneral(f)) && item.length() <= 140 && !f.contains("nhu sau")
						&& !startsWithNotTask(f)) {
					String named = item.substring(0, item.length() - 1).strip();
					String lead = lead(named, null);
					heading = (lead != null) ? lead : named.replaceAll("^(?i)giao\\s+", "");
					headingMarker = marker;
				}
				else if (!marker.equals("letter") && !marker.equals("dash")) {
					heading = null;
				}
				continue;
			}
			for (String unit : units(item)) {
				ReadDirective.ReadTask task = task(unit, heading);
				if (task != null) {
					tasks.add(task);
				}
			}
		}
		return tasks;
	}

	/**
	 * The kind of numbering a paragraph starts with: digit, roman, article, letter, dash.
	 */
	private static String marker(String paragraph) {
		if (paragraph.matches("^\\d+(\\.\\d+)*[.)]\\s.*")) {
			return "digit" + paragraph.replaceAll("^((\\d+\\.)*\\d+).*", "$1").replaceAll("[^.]", "").length();
		}
		if (paragraph.matches("^[IVX]+\\.\\s.*")) {
			return "roman";
		}
		if (paragraph.matches("^Điều\\s+\\d+.*")) {
			return "article";
		}
		if (paragraph.matches("^[a-zđ][.)]\\s.*")) {
			return "letter";
		}
		if (paragraph.matches("^[-–+•*]\\s*.*")) {
			return "dash";
		}
		return "";
	}

	/**
	 * The paragraphs of the body: a line starting with a number, a letter, a dash or
	 * "Điều" begins one, as does a line after one that ended a sentence; a table row is a
	 * paragraph of its own, its cells behind "|".
	 */
	private static List<String> paragraphs(List<Line> body) {
		List<String> paragraphs = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (Line line : body) {
			if (line.row()) {
				if (!current.isEmpty()) {
					paragraphs.add(current.toString());
					current.setLength(0);
				}
				paragraphs.add("|" + String.join(" | ", line.segments()));
				continue;
			}
			String text = line.text();
			boolean starts = ITEM.matcher(text).lookingAt() || current.isEmpty()
					|| current.toString().matches("(?s).*[.;:!?]\\s*$");
			if (starts && !current.isEmpty()) {
				paragraphs.add(current.toString());
				current.setLength(0);
			}
			current.append(current.isEmpty() ? "" : " ").append(text);
		}
		if (!current.isEmpty()) {
			paragraphs.add(current.toString());
		}
		return paragraphs;
	}

	/**
	 * The assignments of a paragraph: a new one begins where "giao" (or a body and "chủ
	 * trì") starts a clause after "; " or ". ".
	 */
	private static List<String> units(String paragraph) {
		List<String> units = new ArrayList<>();
		String[] parts = paragraph.split("(?<=[;.])\\s+(?=(?:[Gg]iao|Đề nghị|Yêu cầu)\\s)");
		for (String part : parts) {
			if (!part.isBlank()) {
				units.add(part.strip());
			}
		}
		return units;
	}

	private static boolean startsWithNotTask(String folded) {
		for (String not : NOT_TASKS) {
			if (folded.startsWith(not)) {
				return true;
			}
		}
		return false;
	}

	private ReadDirective.ReadTask task(String unit, String heading) {
		String f = fold(unit);
		if (COMPETENCE.matcher(unit.strip()).matches() || positionOf(unit) != null) {
			return null;
		}
		if (f.matches("^ngay \\d.*")) {
			// A meeting's account ("Ngày 30/8/2023, … chủ trì cuộc họp"), not an
			// assignment.
			return null;
		}
		for (String not : NOT_TASKS) {
			if (f.startsWith(not) || f.contains(not + " ")) {
				if (!f.startsWith("giao")) {
					return null;
				}
			}
		}
		boolean ours = mentionsDepartment(f);
		boolean general = isGeneral(f);
		if (!ours && unit.strip().endsWith("./.") && unit.length() < 240) {
			// The closing formula ("Yêu cầu các cơ quan, đơn vị … thực hiện./.").
			return null;
		}
		if (heading == null && !ours && !general) {
			return null;
		}
		if (!hasAction(f) && heading == null) {
			return null;
		}
		String lead = lead(unit, heading);
		List<String> coordinating = coordinating(unit);
		Deadline deadline = deadline(unit);
		return new ReadDirective.ReadTask(cleanContent(unit), lead, coordinating, deadline.day(), deadline.meaning(),
				deadline.recurrence(), deadline.recurrenceDay(), category(f), unit);
	}

	private static String cleanContent(String unit) {
		String c = unit.strip();
		if (c.endsWith("./.")) {
			c = c.substring(0, c.length() - 3) + ".";
		}
		return c;
	}

	private String lead(String unit, String heading) {
		Matcher chair = Pattern.compile("^(?:[Gg]iao\\s+)?(.{3,160}?)\\s+chủ trì", FLAGS).matcher(unit);
		if (chair.find()) {
			return chair.group(1).replaceAll("^(?:Đề nghị|Yêu cầu)\\s+", "").strip();
		}
		if (heading != null) {
			return heading;
		}
		String f = fold(unit);
		for (String general : GENERAL) {
			if (f.startsWith(general) || f.startsWith("giao " + general)) {
				return "Các sở, ban, ngành";
			}
		}
		Matcher named = Pattern
			.compile(
					"^(?:[Gg]iao\\s+)?(Sở [^,;:]{3,60}?)\\s+(?:thực hiện|tham mưu|triển khai|"
							+ "xây dựng|báo cáo|hướng dẫn|tổ chức|rà soát|theo dõi|kiểm tra|hoàn thành|tổng hợp)",
					FLAGS)
			.matcher(unit);
		if (named.find()) {
			return named.group(1).strip();
		}
		return null;
	}

	private static List<String> coordinating(String unit) {
		Matcher with = Pattern
			.compile("phối hợp (?:chặt chẽ )?với\\s+(.+?)(?=\\s+(?:để|xây dựng|tham mưu|triển khai|"
					+ "hoàn thành|thực hiện|báo cáo|tổ chức|rà soát|hướng dẫn|nghiên cứu|kiểm tra|tổng hợp|theo dõi|"
					+ "đề xuất|trình|cập nhật|và các cơ quan liên quan|có liên quan)\\b|[;.:]|$)", FLAGS)
			.matcher(unit);
		if (!with.find()) {
			return List.of();
		}
		List<String> bodies = new ArrayList<>();
		for (String body : with.group(1).split(",\\s*|\\s+và\\s+")) {
			String b = body.strip();
			if (!b.isEmpty() && b.length() < 120) {
				bodies.add(b);
			}
		}
		return bodies;
	}

	// --- deadlines

	private record Deadline(LocalDate day, String meaning, String recurrence, Integer recurrenceDay) {

	}

	private static final Pattern DAY = Pattern.compile(
			"(trước|chậm nhất(?: là)?(?: vào)?|không quá|hạn chót(?: là)?|hoàn thành (?:vào|trước))(?:\\s+\\d{1,2}\\s*giờ(?:\\s*\\d{1,2}(?:\\s*phút)?)?)?,?\\s+(?:ngày\\s+)?(\\d{1,2})\\s*(?:/|-|\\.|\\s+tháng\\s+)\\s*(\\d{1,2})\\s*(?:/|-|\\.|\\s+năm\\s+)\\s*(\\d{4})",
			FLAGS);

	private static final Pattern MONTH = Pattern.compile("trong tháng\\s+(\\d{1,2})\\s*(?:/|năm)\\s*(\\d{4})", FLAGS);

	private static final Pattern QUARTER = Pattern.compile("trong quý\\s+(IV|III|II|I|[1-4])\\s*(?:/|năm)\\s*(\\d{4})",
			FLAGS);

	private static final Pattern YEAR = Pattern.compile("(?:trong|hoàn thành) năm\\s+(\\d{4})", FLAGS);

	private static final Pattern PERIOD_DAY = Pattern.compile("trước ngày\\s+(\\d{1,2})(?!\\s*(?:/|-|\\.|\\d|tháng))",
			FLAGS);

	private static Deadline deadline(String unit) {
		String f = fold(unit);
		String recurrence = null;
		if (f.contains("hang thang") || f.contains("hangthang")) {
			recurrence = "MONTHLY";
		}
		else if (f.contains("hang quy")) {
			recurrence = "QUARTERLY";
		}
		else if (f.contains("6 thang") && (f.contains("dinh ky") || f.contains("hang"))
				|| f.contains("sau thang mot lan")) {
			recurrence = "HALF_YEARLY";
		}
		else if (f.contains("hang nam") && f.contains("dinh ky")) {
			recurrence = "YEARLY";
		}
		if (recurrence != null) {
			Matcher day = PERIOD_DAY.matcher(unit);
			Integer d = day.find() ? Integer.valueOf(day.group(1)) : null;
			return new Deadline(null, null, recurrence, (d != null && d >= 1 && d <= 31) ? d : null);
		}
		LocalDate found = null;
		int at = -1;
		Matcher m = DAY.matcher(unit);
		while (m.find()) {
			try {
				found = LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)),
						Integer.parseInt(m.group(2)));
				at = m.start();
			}
			catch (DateTimeException ex) {
				// Not a day.
			}
		}
		Matcher month = MONTH.matcher(unit);
		while (month.find()) {
			int mo = Integer.parseInt(month.group(1));
			if (mo >= 1 && mo <= 12 && month.start() > at) {
				found = YearMonth.of(Integer.parseInt(month.group(2)), mo).atEndOfMonth();
				at = month.start();
			}
		}
		Matcher quarter = QUARTER.matcher(unit);
		while (quarter.find()) {
			if (quarter.start() > at) {
				int q = switch (quarter.group(1).toUpperCase(Locale.ROOT)) {
					case "I", "1" -> 1;
					case "II", "2" -> 2;
					case "III", "3" -> 3;
					default -> 4;
				};
				found = YearMonth.of(Integer.parseInt(quarter.group(2)), q * 3).atEndOfMonth();
				at = quarter.start();
			}
		}
		if (found == null) {
			Matcher year = YEAR.matcher(unit);
			if (year.find()) {
				found = LocalDate.of(Integer.parseInt(year.group(1)), 12, 31);
				at = year.start();
			}
		}
		if (found == null) {
			return new Deadline(null, null, null, null);
		}
		String before = fold(unit.substring(Math.max(0, at - 80), at));
		boolean report = before.contains("bao cao") || before.contains("trinh ");
		return new Deadline(found, report ? "REPORT_UBND" : "COMPLETE", null, null);
	}

	// --- matching

	/**
	 * The Department's own fields (Điều 2 of its functions): a task about one is
	 * specialised.
	 */
	private static final String[] SPECIALISED = { "vien thong", "buu chinh", "bao chi", "xuat ban",
			"cong nghe thong tin", "an toan thong tin", "an ninh mang", "chuyen doi so", "chinh quyen so",
			"chinh phu so", "kinh te so", "xa hoi so", "nen tang so", "ha tang so", "du lieu so", "tan so",
			"phat thanh", "truyen hinh", "thong tin co so", "thong tin doi ngoai", "chu ky so",
			"dich vu cong truc tuyen", "lgsp", "truc lien thong", "quan ly van ban", "internet", "bang rong",
			"so hoa" };

	private static String category(String folded) {
		for (String field : SPECIALISED) {
			if (folded.contains(field)) {
				return "SPECIALISED";
			}
		}
		return "GENERAL";
	}

	private boolean mentionsDepartment(String folded) {
		for (String name : this.department) {
			if (folded.contains(name)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isGeneral(String folded) {
		for (String g : GENERAL) {
			if (folded.contains(g)) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasAction(String folded) {
		for (String action : ACTIONS) {
			if (folded.contains(action)) {
				return true;
			}
		}
		return false;
	}

	/** {@link SearchWords#fold}, spaces single: "Sở TT&TT" → "so tt&tt". */
	static String fold(String text) {
		return (text == null) ? "" : SearchWords.fold(text).replaceAll("\\s+", " ").strip();
	}

	private static int[] columnsOf(List<String> cells) {
		int content = -1;
		int lead = -1;
		int with = -1;
		int due = -1;
		for (int i = 0; i < cells.size(); i++) {
			String f = fold(cells.get(i));
			if (lead < 0
					&& (f.contains("chu tri") || f.equals("co quan thuc hien") || f.contains("don vi thuc hien"))) {
				lead = i;
			}
			else if (with < 0 && f.contains("phoi hop")) {
				with = i;
			}
			else if (content < 0 && (f.contains("noi dung") || f.contains("nhiem vu") || f.contains("cong viec"))) {
				content = i;
			}
			else if (due < 0 && (f.contains("thoi gian") || f.contains("thoi han") || f.contains("tien do"))) {
				due = i;
			}
		}
		return (content >= 0 && lead >= 0) ? new int[] { content, lead, with, due } : null;
	}

	private ReadDirective.ReadTask row(List<String> cells, int[] columns) {
		if (columns[1] >= cells.size() || columns[0] >= cells.size()) {
			return null;
		}
		String lead = cells.get(columns[1]);
		String f = fold(lead);
		if (!mentionsDepartment(f) && !isGeneral(f)) {
			return null;
		}
		String content = cells.get(columns[0]);
		List<String> with = (columns[2] >= 0 && columns[2] < cells.size())
				? Arrays.stream(cells.get(columns[2]).split(",\\s*|;\\s*|\\s+và\\s+"))
					.map(String::strip)
					.filter((s) -> !s.isEmpty())
					.toList()
				: List.of();
		String time = (columns[3] >= 0 && columns[3] < cells.size()) ? cells.get(columns[3]) : "";
		Deadline deadline = cellDeadline(time);
		return new ReadDirective.ReadTask(content, lead, with, deadline.day(), deadline.meaning(),
				deadline.recurrence(), deadline.recurrenceDay(), category(fold(content)), String.join(" | ", cells));
	}

	/** A deadline as a table's time column writes it: "Tháng 10/2024", "Quý III/2024"… */
	private static Deadline cellDeadline(String time) {
		String f = fold(time);
		if (f.isEmpty() || f.contains("thuong xuyen")) {
			return new Deadline(null, null, null, null);
		}
		Deadline written = deadline("trước ngày " + time.replaceAll("(?i)^(trước ngày|ngày)\\s*", ""));
		if (written.day() != null) {
			return new Deadline(written.day(), "COMPLETE", null, null);
		}
		Deadline phrase = deadline("trong " + fold(time).replaceAll("^trong ", "")
			.replace("thang", "tháng")
			.replace("quy", "quý")
			.replace("nam", "năm"));
		if (phrase.day() != null) {
			return new Deadline(phrase.day(), "COMPLETE", null, null);
		}
		if (f.contains("hang thang") || f.contains("hang quy") || f.contains("hang nam")) {
			return deadline("định kỳ " + time);
		}
		return new Deadline(null, null, null, null);
	}

}
