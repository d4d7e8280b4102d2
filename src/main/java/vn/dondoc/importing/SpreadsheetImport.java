package vn.dondoc.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.common.RuleViolation;
import vn.dondoc.common.SearchWords;
import vn.dondoc.common.Texts;
import vn.dondoc.account.Actor;
import vn.dondoc.directive.Confidentiality;
import vn.dondoc.directive.DeadlineMeaning;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveContent;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.directive.DirectiveRegistration;
import vn.dondoc.directive.Issuer;
import vn.dondoc.directive.TaskDraft;
import vn.dondoc.organisation.UnitManagement;
import vn.dondoc.common.DayParameter;
import vn.dondoc.common.Vietnamese;

/**
 * Checks a spreadsheet row by row and registers it: one row per task, rows with the same
 * issuer, number and year make one directive. Nothing is registered unless every row is
 * right, and then everything is, in one transaction.
 */
@Service
public class SpreadsheetImport {

	private static final String CONFIDENTIAL_CONTENT = "import.confidential";

	private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	/** A problem of a row (0: of the whole file) and column. */
	/**
	 * @param confidential the row carries what SPEC §4 forbids to copy: the content of a
	 * document marked secret
	 */
	public record Problem(int row, String column, String message, boolean confidential, boolean unread) {

		Problem(int row, String column, String message) {
			this(row, column, message, false, false);
		}

		Problem(int row, String column, String message, boolean confidential) {
			this(row, column, message, confidential, false);
		}

	}

	/** A task as it will be created, for the preview. */
	public record Planned(int row, String number, String content, String unit, LocalDate deadline) {
	}

	/** One directive to register (a placeholder when {@code content} is null). */
	record Group(String key, DirectiveContent content, Confidentiality level, LocalDate receivedDate, long leadUnitId,
			List<TaskDraft> drafts, int firstRow) {
	}

	/** What the file would create, and everything wrong with it. */
	public record Plan(int rows, int directives, int placeholders, int tasks, List<Problem> problems,
			List<Planned> planned, List<Group> groups) {

		public boolean importable() {
			return this.problems.isEmpty() && this.tasks + this.placeholders > 0;
		}

		/** The file holds content of a secret document: it must not be kept. */
		public boolean confidentialContent() {
			return this.problems.stream().anyMatch(Problem::confidential);
		}

		/**
		 * Whether what was read may be kept for the preview: not when it holds a secret
		 * document's content, or cells outside the template's columns.
		 */
		public boolean keepable() {
			return this.problems.stream().noneMatch((problem) -> problem.confidential() || problem.unread());
		}

	}

	private final DirectiveRegistration registration;

	private final UnitManagement units;

	private final MessageSource messages;

	private final Clock clock;

	private final EntityManager entityManager;

	SpreadsheetImport(DirectiveRegistration registration, UnitManagement units, MessageSource messages, Clock clock,
			EntityManager entityManager) {
		this.entityManager = entityManager;
		this.registration = registration;
		this.units = units;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * A file read once: its plan, and what of it may be kept for the preview and the
	 * import — only the template's columns, only when {@link Plan#keepable()}.
	 *
	 * @param kept the rows to keep ({@link ImportLines}), {@code null} when nothing may
	 * be
	 */
	public record Checked(Plan plan, byte[] kept) {
	}

	/** Reads and checks a file; registers nothing. */
	@Transactional(readOnly = true)
	public Checked check(String fileName, byte[] content) {
		List<SheetReader.Line> lines;
		try {
			lines = SheetReader.read(fileName, content);
		}
		catch (SheetReader.Unreadable ex) {
			List<Problem> problems = List.of(new Problem(0, "", text(ex.messageKey(), ex.arguments())));
			return new Checked(new Plan(0, 0, 0, 0, problems, List.of(), List.of()), null);
		}
		Plan plan = plan(lines);
		return new Checked(plan, plan.keepable() ? ImportLines.encode(kept(lines)) : null);
	}

	/** Checks rows kept by {@link #check}; registers nothing. */
	@Transactional(readOnly = true)
	public Plan plan(byte[] kept) {
		return plan(ImportLines.decode(kept));
	}

	/**
	 * The rows with only the template's columns, in its order: the heading row's labels,
	 * then each row's cells under them.
	 */
	private List<SheetReader.Line> kept(List<SheetReader.Line> lines) {
		int headerAt = headerAt(lines);
		if (headerAt == lines.size()) {
			return List.of();
		}
		Map<Column, Integer> at = headings(lines.get(headerAt));
		List<SheetReader.Line> kept = new ArrayList<>();
		List<Object> heading = new ArrayList<>();
		at.keySet().forEach((column) -> heading.add(label(column)));
		kept.add(new SheetReader.Line(lines.get(headerAt).number(), heading));
		for (SheetReader.Line line : lines.subList(headerAt + 1, lines.size())) {
			if (line.blank()) {
				continue;
			}
			List<Object> cells = new ArrayList<>();
			at.values().forEach((index) -> cells.add((index < line.cells().size()) ? line.cells().get(index) : null));
			kept.add(new SheetReader.Line(line.number(), cells));
		}
		return kept;
	}

	private static int headerAt(List<SheetReader.Line> lines) {
		int headerAt = 0;
		while (headerAt < lines.size() && lines.get(headerAt).blank()) {
			headerAt++;
		}
		return headerAt;
	}

	private Plan plan(List<SheetReader.Line> lines) {
		List<Problem> problems = new ArrayList<>();
		int headerAt = 0;
		while (headerAt < lines.size() && lines.get(headerAt).blank()) {
			headerAt++;
		}
		if (headerAt == lines.size()) {
			problems.add(new Problem(0, "", text("import.file.empty")));
			return new Plan(0, 0, 0, 0, problems, List.of(), List.of());
		}
		Map<Column, Integer> at = headings(lines.get(headerAt));
		List<String> missing = new ArrayList<>();
		for (Column column : Column.values()) {
			if (column.requiredHeading() && !at.containsKey(column)) {
				missing.add(label(column));
			}
		}
		if (!missing.isEmpty()) {
			problems.add(new Problem(lines.get(headerAt).number(), "",
					text("import.file.headings", String.join(", ", missing))));
			return new Plan(0, 0, 0, 0, problems, List.of(), List.of());
		}
		// Only the template's columns are read: any other column or cell is refused by
		// name, and nothing of the file is kept.
		if (layout(lines.get(headerAt), lines.subList(headerAt + 1, lines.size()), at, problems)) {
			return new Plan(0, 0, 0, 0, problems, List.of(), List.of());
		}
		Map<String, Long> unitCodes = this.units.activeIdsByCode();
		LocalDate today = LocalDate.now(this.clock);
		Map<String, Group> groups = new LinkedHashMap<>();
		Map<String, Integer> groupRows = new HashMap<>();
		List<Planned> planned = new ArrayList<>();
		int rows = 0;
		int tasks = 0;
		for (SheetReader.Line line : lines.subList(headerAt + 1, lines.size())) {
			if (line.blank()) {
				continue;
			}
			rows++;
			Row row = new Row(line, at, problems);
			Confidentiality level = row.choice(Column.LEVEL, Confidentiality.class, "confidentiality.",
					Confidentiality.NORMAL);
			LocalDate received = row.date(Column.RECEIVED, true);
			if (received != null && received.isAfter(today)) {
				row.problem(Column.RECEIVED, "date.future");
			}
			Long lead = row.unit(Column.LEAD_UNIT, unitCodes, true);
			if (level != null && level.isConfidential()) {
				// The API refuses the same for a secret document: anything of it but the
				// date received and the lead unit.
				for (Column column : List.of(Column.NUMBER, Column.KIND, Column.ISSUER, Column.ISSUE_DATE,
						Column.SUMMARY, Column.SIGNER, Column.CONTENT)) {
					if (row.text(column) != null) {
						row.problem(column, CONFIDENTIAL_CONTENT);
					}
				}
				if (row.ok() && received != null && lead != null) {
					groups.put("placeholder:" + line.number(),
							new Group(null, null, level, received, lead, List.of(), line.number()));
				}
				continue;
			}
			DirectiveKind kind = row.choice(Column.KIND, DirectiveKind.class, "directiveKind.", null);
			Issuer issuer = row.choice(Column.ISSUER, Issuer.class, "issuer.", null);
			String number = row.required(Column.NUMBER);
			LocalDate issued = row.date(Column.ISSUE_DATE, true);
			String summary = row.required(Column.SUMMARY);
			String taskText = row.required(Column.CONTENT);
			LocalDate deadline = row.date(Column.DEADLINE, false);
			if (issued != null && received != null && issued.isAfter(received)) {
				row.problem(Column.ISSUE_DATE, "directive.issueDate.afterReceived");
			}
			List<TaskDraft.PartDraft> parts = new ArrayList<>();
			String coordinating = row.text(Column.COORDINATING);
			if (coordinating != null && lead != null) {
				for (String code : coordinating.split("[,;]")) {
					if (code.isBlank()) {
						continue;
					}
					Long unit = unitCodes.get(code.strip().toUpperCase(Locale.ROOT));
					if (unit == null) {
						row.problem(Column.COORDINATING, "import.unit.unknown", code.strip());
					}
					else if (unit.equals(lead)) {
						row.problem(Column.COORDINATING, "part.leadUnit");
					}
					else if (parts.stream().noneMatch((part) -> part.unitId() == unit)) {
						parts.add(new TaskDraft.PartDraft(unit, text("import.part.description"), deadline));
					}
				}
			}
			if (!row.ok()) {
				continue;
			}
			String key = issuer + "|" + number.toUpperCase(Locale.ROOT) + "|" + issued.getYear();
			Group group = groups.get(key);
			DirectiveContent directive = new DirectiveContent(kind, number, summary, issued, row.text(Column.SIGNER),
					null, issuer);
			if (group == null) {
				Optional<Directive> existing = this.registration.sameDocument(issuer, number, issued);
				if (existing.isPresent()) {
					row.problem(Column.NUMBER, "import.duplicate", existing.get().getRegisterCode());
					continue;
				}
				group = new Group(key, directive, Confidentiality.NORMAL, received, lead, new ArrayList<>(),
						line.number());
				groups.put(key, group);
				groupRows.put(key, line.number());
			}
			else if (!group.content().equals(directive) || !group.receivedDate().equals(received)) {
				row.problem(Column.NUMBER, "import.inconsistent", groupRows.get(key));
				continue;
			}
			group.drafts().add(TaskDraft.of(taskText, lead).due(DeadlineMeaning.COMPLETE, deadline).parts(parts));
			tasks++;
			if (planned.size() < 100) {
				planned.add(new Planned(line.number(), number, taskText, row.text(Column.LEAD_UNIT), deadline));
			}
		}
		if (rows == 0) {
			problems.add(new Problem(0, "", text("import.file.empty")));
		}
		int placeholders = (int) groups.values().stream().filter((group) -> group.content() == null).count();
		return new Plan(rows, groups.size() - placeholders, placeholders, tasks, problems, planned,
				List.copyOf(groups.values()));
	}

	/**
	 * Registers the whole file, or nothing if anything is wrong with it now.
	 * @return the plan; not importable when nothing was registered
	 */
	@Transactional
	public Plan run(Actor actor, byte[] kept) {
		Plan plan = plan(kept);
		if (!plan.importable()) {
			return plan;
		}
		for (Group group : plan.groups()) {
			try {
				if (group.content() == null) {
					this.registration.registerPlaceholder(actor, group.level(), group.receivedDate(),
							group.leadUnitId(), List.of());
				}
				else {
					this.registration.register(actor, group.content(), group.receivedDate(), group.drafts(), List.of());
				}
			}
			catch (RuleViolation violation) {
				throw new RowRefused(group.firstRow(), text(violation.getMessageKey(), violation.getArguments()));
			}
			// Registered rows are not needed again: without this every flush would
			// check all the directives and tasks registered so far.
			this.entityManager.flush();
			this.entityManager.clear();
		}
		return plan;
	}

	/** A row the registration refused after all; the whole import is rolled back. */
	public static final class RowRefused extends RuntimeException {

		private final int row;

		RowRefused(int row, String message) {
			super(message);
			this.row = row;
		}

		public int row() {
			return this.row;
		}

	}

	/**
	 * Adds a problem for each heading that is not the template's, each heading given
	 * twice, and each filled cell under no heading.
	 * @return whether there was any
	 */
	private boolean layout(SheetReader.Line header, List<SheetReader.Line> rows, Map<Column, Integer> at,
			List<Problem> problems) {
		int before = problems.size();
		java.util.Set<Integer> known = new java.util.HashSet<>(at.values());
		for (int i = 0; i < header.cells().size(); i++) {
			Object cell = header.cells().get(i);
			if (cell == null || cell.toString().isBlank() || known.contains(i)) {
				continue;
			}
			Column column = column(cell.toString());
			problems.add(new Problem(header.number(), (column != null) ? label(column) : "",
					(column != null) ? text("import.file.duplicateColumn", label(column))
							: text("import.file.unknownColumn", limit(cell.toString())),
					false, true));
		}
		int stray = 0;
		for (SheetReader.Line row : rows) {
			for (int i = header.cells().size(); i < row.cells().size() && stray < 20; i++) {
				Object cell = row.cells().get(i);
				if (cell != null && !cell.toString().isBlank()) {
					stray++;
					problems.add(new Problem(row.number(), "",
							text("import.file.strayCell",
									org.apache.poi.ss.util.CellReference.convertNumToColString(i) + row.number()),
							false, true));
				}
			}
		}
		return problems.size() > before;
	}

	private static String limit(String text) {
		String cleaned = text.strip();
		return (cleaned.length() > 60) ? cleaned.substring(0, 60) + "…" : cleaned;
	}

	/** The template's column a heading names (its label or its code), or {@code null}. */
	private Column column(String heading) {
		String folded = fold(heading);
		for (Column column : Column.values()) {
			if (fold(label(column)).equals(folded) || fold(column.name()).equals(folded)) {
				return column;
			}
		}
		return null;
	}

	private Map<Column, Integer> headings(SheetReader.Line header) {
		Map<Column, Integer> at = new EnumMap<>(Column.class);
		for (int i = 0; i < header.cells().size(); i++) {
			Object cell = header.cells().get(i);
			Column column = (cell != null) ? column(cell.toString()) : null;
			if (column != null) {
				at.putIfAbsent(column, i);
			}
		}
		return at;
	}

	String label(Column column) {
		return text("import.column." + column.name());
	}

	static String fold(String value) {
		return String.join(" ", SearchWords.of(value));
	}

	String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, Vietnamese.LOCALE);
	}

	/** One row being checked: reads cells and collects its problems. */
	private final class Row {

		private final SheetReader.Line line;

		private final Map<Column, Integer> at;

		private final List<Problem> problems;

		private boolean ok = true;

		Row(SheetReader.Line line, Map<Column, Integer> at, List<Problem> problems) {
			this.line = line;
			this.at = at;
			this.problems = problems;
		}

		boolean ok() {
			return this.ok;
		}

		Object cell(Column column) {
			Integer index = this.at.get(column);
			return (index != null && index < this.line.cells().size()) ? this.line.cells().get(index) : null;
		}

		String text(Column column) {
			Object cell = cell(column);
			if (cell instanceof LocalDate date) {
				return date.format(DayParameter.DMY);
			}
			return (cell != null) ? Texts.clean(cell.toString()) : null;
		}

		String required(Column column) {
			String value = text(column);
			if (value == null) {
				problem(column, "import.required");
			}
			return value;
		}

		LocalDate date(Column column, boolean required) {
			Object cell = cell(column);
			if (cell instanceof LocalDate date) {
				return date;
			}
			String value = text(column);
			if (value == null) {
				if (required) {
					problem(column, "import.required");
				}
				return null;
			}
			try {
				return LocalDate.parse(value, DMY);
			}
			catch (DateTimeParseException ex) {
				problem(column, "import.date.invalid", value);
				return null;
			}
		}

		Long unit(Column column, Map<String, Long> codes, boolean required) {
			String value = text(column);
			if (value == null) {
				if (required) {
					problem(column, "import.required");
				}
				return null;
			}
			Long id = codes.get(value.toUpperCase(Locale.ROOT));
			if (id == null) {
				problem(column, "import.unit.unknown", value);
			}
			return id;
		}

		<E extends Enum<E>> E choice(Column column, Class<E> type, String labelPrefix, E blank) {
			String value = text(column);
			if (value == null) {
				if (blank == null) {
					problem(column, "import.required");
				}
				return blank;
			}
			String folded = fold(value);
			for (E constant : type.getEnumConstants()) {
				if (fold(constant.name()).equals(folded)
						|| fold(SpreadsheetImport.this.text(labelPrefix + constant.name())).equals(folded)) {
					return constant;
				}
			}
			problem(column, "import.choice.invalid", value);
			return null;
		}

		void problem(Column column, String key, Object... arguments) {
			this.ok = false;
			this.problems.add(new Problem(this.line.number(), label(column),
					SpreadsheetImport.this.text(key, arguments), key.equals(CONFIDENTIAL_CONTENT)));
		}

	}

}
