package vn.dondoc.directive;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.format.annotation.DateTimeFormat;

import vn.dondoc.common.Texts;

/**
 * The filters of the task list, bound from the query string so that every list can be
 * bookmarked: {@code /tasks?scope=unit&status=OPEN&sort=deadline&page=2}; the shared date
 * range is of the deadline.
 */
public class TaskFilter extends ListFilter {

	public enum Scope {

		MINE, UNIT, ALL

	}

	/** Work that waits on someone's decision or act. */
	public enum Pending {

		FORWARD, RETURN, EXTENSION, NOTICE

	}

	/** The state of a coordinating unit's part. */
	public enum PartState {

		WITHIN, OVERDUE, DONE

	}

	private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|H([12])))?");

	/** Two days, {@code dd/MM/yyyy-dd/MM/yyyy}: a report's period (11th to 10th). */
	private static final Pattern DAYS = Pattern
		.compile("(\\d{1,2}/\\d{1,2}/\\d{4})\\s*(?:-|–|đến)\\s*(\\d{1,2}/\\d{1,2}/\\d{4})");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	/** The span a period string may cover at most (a few years of registers). */
	private static final int MAX_YEARS = 20;

	private String scope;

	private Long unit;

	private String status;

	private Timeliness timeliness;

	private TaskCategory category;

	private String period;

	private Pending pending;

	/** A period (same forms as {@link #getPeriod()}) in which the task was completed. */
	private String completed;

	/**
	 * A period in which the task fell overdue: the day after its deadline is in it, and
	 * it was then not done (still open, or completed late).
	 */
	private String fellOverdue;

	/** Tasks on which this unit has a forwarded part, in {@link #partState} if set. */
	private Long partUnit;

	private PartState partState;

	/**
	 * The day against which open tasks are judged within or overdue (default today): the
	 * last day of a report's period, so that its figure and this list agree.
	 */
	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate asOf;

	public Scope scopeOrDefault() {
		if (this.scope == null) {
			return Scope.ALL;
		}
		try {
			return Scope.valueOf(this.scope.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return Scope.ALL;
		}
	}

	/**
	 * The period as a date range over the date received: {@code 2026}, {@code 2026-11},
	 * {@code 2026-Q3} or {@code 2026-H1}; {@code null} when blank or not understood.
	 */
	public LocalDate[] periodRange() {
		return range(this.period);
	}

	public LocalDate[] completedRange() {
		return range(this.completed);
	}

	public LocalDate[] fellOverdueRange() {
		return range(this.fellOverdue);
	}

	/**
	 * A period as a date range: {@code 2026}, {@code 2026-11}, {@code 2026-Q3},
	 * {@code 2026-H1} or two days {@code 11/10/2026-10/11/2026}; {@code null} when blank
	 * or not understood.
	 */
	public static LocalDate[] range(String period) {
		String value = Texts.clean(period);
		if (value == null) {
			return null;
		}
		Matcher days = DAYS.matcher(value);
		if (days.matches()) {
			try {
				LocalDate first = LocalDate.parse(days.group(1), DAY);
				LocalDate last = LocalDate.parse(days.group(2), DAY);
				boolean sensible = !last.isBefore(first) && first.getYear() >= 1900 && last.getYear() <= 2200
						&& !last.isAfter(first.plusYears(MAX_YEARS));
				return sensible ? new LocalDate[] { first, last } : null;
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}
		Matcher m = PERIOD.matcher(value.toUpperCase(Locale.ROOT));
		if (!m.matches()) {
			return null;
		}
		int year = Integer.parseInt(m.group(1));
		if (m.group(2) != null) {
			YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
			return new LocalDate[] { month.atDay(1), month.atEndOfMonth() };
		}
		if (m.group(3) != null) {
			int quarter = Integer.parseInt(m.group(3));
			YearMonth first = YearMonth.of(year, quarter * 3 - 2);
			return new LocalDate[] { first.atDay(1), first.plusMonths(2).atEndOfMonth() };
		}
		if (m.group(4) != null) {
			YearMonth first = YearMonth.of(year, m.group(4).equals("1") ? 1 : 7);
			return new LocalDate[] { first.atDay(1), first.plusMonths(5).atEndOfMonth() };
		}
		return new LocalDate[] { LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31) };
	}

	public boolean isPeriodInvalid() {
		return Texts.clean(this.period) != null && periodRange() == null;
	}

	public Long getPartUnit() {
		return this.partUnit;
	}

	public void setPartUnit(Long partUnit) {
		this.partUnit = partUnit;
	}

	public PartState getPartState() {
		return this.partState;
	}

	public void setPartState(PartState partState) {
		this.partState = partState;
	}

	public LocalDate getAsOf() {
		return this.asOf;
	}

	public void setAsOf(LocalDate asOf) {
		this.asOf = asOf;
	}

	public String getCompleted() {
		return this.completed;
	}

	public void setCompleted(String completed) {
		this.completed = completed;
	}

	public String getFellOverdue() {
		return this.fellOverdue;
	}

	public void setFellOverdue(String fellOverdue) {
		this.fellOverdue = fellOverdue;
	}

	public String getScope() {
		return this.scope;
	}

	public void setScope(String scope) {
		this.scope = scope;
	}

	public Long getUnit() {
		return this.unit;
	}

	public void setUnit(Long unit) {
		this.unit = unit;
	}

	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public Timeliness getTimeliness() {
		return this.timeliness;
	}

	public void setTimeliness(Timeliness timeliness) {
		this.timeliness = timeliness;
	}

	public TaskCategory getCategory() {
		return this.category;
	}

	public void setCategory(TaskCategory category) {
		this.category = category;
	}

	public String getPeriod() {
		return this.period;
	}

	public void setPeriod(String period) {
		this.period = period;
	}

	public Pending getPending() {
		return this.pending;
	}

	public void setPending(Pending pending) {
		this.pending = pending;
	}

}
