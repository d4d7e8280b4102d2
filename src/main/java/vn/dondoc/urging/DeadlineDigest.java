package vn.dondoc.urging;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dondoc.account.Role;
import vn.dondoc.account.UserDirectory;
import vn.dondoc.calendar.WorkingDays;
import vn.dondoc.common.DayParameter;
import vn.dondoc.common.Vietnamese;
import vn.dondoc.directive.TaskQueries;
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

	private static final String OPEN = TaskQueries.OPEN;

	private final JdbcClient jdbc;

	private final Reminders reminders;

	private final UserDirectory people;

	private final TaskWorkflow workflow;

	private final WorkingDays workingDays;

	/** Each person's mail in its own transaction, apart from the reading one. */
	private final TransactionTemplate transactions;

	/** The read-only transaction in which the due rows are streamed. */
	private final TransactionTemplate reading;

	/** Reads the due rows in batches instead of all at once. */
	private final JdbcClient streaming;

	private final ReminderSettings settings;

	private final Clock clock;

	private final MessageSource messages;

	private final UrgingMetrics metrics;

	DeadlineDigest(JdbcClient jdbc, Reminders reminders, UserDirectory people, TaskWorkflow workflow,
			WorkingDays workingDays, PlatformTransactionManager transactionManager, DataSource dataSource,
			ReminderSettings settings, Clock clock, MessageSource messages, UrgingMetrics metrics) {
		this.metrics = metrics;
		this.messages = messages;
		this.jdbc = jdbc;
		this.reminders = reminders;
		this.people = people;
		this.workflow = workflow;
		this.workingDays = workingDays;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.reading = new TransactionTemplate(transactionManager);
		this.reading.setReadOnly(true);
		JdbcTemplate template = new JdbcTemplate(dataSource);
		// PostgreSQL streams with a cursor only inside a transaction and with a fetch
		// size.
		template.setFetchSize(500);
		this.streaming = JdbcClient.create(template);
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
		StringBuilder due = new StringBuilder("(COL < :today");
		Map<String, Object> params = new HashMap<>();
		params.put("today", Date.valueOf(today));
		int i = 0;
		for (int days : this.settings.daysBefore()) {
			due.append(" OR COL BETWEEN :from").append(i).append(" AND :to").append(i);
			params.put("from" + i, Date.valueOf(today.plusDays(days)));
			params.put("to" + i, Date.valueOf(next.minusDays(1).plusDays(days)));
			i++;
		}
		due.append(")");
		params.put("partPrefix", text("mail.reminder.part"));
		int queued = digests(today, due.toString(), params);
		queued += escalations(today);
		logger.info("Deadline digest for " + today + ": " + queued + " mails queued in "
				+ (System.nanoTime() - started) / 1_000_000 + " ms");
		return queued;
	}

	private int digests(LocalDate today, String due, Map<String, Object> params) {
		// Coordinating units are reminded of their own parts, under the task's link.
		String sql = """
				WITH due AS (
				  SELECT t.id, t.deadline, left(t.content, 200) AS title, t.lead_unit_id, t.assignee_id, t.monitor_user_id
				  FROM task t WHERE %1$s AND t.deadline IS NOT NULL AND %2$s
				), due_parts AS (
				  SELECT t.id, p.deadline, left(:partPrefix || ' ' || p.description || ' – ' || t.content, 200) AS title,
				         p.unit_id
				  FROM task_part p JOIN task t ON t.id = p.task_id
				  WHERE %1$s AND %4$s AND p.deadline IS NOT NULL AND %3$s
				), recipients AS (
				  SELECT id AS task_id, assignee_id AS user_id FROM due WHERE assignee_id IS NOT NULL
				  UNION SELECT id, monitor_user_id FROM due WHERE monitor_user_id IS NOT NULL
				  UNION SELECT d.id, u.id FROM due d JOIN app_user u ON u.unit_id = d.lead_unit_id AND u.active
				    JOIN app_user_role r ON r.user_id = u.id AND r.role = 'UNIT_HEAD'
				), listed AS (
				  SELECT r.user_id, d.id, d.title, d.deadline FROM recipients r JOIN due d ON d.id = r.task_id
				  UNION ALL
				  SELECT u.id, p.id, p.title, p.deadline FROM due_parts p
				    JOIN app_user u ON u.unit_id = p.unit_id AND u.active
				    JOIN app_user_role r ON r.user_id = u.id AND r.role = 'UNIT_HEAD'
				)
				SELECT u.id AS user_id, u.full_name, u.email, u.unit_id, l.id, l.title, l.deadline
				FROM listed l JOIN app_user u ON u.id = l.user_id
				WHERE u.active
				ORDER BY u.id, l.deadline, l.id
				"""
			.formatted(OPEN, due.replace("COL", "t.deadline"), due.replace("COL", "p.deadline"), TaskQueries.PART_OPEN);
		int[] queued = { 0 };
		Reminders.Person[] current = { null };
		Listing listing = new Listing(this.settings.listLimit(), today);
		this.reading.executeWithoutResult((status) -> this.streaming.sql(sql).params(params).query((rs) -> {
			long userId = rs.getLong("user_id");
			if (current[0] != null && current[0].id() != userId) {
				queued[0] += send(today, current[0], listing, false);
				listing.clear();
			}
			current[0] = new Reminders.Person(userId, rs.getString("full_name"), rs.getString("email"));
			listing.add(rs.getLong("id"), rs.getString("title"), rs.getDate("deadline").toLocalDate());
		}));
		if (current[0] != null) {
			queued[0] += send(today, current[0], listing, false);
		}
		return queued[0];
	}

	private int escalations(LocalDate today) {
		// Only the first tasks are listed; the rest are counted, so memory stays flat.
		Date limit = Date.valueOf(today.minusDays(this.settings.escalateAfterDays()));
		Listing overdue = new Listing(this.settings.listLimit(), today);
		this.jdbc.sql("""
				SELECT t.id, left(t.content, 200) AS title, t.deadline FROM task t
				WHERE %s AND t.deadline < :limit ORDER BY t.deadline, t.id LIMIT :rows
				""".formatted(OPEN)).param("limit", limit).param("rows", this.settings.listLimit()).query((rs) -> {
			overdue.add(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate());
		});
		if (overdue.total == 0) {
			return 0;
		}
		overdue.total = this.jdbc.sql("SELECT count(*) FROM task t WHERE %s AND t.deadline < :limit".formatted(OPEN))
			.param("limit", limit)
			.query(Integer.class)
			.single();
		// The list behind the count: overdue, with a deadline before the limit.
		overdue.link = "/tasks?timeliness=OVERDUE&to="
				+ DayParameter.DMY.format(today.minusDays(this.settings.escalateAfterDays() + 1L));
		int queued = 0;
		for (Reminders.Person leader : Reminders.Person.of(this.people.holding(Role.LEADER, null))) {
			queued += send(today, leader, overdue, true);
		}
		return queued;
	}

	private int send(LocalDate today, Reminders.Person person, Listing listing, boolean escalation) {
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
