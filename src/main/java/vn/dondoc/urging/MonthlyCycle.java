package vn.dondoc.urging;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dondoc.account.Role;
import vn.dondoc.account.UserDirectory;
import vn.dondoc.common.DayParameter;
import vn.dondoc.common.Vietnamese;
import vn.dondoc.directive.PlaceholderReportQueries;

/**
 * The reminders of the monthly reporting cycle and of the written confidential reports
 * (SPEC §4, §7), sent on the working days the {@link ReportCycle} gives. Each reminder is
 * an in-app notification and an e-mail, keyed by step, day and person, so that it goes
 * out once whatever the number of runs or nodes.
 */
@Component
public class MonthlyCycle {

	private static final Log logger = LogFactory.getLog(MonthlyCycle.class);

	private final ReportCycle cycle;

	private final ReportDutySource duties;

	private final ReminderDelivery reminders;

	private final PlaceholderReportQueries placeholders;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final MessageSource messages;

	private final UrgingMetrics metrics;

	private final UserDirectory people;

	private final AggregatorDirectory aggregators;

	MonthlyCycle(ReportCycle cycle, ReportDutySource duties, ReminderDelivery reminders,
			PlaceholderReportQueries placeholders, PlatformTransactionManager transactionManager, Clock clock,
			MessageSource messages, UrgingMetrics metrics, UserDirectory people, AggregatorDirectory aggregators) {
		this.metrics = metrics;
		this.people = people;
		this.aggregators = aggregators;
		this.cycle = cycle;
		this.duties = duties;
		this.reminders = reminders;
		this.placeholders = placeholders;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.messages = messages;
	}

	@Scheduled(cron = "${dondoc.cycle.cron:0 5 7 * * *}", zone = "${dondoc.zone:Asia/Ho_Chi_Minh}")
	// Held at least a minute (see SchedulingConfiguration).
	@SchedulerLock(name = "monthly-cycle", lockAtMostFor = "30m", lockAtLeastFor = "1m")
	void scheduled() {
		this.metrics.time("monthly-cycle", this::run);
	}

	/**
	 * Sends today's reminders of the cycle.
	 * @return how many were delivered now (0 on a day off, or when already run today)
	 */
	public int run() {
		LocalDate today = LocalDate.now(this.clock);
		int delivered = 0;
		for (ReportCycle.Due due : this.cycle.dueOn(today)) {
			delivered += step(due);
		}
		delivered += confidentialReports(today);
		delivered += requestedReports(today);
		if (delivered > 0) {
			logger.info("Monthly cycle for " + today + ": " + delivered + " reminders delivered");
		}
		return delivered;
	}

	private int step(ReportCycle.Due due) {
		String period = period(due);
		String day = DayParameter.DMY.format(due.day());
		List<ReportDutySource.ReportOwing> reports = this.duties.reportsOwing(due.month());
		String unitsLink = "/reports/units?period=" + due.month();
		String departmentLink = "/reports/department?period=" + due.month();
		return switch (due.step()) {
			case UNIT_REMINDER -> unitReminders(due, reports);
			case UNIT_DUE -> {
				long owing = ReportDutySource.owingAny(reports).size();
				yield deliver(due, this.aggregators.all(), text("cycle.unitDue.subject", period, owing),
						text("cycle.unitDue.body", period, day, owing),
						reports.stream()
							.filter((report) -> !report.units().isEmpty())
							.map((report) -> text("cycle.unitDue.line", label(report), report.units().size(),
									String.join(", ",
											report.units().stream().map(ReportDutySource.UnitOwing::name).toList())))
							.toList(),
						unitsLink);
			}
			case DRAFT -> deliver(due, this.aggregators.all(), text("cycle.draft.subject", period),
					text("cycle.draft.body", period,
							DayParameter.DMY.format(due.day().withDayOfMonth(this.cycle.settings().submitDay()))),
					List.of(), departmentLink);
			case SUBMIT -> deliver(due, this.aggregators.all(), text("cycle.submit.subject", period),
					text("cycle.submit.body", period, day), List.of(), departmentLink);
			case ISSUE -> deliver(due, ReminderDelivery.Person.of(this.people.holding(Role.LEADER, null)),
					text("cycle.issue.subject", period),
					text("cycle.issue.body", period,
							DayParameter.DMY.format(due.day().withDayOfMonth(this.cycle.settings().issueBeforeDay()))),
					List.of(), departmentLink);
		};
	}

	/**
	 * Each unit head is reminded of the reports their unit has not sent, by name, with a
	 * link to the first one's form; when two are owed, that they are two reports.
	 */
	private int unitReminders(ReportCycle.Due due, List<ReportDutySource.ReportOwing> reports) {
		Map<Long, List<ReportDutySource.ReportOwing>> owed = new LinkedHashMap<>();
		for (ReportDutySource.ReportOwing report : reports) {
			for (ReportDutySource.UnitOwing unit : report.units()) {
				owed.computeIfAbsent(unit.unitId(), (id) -> new java.util.ArrayList<>()).add(report);
			}
		}
		if (owed.isEmpty()) {
			return 0;
		}
		String dueDay = DayParameter.DMY.format(due.day().withDayOfMonth(this.cycle.settings().unitReportDay()));
		int delivered = 0;
		for (UserDirectory.Contact head : this.people.holding(Role.UNIT_HEAD, List.copyOf(owed.keySet()))) {
			List<ReportDutySource.ReportOwing> own = owed.get(head.unitId());
			if (own == null) {
				continue;
			}
			String labels = String.join(" và ", own.stream().map(this::label).toList());
			String body = text("cycle.unitReminder.body", labels, dueDay);
			if (own.size() > 1) {
				body = body + " " + text("cycle.unitReminder.both", own.size());
			}
			String key = "cycle:unit_reminder:" + due.day() + ":" + head.id();
			if (deliver(key, ReminderDelivery.Person.of(head), MailKind.REPORT_CYCLE,
					text("cycle.unitReminder.subject", labels), body, List.of(),
					"/reports/units/" + head.unitId() + "/" + own.get(0).code())) {
				delivered++;
			}
		}
		return delivered;
	}

	private String label(ReportDutySource.ReportOwing report) {
		return this.messages.getMessage(report.labelKey(), new Object[] { report.labelArg() }, Vietnamese.LOCALE);
	}

	private int deliver(ReportCycle.Due due, List<ReminderDelivery.Person> people, String subject, String body,
			List<String> units, String link) {
		int delivered = 0;
		for (ReminderDelivery.Person person : people) {
			String key = "cycle:" + due.step().name().toLowerCase(java.util.Locale.ROOT) + ":" + due.day() + ":"
					+ person.id();
			if (deliver(key, person, MailKind.REPORT_CYCLE, subject, body, units, link)) {
				delivered++;
			}
		}
		return delivered;
	}

	/**
	 * Heads of the lead units of confidential placeholders whose written report is due:
	 * one reminder a day each, with the number of reports and nothing of their content.
	 */
	private int confidentialReports(LocalDate today) {
		List<LocalDate[]> windows = this.cycle.confidentialWindows(today);
		if (windows.isEmpty()) {
			return 0;
		}
		// The heads of the lead units that owe, each told of their unit's reports.
		Map<Long, PlaceholderReportQueries.Unsent> owing = new LinkedHashMap<>();
		for (PlaceholderReportQueries.Unsent unsent : this.placeholders.unsentIn(windows)) {
			owing.put(unsent.leadUnitId(), unsent);
		}
		int delivered = 0;
		for (UserDirectory.Contact head : this.people.holding(Role.UNIT_HEAD, owing.keySet())) {
			PlaceholderReportQueries.Unsent unsent = owing.get(head.unitId());
			if (deliver("confidential:" + today + ":" + head.id(), ReminderDelivery.Person.of(head),
					MailKind.CONFIDENTIAL_REPORT, text("cycle.confidential.subject", unsent.count()),
					text("cycle.confidential.body", unsent.count(), DayParameter.DMY.format(unsent.firstDue())),
					List.of(), "/directives")) {
				delivered++;
			}
		}
		return delivered;
	}

	/**
	 * Heads of the units that have not sent a requested report (6-month, 9-month, yearly,
	 * ad hoc) reminded on the same days before its due date as for confidential reports.
	 */
	private int requestedReports(LocalDate today) {
		int delivered = 0;
		for (LocalDate[] window : this.cycle.confidentialWindows(today)) {
			for (ReportDutySource.ReportOwing request : this.duties.requestsOwing(window[0], window[1])) {
				String period = label(request);
				String subject = text("cycle.request.subject", period, DayParameter.DMY.format(request.due()));
				String body = text("cycle.request.body", period, DayParameter.DMY.format(request.due()));
				for (UserDirectory.Contact head : this.people.holding(Role.UNIT_HEAD,
						request.units().stream().map(ReportDutySource.UnitOwing::unitId).toList())) {
					if (deliver("request:" + request.code() + ":" + today + ":" + head.id(),
							ReminderDelivery.Person.of(head), MailKind.REPORT_CYCLE, subject, body, List.of(),
							"/reports/units/" + head.unitId() + "/" + request.code())) {
						delivered++;
					}
				}
			}
		}
		return delivered;
	}

	private boolean deliver(String key, ReminderDelivery.Person person, MailKind kind, String subject, String body,
			List<String> units, String link) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("name", person.name());
		variables.put("subject", subject);
		variables.put("body", body);
		variables.put("lines", units);
		variables.put("link", link);
		return Boolean.TRUE.equals(this.transactions
			.execute((status) -> this.reminders.deliver(key, person, kind, "notice", variables, subject, link)));
	}

	private String period(ReportCycle.Due due) {
		String month = text("cycle.period.month", due.month().getMonthValue() + "/" + due.month().getYear());
		return due.quarterly() ? text("cycle.period.quarter", month, "I II III IV".split(" ")[due.quarter() - 1],
				String.valueOf(due.month().getYear())) : month;
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Vietnamese.LOCALE);
	}

}
