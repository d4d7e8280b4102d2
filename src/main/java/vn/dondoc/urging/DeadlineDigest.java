package vn.dondoc.urging;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
import vn.dondoc.calendar.WorkingDayCalendar;
import vn.dondoc.common.DayParameter;
import vn.dondoc.common.Vietnamese;
import vn.dondoc.directive.DueTaskQueries;
import vn.dondoc.directive.TaskWorkflow;

/**
 * The daily deadline digest (SPEC §7): on each working day, one mail per person concerned
 * — assignee, head of the lead unit, monitoring person — listing their tasks that fall
 * due in the configured number of days or are overdue, and one mail to each leader
 * listing tasks overdue past the escalation threshold. A deadline on a day off is
 * reminded on the working day before it. Each mail has its key (day and person), so a
 * re-run or a second node queues nothing twice; each reminder is logged as urging.
 */
@Component
public class DeadlineDigest {

	private static final Log logger = LogFactory.getLog(DeadlineDigest.class);

	private final DueTaskQueries tasks;

	private final ReminderDelivery reminders;

	private final UserDirectory people;

	private final TaskWorkflow workflow;

	private final WorkingDayCalendar workingDays;

	/** Each person's mail in its own transaction. */
	private final TransactionTemplate transactions;

	private final ReminderSettings settings;

	private final Clock clock;

	private final MessageSource messages;

	private final UrgingMetrics metrics;

	DeadlineDigest(DueTaskQueries tasks, ReminderDelivery reminders, UserDirectory people, TaskWorkflow workflow,
			WorkingDayCalendar workingDays, PlatformTransactionManager transactionManager, ReminderSettings settings,
			Clock clock, MessageSource messages, UrgingMetrics metrics) {
		this.metrics = metrics;
		this.messages = messages;
		this.tasks = tasks;
		this.reminders = reminders;
		this.people = people;
		this.workflow = workflow;
		this.workingDays = workingDays;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(cron = "${dondoc.reminders.digest-cron:0 0 7 * * *}", zone = "${dondoc.zone:Asia/Ho_Chi_Minh}")
	// Held at least a minute (see SchedulingConfiguration).
	@SchedulerLock(name = "deadline-digest", lockAtMostFor = "30m", lockAtLeastFor = "1m")
	void scheduled() {
		this.metrics.time("deadline-digest", this::run);
	}

	/**
	 * Queues today's digests.
	 * @return how many mails were queued now (0 on a day off, or when already run today)
	 */
	public int run() {
		LocalDate today = LocalDate.now(this.clock);
		if (!this.workingDays.isWorkingDay(today)) {
			return 0;
		}
		long started = System.nanoTime();
		// Deadlines whose reminder day is today: k days before them is today, or a day
		// off between today and the next working day.
		LocalDate next = this.workingDays.plusWorkingDays(today, 1);
		List<LocalDate[]> windows = new ArrayList<>();
		for (int days : this.settings.daysBefore()) {
			windows.add(new LocalDate[] { today.plusDays(days), next.minusDays(1).plusDays(days) });
		}
		int queued = digests(today, windows);
		queued += escalations(today);
		logger.info("Deadline digest for " + today + ": " + queued + " mails queued in "
				+ (System.nanoTime() - started) / 1_000_000 + " ms");
		return queued;
	}

	/**
	 * Each person's due tasks: as assignee, monitoring person, or head of the lead unit
	 * (a task once per person), and as head of a coordinating unit, its own parts, under
	 * the task's link. The due rows stream by deadline; each person's listing keeps its
	 * first lines and every id (to log the urging on).
	 */
	private int digests(LocalDate today, List<LocalDate[]> windows) {
		Map<Long, List<Long>> heads = new HashMap<>();
		for (UserDirectory.Contact head : this.people.holding(Role.UNIT_HEAD, null)) {
			heads.computeIfAbsent(head.unitId(), (unit) -> new ArrayList<>()).add(head.id());
		}
		Map<Long, Listing> listings = new java.util.TreeMap<>();
		// The due rows stream through a cursor in DueTaskQueries' own read-only
		// transaction.
		this.tasks.each(today, windows, text("mail.reminder.part"), (due) -> {
			java.util.Set<Long> recipients = new java.util.LinkedHashSet<>();
			if (due.isPart()) {
				recipients.addAll(heads.getOrDefault(due.partUnitId(), List.of()));
			}
			else {
				if (due.assigneeId() != null) {
					recipients.add(due.assigneeId());
				}
				if (due.monitorUserId() != null) {
					recipients.add(due.monitorUserId());
				}
				recipients.addAll(heads.getOrDefault(due.leadUnitId(), List.of()));
			}
			for (Long user : recipients) {
				listings.computeIfAbsent(user, (u) -> new Listing(this.settings.listLimit(), today))
					.add(due.taskId(), due.title(), due.deadline());
			}
		});
		Map<Long, UserDirectory.Contact> contacts = this.people.contacts(listings.keySet());
		int queued = 0;
		for (Map.Entry<Long, Listing> entry : listings.entrySet()) {
			UserDirectory.Contact contact = contacts.get(entry.getKey());
			if (contact != null) {
				queued += send(today, ReminderDelivery.Person.of(contact), entry.getValue(), false);
			}
		}
		return queued;
	}

	private int escalations(LocalDate today) {
		// Only the first tasks are listed; the rest are counted, so memory stays flat.
		LocalDate limit = today.minusDays(this.settings.escalateAfterDays());
		Listing overdue = new Listing(this.settings.listLimit(), today);
		for (DueTaskQueries.Late late : this.tasks.lateBefore(limit, this.settings.listLimit())) {
			overdue.add(late.taskId(), late.title(), late.deadline());
		}
		if (overdue.total == 0) {
			return 0;
		}
		overdue.total = this.tasks.countLateBefore(limit);
		// The list behind the count: overdue, with a deadline before the limit.
		overdue.link = "/tasks?timeliness=OVERDUE&to="
				+ DayParameter.DMY.format(today.minusDays(this.settings.escalateAfterDays() + 1L));
		int queued = 0;
		for (ReminderDelivery.Person leader : ReminderDelivery.Person.of(this.people.holding(Role.LEADER, null))) {
			queued += send(today, leader, overdue, true);
		}
		return queued;
	}

	private int send(LocalDate today, ReminderDelivery.Person person, Listing listing, boolean escalation) {
		String key = (escalation ? "escalation:" : "digest:") + today + ":" + person.id();
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("name", person.name());
		variables.put("tasks", List.copyOf(listing.listed));
		variables.put("more", listing.total - listing.listed.size());
		variables.put("total", listing.total);
		variables.put("overdueCount", listing.overdue);
		variables.put("upcomingCount", listing.total - listing.overdue);
		variables.put("days", this.settings.escalateAfterDays());
		variables.put("listLink", (listing.link != null) ? listing.link : "/tasks?scope=mine&status=OPEN");
		Boolean queued = this.transactions.execute((status) -> {
			boolean isNew = this.reminders.deliver(key, person,
					escalation ? MailKind.ESCALATION : MailKind.DEADLINE_DIGEST,
					escalation ? "overdue-escalation" : "task-reminder", variables,
					escalation ? text("mail.escalation.subject", listing.total, this.settings.escalateAfterDays())
							: text("mail.reminder.subject", listing.total),
					(listing.link != null) ? listing.link : "/tasks?scope=mine&status=OPEN");
			if (isNew && !escalation) {
				this.workflow.recordAutomaticUrges(listing.ids, text("urge.system"), person.name(),
						text("urge.reminderNote", DayParameter.DMY.format(today)));
			}
			return isNew;
		});
		return Boolean.TRUE.equals(queued) ? 1 : 0;
	}

	/**
	 * Stored words are written in the Department's language, whoever reads them later.
	 */
	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Vietnamese.LOCALE);
	}

	/**
	 * One person's tasks as read: the first ones to list in the mail, every id to log the
	 * urging on, and how many there are.
	 */
	private static final class Listing {

		private final int limit;

		private final List<Map<String, Object>> listed = new ArrayList<>();

		private final java.util.Set<Long> ids = new java.util.LinkedHashSet<>();

		private final LocalDate today;

		private int total;

		/**
		 * The task list whose total is {@link #total}; {@code null}: the person's own
		 * open tasks.
		 */
		private String link;

		/** How many are past their deadline (the rest are coming due). */
		private int overdue;

		Listing(int limit, LocalDate today) {
			this.limit = limit;
			this.today = today;
		}

		void add(long id, String title, LocalDate deadline) {
			long daysOverdue = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(deadline, this.today));
			if (this.listed.size() < this.limit) {
				this.listed.add(Map.of("id", id, "title", title, "deadline", DayParameter.DMY.format(deadline),
						"overdueDays", daysOverdue));
			}
			this.ids.add(id);
			this.total++;
			if (daysOverdue > 0) {
				this.overdue++;
			}
		}

		void clear() {
			this.listed.clear();
			this.ids.clear();
			this.total = 0;
			this.overdue = 0;
		}

	}

}
