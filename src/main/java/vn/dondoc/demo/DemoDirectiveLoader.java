package vn.dondoc.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import vn.dondoc.urging.MailOutbox;
import vn.dondoc.urging.NotificationInbox;
import vn.dondoc.account.CurrentUser;
import vn.dondoc.common.MovableClock;
import vn.dondoc.common.RuleViolation;
import vn.dondoc.account.Actor;
import vn.dondoc.directive.Confidentiality;
import vn.dondoc.directive.DeadlineMeaning;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveContent;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.directive.DirectiveReading;
import vn.dondoc.directive.DuplicateDirective;
import vn.dondoc.directive.DirectiveRegistration;
import vn.dondoc.directive.Issuer;
import vn.dondoc.directive.Recurrence;
import vn.dondoc.directive.SignerPosition;
import vn.dondoc.directive.Task;
import vn.dondoc.directive.TaskCategory;
import vn.dondoc.directive.TaskDraft;
import vn.dondoc.directive.TaskOccurrence;
import vn.dondoc.directive.TaskPart;
import vn.dondoc.directive.TaskWorkflow;
import vn.dondoc.directive.UrgeChannel;
import vn.dondoc.directive.UrgeWeight;
import vn.dondoc.organisation.UnitManagement;
import vn.dondoc.organisation.UnitNode;

/**
 * Replays eighteen months of a Department's work through the real workflow, moving the
 * application clock to each day as it goes, so that every date, status, timeliness and
 * history line is one the application itself would have written. Runs once, on a demo
 * database without directives.
 */
@Component
@Order(20)
class DemoDirectiveLoader implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(DemoDirectiveLoader.class);

	private static final String[] TOPICS = { "chuyển đổi số", "cải cách hành chính", "an toàn thông tin mạng",
			"phát triển hạ tầng viễn thông", "quản lý báo chí, xuất bản", "dịch vụ công trực tuyến toàn trình",
			"xây dựng chính quyền số", "bưu chính công ích", "thông tin cơ sở", "phòng, chống tin giả, tin sai sự thật",
			"Đề án 06 về dữ liệu dân cư", "phát triển kinh tế số", "phổ cập kỹ năng số cho người dân",
			"thanh tra chuyên ngành thông tin và truyền thông", "quản lý tần số vô tuyến điện",
			"ngầm hóa cáp viễn thông", "hệ thống giám sát an toàn thông tin (SOC)", "nền tảng số dùng chung của tỉnh",
			"thu hút đầu tư vào công nghệ thông tin", "tuyên truyền kỷ niệm các ngày lễ lớn" };

	private static final String[] SUMMARIES = { "Về việc triển khai %s năm %d", "Về việc đôn đốc thực hiện %s",
			"Thông báo kết luận của Chủ tịch UBND tỉnh về %s", "Về việc báo cáo tình hình %s năm %d",
			"Ban hành Kế hoạch %s giai đoạn %d–2030", "Về việc tăng cường công tác %s",
			"Về việc chấn chỉnh, nâng cao hiệu quả %s" };

	private static final String[] CONTENTS = { "Chủ trì tham mưu UBND tỉnh ban hành kế hoạch %s",
			"Báo cáo kết quả thực hiện %s, gửi Văn phòng UBND tỉnh",
			"Rà soát, đề xuất sửa đổi, bổ sung các quy định về %s",
			"Tổ chức kiểm tra việc thực hiện %s tại các huyện, thị xã, thành phố",
			"Chủ trì xây dựng dự thảo đề án %s, lấy ý kiến các sở, ngành",
			"Tổng hợp số liệu về %s, đánh giá khó khăn, vướng mắc và đề xuất giải pháp",
			"Hướng dẫn các cơ quan, đơn vị triển khai %s", "Tham mưu văn bản đôn đốc các địa phương về %s" };

	private static final String[][] SIGNERS = { { "Nguyễn Văn Hòa", "CHU_TICH" }, { "Trần Quốc Tuấn", "PHO_CHU_TICH" },
			{ "Lê Thị Thu Hà", "PHO_CHU_TICH" }, { "Phạm Minh Đức", "CHANH_VAN_PHONG" },
			{ "Võ Thị Bích Ngọc", "PHO_CHANH_VAN_PHONG" } };

	private static final String[] WORKING_UNITS = { "VP", "KHTC", "BCVT", "CNTT", "TTBCXB", "TTRA", "TTCNTT" };

	private final DemoData demoData;

	private final DemoSettings settings;

	private final DirectiveRegistration registration;

	private final TaskWorkflow workflow;

	private final DirectiveReading reading;

	private final UnitManagement units;

	private final UserDetailsService users;

	private final MovableClock clock;

	private final MailOutbox outbox;

	private final NotificationInbox notifications;

	private final vn.dondoc.intake.DocumentIntake intake;

	private final Random random = new Random(2025);

	private final Map<String, Integer> numbers = new HashMap<>();

	private final Map<String, Long> unitIds = new HashMap<>();

	private LocalDate today;

	DemoDirectiveLoader(DemoData demoData, DemoSettings settings, DirectiveRegistration registration,
			TaskWorkflow workflow, DirectiveReading reading, UnitManagement units, UserDetailsService users,
			MovableClock clock, MailOutbox outbox, NotificationInbox notifications,
			vn.dondoc.intake.DocumentIntake intake) {
		this.intake = intake;
		this.demoData = demoData;
		this.settings = settings;
		this.registration = registration;
		this.workflow = workflow;
		this.reading = reading;
		this.units = units;
		this.users = users;
		this.clock = clock;
		this.outbox = outbox;
		this.notifications = notifications;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demoData.enabled() || this.settings.directives() <= 0 || this.reading.anyRegistered()) {
			return;
		}
		long started = System.nanoTime();
		this.today = LocalDate.now(this.clock);
		for (UnitNode node : this.units.tree()) {
			this.unitIds.put(node.code(), node.id());
		}
		int tasks = 0;
		try {
			List<LocalDate> days = receivedDays(this.settings.directives());
			for (int i = 0; i < days.size(); i++) {
				if (i % 50 == 25) {
					placeholder(days.get(i));
				}
				tasks += directive(days.get(i));
			}
		}
		finally {
			this.clock.resetThisThread();
			SecurityContextHolder.clearContext();
		}
		// The replay's assignment mails and notices are history: nothing of it is sent.
		this.outbox.discard("assignment:");
		this.notifications.discard("assignment:");
		logger.info("Loaded demo directives: " + this.settings.directives() + " directives with " + tasks
				+ " tasks over eighteen months in " + (System.nanoTime() - started) / 1_000_000 + " ms");
		arrivedPackage();
	}

	/**
	 * A công văn that arrived from the document system as an edXML package, waiting for
	 * the office at Văn bản đến.
	 */
	private void arrivedPackage() {
		try (var in = new org.springframework.core.io.ClassPathResource("demo/edxml/cong-van-2150-UBND-KGVX.xml")
			.getInputStream()) {
			this.intake.accept(in, "Trục liên thông văn bản (mẫu)");
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Working days of the last eighteen months, spread evenly, oldest first. */
	private List<LocalDate> receivedDays(int count) {
		List<LocalDate> days = new ArrayList<>();
		LocalDate first = this.today.minusMonths(18);
		long span = first.until(this.today, java.time.temporal.ChronoUnit.DAYS);
		for (int i = 0; i < count; i++) {
			days.add(min(workingDay(first.plusDays(span * i / count + this.random.nextInt(2))), this.today));
		}
		return days;
	}

	private int directive(LocalDate received) {
		at(received, 8);
		int year = received.getYear();
		String topic = pick(TOPICS);
		Issuer issuer = (this.random.nextInt(10) < 6) ? Issuer.UBND_TINH
				: (this.random.nextInt(2) == 0) ? Issuer.CHU_TICH_UBND_TINH : Issuer.VAN_PHONG_UBND_TINH;
		DirectiveKind kind = kindFor(issuer);
		String[] signer = (issuer == Issuer.VAN_PHONG_UBND_TINH) ? SIGNERS[3 + this.random.nextInt(2)]
				: SIGNERS[this.random.nextInt(3)];
		LocalDate issued = received.minusDays(1 + this.random.nextInt(4));
		DirectiveContent content = new DirectiveContent(kind, number(issuer, kind, issued.getYear()),
				String.format(pick(SUMMARIES), topic, year), issued, signer[0], SignerPosition.valueOf(signer[1]),
				issuer);
		int taskCount = 1 + this.random.nextInt(3);
		List<TaskDraft> drafts = new ArrayList<>();
		for (int i = 0; i < taskCount; i++) {
			drafts.add(draft(received, topic, i));
		}
		Directive directive = as("vanphong",
				(actor) -> this.registration.register(actor, content, received, drafts, List.of()));
		if (directive == null) {
			return 0;
		}
		if (this.random.nextInt(2) == 0) {
			at(received, 14);
			as("giamdoc", (actor) -> {
				this.registration.instruct(actor, directive.getId(), directive.getVersion(),
						"Giao các đơn vị theo chức năng, nhiệm vụ triển khai thực hiện; Văn phòng theo dõi, đôn đốc.");
				return null;
			});
		}
		if (this.random.nextInt(70) == 0 && received.isBefore(this.today.minusDays(5))) {
			at(received.plusDays(3), 9);
			long version = this.reading.directive(directive.getId(), office()).orElseThrow().directive().getVersion();
			as("vanphong", (actor) -> {
				this.registration.returnToIssuer(actor, directive.getId(), version,
						"Nội dung không thuộc chức năng, nhiệm vụ của Sở; đề nghị Văn phòng UBND tỉnh chuyển cơ quan chủ trì phù hợp.");
				return null;
			});
			return taskCount;
		}
		for (Task task : this.reading.tasksOf(directive.getId())) {
			story(task, received);
		}
		return taskCount;
	}

	private TaskDraft draft(LocalDate received, String topic, int index) {
		String lead = pick(WORKING_UNITS);
		boolean specialised = !lead.equals("VP") && this.random.nextInt(10) < 5;
		List<TaskDraft.PartDraft> parts = new ArrayList<>();
		if (this.random.nextInt(10) < 3) {
			String other = pick(WORKING_UNITS);
			if (!other.equals(lead)) {
				parts.add(new TaskDraft.PartDraft(this.unitIds.get(other),
						"Cung cấp thông tin, số liệu thuộc lĩnh vực quản lý",
						received.plusDays(10 + this.random.nextInt(10))));
			}
		}
		String content = String.format(pick(CONTENTS), topic);
		int kind = this.random.nextInt(20);
		if (kind == 0 && index == 0) {
			return TaskDraft.of("Báo cáo định kỳ hằng tháng tình hình " + topic, this.unitIds.get(lead))
				.due(DeadlineMeaning.REPORT_UBND, null)
				.category(specialised ? TaskCategory.SPECIALISED : TaskCategory.GENERAL)
				.monitoredBy(this.unitIds.get("VP"), null)
				.recurring(Recurrence.MONTHLY, 20, received.plusMonths(6));
		}
		LocalDate deadline = (kind < 2) ? null : received.plusDays(7 + this.random.nextInt(50));
		DeadlineMeaning meaning = (deadline == null) ? null
				: DeadlineMeaning.values()[this.random.nextInt(DeadlineMeaning.values().length)];
		return TaskDraft.of(content, this.unitIds.get(lead))
			.mustReport(deadline != null && this.random.nextInt(3) > 0)
			.due(meaning, deadline)
			.category(specialised ? TaskCategory.SPECIALISED : TaskCategory.GENERAL)
			.monitoredBy(this.unitIds.get(specialised ? "KHTC" : "VP"), null)
			.parts(parts);
	}

	/**
	 * One task's life: forwarded the next working day, accepted, worked on, and — as in a
	 * real Department — mostly done on time, sometimes late, sometimes still open.
	 */
	private void story(Task registered, LocalDate received) {
		long id = registered.getId();
		String lead = codeOf(registered.getLeadUnitId());
		LocalDate forwarded = workingDay(received.plusDays(1));
		if (!forwarded.isBefore(this.today) && this.random.nextInt(2) == 0) {
			return;
		}
		at(min(forwarded, this.today), 8);
		step("vanphong", id, (actor, version) -> this.workflow.forward(actor, id, version));
		LocalDate accepted = min(workingDay(forwarded.plusDays(1 + this.random.nextInt(2))), this.today);
		if (this.random.nextInt(40) == 0) {
			at(accepted, 10);
			step("tp." + lead.toLowerCase(), id, (actor, version) -> this.workflow.requestReturn(actor, id, version,
					"Nội dung nhiệm vụ không thuộc lĩnh vực đơn vị được giao quản lý; đề nghị giao đơn vị khác chủ trì."));
			if (this.random.nextInt(3) == 0 || !accepted.isBefore(this.today)) {
				return;
			}
			String other = lead.equals("CNTT") ? "TTCNTT" : "CNTT";
			at(min(accepted.plusDays(2), this.today), 15);
			step("giamdoc", id,
					(actor, version) -> this.workflow.reassign(actor, id, version, this.unitIds.get(other)));
			lead = other;
			accepted = min(accepted.plusDays(3), this.today);
		}
		String head = "tp." + lead.toLowerCase();
		String staff = "cv." + lead.toLowerCase();
		at(accepted, 9);
		Long assignee = actor(staff).userId();
		step(head, id, (actor, version) -> this.workflow.accept(actor, id, version, assignee));
		Task task = this.reading.taskState(id).orElseThrow();
		for (TaskPart part : task.getParts()) {
			step(head, id, (actor, version) -> this.workflow.forwardPart(actor, id, version, part.getId()));
			LocalDate partDone = part.getDeadline().minusDays(this.random.nextInt(5));
			if (partDone.isBefore(this.today)) {
				at(partDone, 16);
				step("cv." + codeOf(part.getUnitId()).toLowerCase(), id,
						(actor, version) -> this.workflow.updatePart(actor, id, version, part.getId(),
								"Đã gửi số liệu, thông tin theo đề nghị của đơn vị chủ trì.", true, partDone,
								List.of()));
			}
		}
		if (task.isRecurring()) {
			occurrences(id, staff);
			return;
		}
		LocalDate deadline = task.getDeadline();
		LocalDate progressDay = workingDay(accepted.plusDays(3 + this.random.nextInt(5)));
		if (progressDay.isBefore(this.today)) {
			at(progressDay, 15);
			step(staff, id, (actor, version) -> this.workflow.progress(actor, id, version,
					"Đã xây dựng dự thảo, đang lấy ý kiến các đơn vị liên quan.", null, null, List.of()));
		}
		if (deadline != null && this.random.nextInt(12) == 0) {
			LocalDate asked = min(deadline.minusDays(2), this.today);
			if (asked.isAfter(accepted)) {
				at(asked, 10);
				LocalDate wanted = deadline.plusDays(15 + this.random.nextInt(15));
				step(head, id, (actor, version) -> this.workflow.requestExtension(actor, id, version, wanted,
						"Chờ ý kiến góp ý của các sở, ngành và địa phương."));
				if (asked.isBefore(this.today)) {
					at(min(asked.plusDays(1), this.today), 16);
					boolean approve = this.random.nextInt(4) > 0;
					step("giamdoc", id, (actor, version) -> this.workflow.decideExtension(actor, id, version, approve,
							approve ? "Đồng ý gia hạn." : "Không đồng ý; đề nghị hoàn thành đúng hạn."));
					if (approve) {
						deadline = wanted;
					}
				}
			}
		}
		finish(id, accepted, deadline, head, staff);
	}

	private void finish(long id, LocalDate accepted, LocalDate deadline, String head, String staff) {
		int outcome = this.random.nextInt(100);
		LocalDate done;
		if (deadline == null) {
			done = (outcome < 60) ? accepted.plusDays(10 + this.random.nextInt(30)) : null;
		}
		else if (outcome < 72) {
			done = deadline
				.minusDays(this.random.nextInt(Math.max(1, (int) accepted.until(deadline).toTotalMonths() * 30 + 3)));
		}
		else if (outcome < 86) {
			done = deadline.plusDays(1 + this.random.nextInt(20));
		}
		else {
			done = null;
		}
		if (done != null && done.isBefore(accepted)) {
			done = accepted;
		}
		if (done != null && done.isBefore(this.today)) {
			LocalDate on = done;
			at(on, 16);
			step(this.random.nextBoolean() ? head : staff, id,
					(actor, version) -> this.workflow.complete(actor, id, version,
							"Đã có Báo cáo số " + (100 + this.random.nextInt(800)) + "/BC-STTTT gửi UBND tỉnh.", on,
							List.of()));
			return;
		}
		if (deadline != null && deadline.isBefore(this.today)) {
			int urges = 1 + this.random.nextInt(3);
			for (int i = 0; i < urges; i++) {
				LocalDate urged = deadline.plusDays(2 + 5L * i);
				if (urged.isBefore(this.today)) {
					at(urged, 10);
					UrgeWeight weight = UrgeWeight.values()[Math.min(i, 2)];
					UrgeChannel channel = (i % 2 == 0) ? UrgeChannel.SYSTEM : UrgeChannel.PHONE;
					as("vanphong", (actor) -> {
						this.workflow.urge(actor, id, channel, weight, null,
								"Đề nghị đơn vị khẩn trương hoàn thành, báo cáo kết quả.");
						return null;
					});
				}
			}
			LocalDate noticed = deadline.plusDays(3);
			if (this.random.nextBoolean() && noticed.isBefore(this.today)) {
				at(noticed, 11);
				step(head, id, (actor, version) -> this.workflow.recordNotice(actor, id, version,
						(20 + this.random.nextInt(300)) + "/STTTT-VP", noticed));
			}
		}
	}

	private void occurrences(long id, String staff) {
		for (TaskOccurrence occurrence : this.reading.taskState(id).orElseThrow().getOccurrences()) {
			LocalDate on = occurrence.getDueDate().plusDays(this.random.nextInt(6) - 4);
			if (!on.isBefore(this.today)) {
				return;
			}
			at(on, 15);
			step(staff, id, (actor, version) -> this.workflow.completeOccurrence(actor, id, version, occurrence.getId(),
					"Đã gửi báo cáo tháng " + YearMonth.from(occurrence.getDueDate()).getMonthValue(), on));
		}
	}

	private void placeholder(LocalDate received) {
		at(received, 9);
		String lead = pick(WORKING_UNITS);
		LocalDate quarterEnd = YearMonth.from(received)
			.plusMonths(2 - (received.getMonthValue() - 1) % 3)
			.atEndOfMonth();
		List<LocalDate> dues = List.of(quarterEnd.minusDays(10), quarterEnd.plusMonths(3).minusDays(10));
		as("vanphong", (actor) -> this.registration.registerPlaceholder(actor,
				Confidentiality.values()[1 + this.random.nextInt(3)], received, this.unitIds.get(lead), dues));
	}

	// Acting as someone, at some moment

	@FunctionalInterface
	private interface Step {

		void run(Actor actor, long version);

	}

	private void step(String username, long taskId, Step step) {
		long version = this.reading.taskState(taskId).orElseThrow().getVersion();
		as(username, (actor) -> {
			step.run(actor, version);
			return null;
		});
	}

	private <T> T as(String username, java.util.function.Function<Actor, T> action) {
		CurrentUser user = (CurrentUser) this.users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return action.apply(Actor.of(user));
		}
		catch (RuleViolation | DuplicateDirective violation) {
			// A story step the generated dates do not allow is skipped, as a person
			// would
			// be refused it; the rest of the story goes on.
			logger.debug("Demo step skipped: " + violation.getMessage());
			return null;
		}
	}

	private Actor actor(String username) {
		return Actor.of((CurrentUser) this.users.loadUserByUsername(username));
	}

	private Actor office() {
		return actor("vanphong");
	}

	private void at(LocalDate day, int hour) {
		LocalDate date = min(day, this.today);
		Instant instant = date.atTime(LocalTime.of(hour, this.random.nextInt(60)))
			.atZone(this.clock.getZone())
			.toInstant();
		// Today's steps are never later than the time the rest of the application reads.
		Instant shared = this.clock.sharedInstant();
		this.clock.moveThisThreadTo(date.equals(this.today) && instant.isAfter(shared) ? shared : instant);
	}

	private String codeOf(long unitId) {
		return this.unitIds.entrySet()
			.stream()
			.filter((e) -> e.getValue() == unitId)
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow();
	}

	private String number(Issuer issuer, DirectiveKind kind, int year) {
		String key = issuer + "-" + year;
		int n = this.numbers.merge(key, 1 + this.random.nextInt(30), Integer::sum);
		return switch (issuer) {
			case UBND_TINH -> switch (kind) {
				case QUYET_DINH -> n + "/QĐ-UBND";
				case KE_HOACH -> n + "/KH-UBND";
				case CHI_THI -> n + "/CT-UBND";
				default -> n + "/UBND-" + pick(new String[] { "KTTH", "VX", "NC", "KT" });
			};
			case CHU_TICH_UBND_TINH -> n + "/QĐ-CT";
			case VAN_PHONG_UBND_TINH -> n + ((kind == DirectiveKind.PHIEU_CHUYEN) ? "/PC-VP" : "/TB-VP");
		};
	}

	private DirectiveKind kindFor(Issuer issuer) {
		return switch (issuer) {
			case UBND_TINH ->
				new DirectiveKind[] { DirectiveKind.CONG_VAN, DirectiveKind.CONG_VAN, DirectiveKind.QUYET_DINH,
						DirectiveKind.KE_HOACH, DirectiveKind.CHI_THI, DirectiveKind.CONG_DIEN }[this.random
							.nextInt(6)];
			case CHU_TICH_UBND_TINH -> DirectiveKind.QUYET_DINH;
			case VAN_PHONG_UBND_TINH -> new DirectiveKind[] { DirectiveKind.THONG_BAO_CUOC_HOP,
					DirectiveKind.THONG_BAO_LAM_VIEC, DirectiveKind.PHIEU_CHUYEN }[this.random.nextInt(3)];
		};
	}

	private String pick(String[] values) {
		return values[this.random.nextInt(values.length)];
	}

	private static LocalDate workingDay(LocalDate day) {
		LocalDate date = day;
		while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
			date = date.plusDays(1);
		}
		return date;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
