package vn.dondoc.directive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import vn.dondoc.account.Actor;
import vn.dondoc.account.Role;
import vn.dondoc.common.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The workflow of a task (SPEC §3), without Spring or a database: each step allowed in
 * the right state and refused in any other, and who may take it.
 */
class TaskTests {

	static final long LEAD = 10;

	static final long OTHER = 20;

	static final long THIRD = 30;

	static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	static final Instant NOW = Instant.parse("2026-11-26T03:00:00Z");

	static final Actor OFFICE = new Actor(1, "Văn phòng", 99, Set.of(Role.OFFICE, Role.STAFF));

	static final Actor LEADER = new Actor(2, "Giám đốc", 1, Set.of(Role.LEADER));

	static final Actor LEAD_HEAD = new Actor(3, "Trưởng phòng", LEAD, Set.of(Role.UNIT_HEAD));

	static final Actor LEAD_STAFF = new Actor(4, "Chuyên viên", LEAD, Set.of(Role.STAFF));

	static final Actor OTHER_HEAD = new Actor(5, "Trưởng phòng khác", OTHER, Set.of(Role.UNIT_HEAD));

	static final Actor OTHER_STAFF = new Actor(6, "Chuyên viên khác", OTHER, Set.of(Role.STAFF));

	static final Actor ADMIN = new Actor(7, "Quản trị", 1, Set.of(Role.ADMIN));

	static final Actor PLANNING = new Actor(8, "KH-TC", 2, Set.of(Role.PLANNING, Role.STAFF));

	static Task task(LocalDate deadline) {
		return Task.create(1, 1,
				TaskDraft.of("Nội dung", LEAD)
					.due(DeadlineMeaning.COMPLETE, deadline)
					.parts(List.of(new TaskDraft.PartDraft(OTHER, "Phần việc", deadline))),
				TODAY.minusDays(30), NOW);
	}

	/** Gives the parts ids, as the database would on insert. */
	static Task withIds(Task task) {
		long id = 1;
		for (TaskPart part : task.getParts()) {
			ReflectionTestUtils.setField(part, "id", id++);
		}
		for (TaskOccurrence occurrence : task.getOccurrences()) {
			ReflectionTestUtils.setField(occurrence, "id", id++);
		}
		return task;
	}

	static Task accepted(LocalDate deadline) {
		Task task = withIds(task(deadline));
		task.forward(NOW);
		task.accept(LEAD_STAFF.userId(), NOW);
		return task;
	}

	static void refused(Runnable step, String key) {
		assertThatThrownBy(step::run).isInstanceOf(RuleViolation.class).hasMessage(key);
	}

	@Nested
	class Registration {

		@Test
		void aNewTaskIsNotYetDoneNotForwardedAndKeepsItsOriginalDeadline() {
			Task task = task(TODAY.plusDays(10));
			assertThat(task.getStatus()).isEqualTo(TaskStatus.NOT_STARTED);
			assertThat(task.isForwarded()).isFalse();
			assertThat(task.getOriginalDeadline()).isEqualTo(task.getDeadline());
			assertThat(task.timeliness(TODAY)).isEqualTo(Timeliness.WITHIN);
		}

		@Test
		void theLeadUnitCannotAlsoCoordinate() {
			refused(() -> Task.create(1, 1,
					TaskDraft.of("x", LEAD).mustReport(false).parts(List.of(new TaskDraft.PartDraft(LEAD, "y", null))),
					TODAY, NOW), "part.leadUnit");
		}

		@Test
		void aUnitCoordinatesATaskOnlyOnce() {
			Task task = task(null);
			refused(() -> task.addPart(OTHER, "lần hai", null), "part.duplicateUnit");
		}

		@Test
		void aRecurringTaskHasOneOccurrencePerPeriodAndItsDeadlineIsTheNextOne() {
			Task task = Task.create(1, 1,
					TaskDraft.of("Báo cáo tháng", LEAD)
						.due(DeadlineMeaning.REPORT_UBND, null)
						.recurring(Recurrence.MONTHLY, 31, LocalDate.of(2027, 3, 1)),
					LocalDate.of(2026, 11, 26), NOW);
			assertThat(task.getOccurrences()).extracting(TaskOccurrence::getDueDate)
				.containsExactly(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 31),
						LocalDate.of(2027, 2, 28));
			assertThat(task.getDeadline()).isEqualTo(LocalDate.of(2026, 11, 30));
		}

		@Test
		void quarterlyOccurrencesFallInTheLastMonthOfEachQuarter() {
			assertThat(Task.occurrenceDates(Recurrence.QUARTERLY, 10, LocalDate.of(2026, 1, 15),
					LocalDate.of(2026, 12, 31)))
				.containsExactly(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 6, 10), LocalDate.of(2026, 9, 10),
						LocalDate.of(2026, 12, 10));
		}

	}

	@Nested
	class Forwarding {

		@Test
		void onlyTheOfficeForwardsAndOnlyOnce() {
			Task task = task(TODAY.plusDays(5));
			assertThat(TaskPolicy.canForward(OFFICE)).isTrue();
			assertThat(List.of(LEADER, LEAD_HEAD, LEAD_STAFF, ADMIN, PLANNING)).noneMatch(TaskPolicy::canForward);
			task.forward(NOW);
			refused(() -> task.forward(NOW), "task.alreadyForwarded");
		}

		@Test
		void aTaskIsAcceptedOnlyAfterItWasForwardedAndOnlyByItsLeadUnitsHead() {
			Task task = task(TODAY.plusDays(5));
			refused(() -> task.accept(null, NOW), "task.notForwarded.rule");
			task.forward(NOW);
			assertThat(TaskPolicy.canManage(LEAD_HEAD, task)).isTrue();
			assertThat(List.of(LEAD_STAFF, OTHER_HEAD, OFFICE, LEADER, ADMIN))
				.noneMatch((actor) -> TaskPolicy.canManage(actor, task));
			task.accept(LEAD_STAFF.userId(), NOW);
			assertThat(task.getStatus()).isEqualTo(TaskStatus.IN_PROGRESS);
			assertThat(task.getAssigneeId()).isEqualTo(LEAD_STAFF.userId());
			refused(() -> task.accept(null, NOW), "task.alreadyAccepted");
		}

	}

	@Nested
	class Coordination {

		@Test
		void aPartIsForwardedByTheLeadUnitThenUpdatedOnlyByItsOwnUnit() {
			Task task = accepted(TODAY.plusDays(5));
			TaskPart part = task.getParts().get(0);
			refused(() -> task.progressPart(part.getId(), NOW), "part.notForwarded");
			task.forwardPart(part.getId(), NOW);
			refused(() -> task.forwardPart(part.getId(), NOW), "part.alreadyForwarded");
			assertThat(TaskPolicy.canUpdatePart(OTHER_STAFF, part)).isTrue();
			assertThat(TaskPolicy.canUpdatePart(OTHER_HEAD, part)).isTrue();
			assertThat(List.of(LEAD_HEAD, LEAD_STAFF, OFFICE, LEADER))
				.noneMatch((actor) -> TaskPolicy.canUpdatePart(actor, part));
			task.completePart(part.getId(), "Đã gửi số liệu", TODAY, TODAY, NOW);
			assertThat(part.getStatus()).isEqualTo(TaskStatus.DONE);
			refused(() -> task.completePart(part.getId(), "lại", TODAY, TODAY, NOW), "part.done");
		}

		@Test
		void partsCannotBeForwardedBeforeTheTaskIsAccepted() {
			Task task = withIds(task(TODAY.plusDays(5)));
			task.forward(NOW);
			refused(() -> task.forwardPart(1L, NOW), "task.notAccepted");
		}

	}

	@Nested
	class Completion {

		@Test
		void progressAndCompletionNeedAnAcceptedTaskAndAMemberOfTheLeadUnit() {
			Task task = withIds(task(TODAY.plusDays(5)));
			refused(() -> task.recordProgress(NOW), "task.notAccepted");
			task.forward(NOW);
			task.accept(null, NOW);
			assertThat(TaskPolicy.canUpdate(LEAD_STAFF, task)).isTrue();
			assertThat(TaskPolicy.canUpdate(LEAD_HEAD, task)).isTrue();
			assertThat(List.of(OTHER_STAFF, OTHER_HEAD, OFFICE, LEADER, ADMIN))
				.noneMatch((actor) -> TaskPolicy.canUpdate(actor, task));
			task.recordProgress(NOW);
			task.complete("Báo cáo số 1/BC", TODAY, TODAY, NOW);
			assertThat(task.getStatus()).isEqualTo(TaskStatus.DONE);
			assertThat(task.timeliness(TODAY)).isEqualTo(Timeliness.ON_TIME);
			refused(() -> task.recordProgress(NOW), "task.done");
			refused(() -> task.complete("lại", TODAY, TODAY, NOW), "task.done");
		}

		@Test
		void aTaskDoneAfterItsDeadlineIsLateAndAFutureDateIsRefused() {
			Task task = accepted(TODAY.minusDays(3));
			assertThat(task.timeliness(TODAY)).isEqualTo(Timeliness.OVERDUE);
			refused(() -> task.complete("x", TODAY.plusDays(1), TODAY, NOW), "date.future");
			task.complete("x", TODAY, TODAY, NOW);
			assertThat(task.timeliness(TODAY)).isEqualTo(Timeliness.LATE);
		}

		@Test
		void aRecurringTaskIsDoneWhenItsLastOccurrenceIsDone() {
			Task task = withIds(Task.create(1, 1,
					TaskDraft.of("Báo cáo quý", LEAD)
						.due(DeadlineMeaning.REPORT_UBND, null)
						.recurring(Recurrence.QUARTERLY, 15, LocalDate.of(2026, 7, 1)),
					LocalDate.of(2026, 1, 1), NOW));
			task.forward(NOW);
			task.accept(null, NOW);
			List<TaskOccurrence> occurrences = task.getOccurrences();
			assertThat(occurrences).hasSize(2);
			refused(() -> task.complete("x", TODAY, TODAY, NOW), "task.occurrencesOpen");
			task.completeOccurrence(occurrences.get(0).getId(), "Quý 1", LocalDate.of(2026, 3, 14), TODAY, NOW);
			assertThat(task.getDeadline()).isEqualTo(LocalDate.of(2026, 6, 15));
			assertThat(task.getStatus()).isEqualTo(TaskStatus.IN_PROGRESS);
			refused(() -> task.completeOccurrence(occurrences.get(0).getId(), "lại", TODAY, TODAY, NOW),
					"task.occurrence.done");
			task.completeOccurrence(occurrences.get(1).getId(), "Quý 2", LocalDate.of(2026, 6, 20), TODAY, NOW);
			assertThat(task.getStatus()).isEqualTo(TaskStatus.DONE);
			assertThat(occurrences.get(1).timeliness(TODAY)).isEqualTo(Timeliness.LATE);
		}

	}

	@Nested
	class ReturnAndReassignment {

		@Test
		void theLeadUnitAsksToReturnAndLeadershipReassignsToAnotherUnit() {
			Task task = accepted(TODAY.plusDays(5));
			task.requestReturn("Không thuộc chức năng", "Trưởng phòng", NOW);
			refused(() -> task.requestReturn("lần hai", "x", NOW), "task.returnRequested");
			assertThat(TaskPolicy.canDecide(LEADER)).isTrue();
			assertThat(List.of(OFFICE, LEAD_HEAD, ADMIN, PLANNING)).noneMatch(TaskPolicy::canDecide);
			refused(() -> task.reassign(LEAD, NOW), "task.reassign.sameUnit");
			task.reassign(THIRD, NOW);
			assertThat(task.getLeadUnitId()).isEqualTo(THIRD);
			assertThat(task.isReturnRequested()).isFalse();
			assertThat(task.isAccepted()).isFalse();
			assertThat(task.isForwarded()).isTrue();
			assertThat(task.getStatus()).isEqualTo(TaskStatus.NOT_STARTED);
		}

		@Test
		void aReturnCanBeRefusedAndTheUnitGoesOn() {
			Task task = accepted(TODAY.plusDays(5));
			refused(() -> task.refuseReturn(NOW), "task.noReturnRequest");
			task.requestReturn("Không rõ", "Trưởng phòng", NOW);
			task.refuseReturn(NOW);
			assertThat(task.isReturnRequested()).isFalse();
			assertThat(task.getLeadUnitId()).isEqualTo(LEAD);
		}

		@Test
		void aTaskReturnedWithItsDirectiveLeavesOpenWorkButADoneTaskCannotBeReturned() {
			Task open = task(TODAY.minusDays(1));
			open.returnWithDirective(NOW);
			assertThat(open.getStatus()).isEqualTo(TaskStatus.RETURNED);
			assertThat(open.timeliness(TODAY)).isEqualTo(Timeliness.NOT_MEASURED);
			refused(() -> open.forward(NOW), "task.returned");
			Task done = accepted(TODAY);
			done.complete("x", TODAY, TODAY, NOW);
			refused(() -> done.returnWithDirective(NOW), "directive.return.taskDone");
		}

	}

	@Nested
	class Extension {

		@Test
		void anApprovedExtensionMovesTheDeadlineAndKeepsTheOriginal() {
			Task task = accepted(TODAY.plusDays(2));
			refused(() -> task.requestExtension(TODAY.plusDays(1), "sớm hơn", "x", TODAY, NOW), "extension.notLater");
			task.requestExtension(TODAY.plusDays(20), "Chờ ý kiến các sở", "Trưởng phòng", TODAY, NOW);
			refused(() -> task.requestExtension(TODAY.plusDays(30), "lần hai", "x", TODAY, NOW), "extension.pending");
			task.decideExtension(true, "Đồng ý", "Giám đốc", NOW);
			assertThat(task.getDeadline()).isEqualTo(TODAY.plusDays(20));
			assertThat(task.getOriginalDeadline()).isEqualTo(TODAY.plusDays(2));
			assertThat(task.isDeadlineExtended()).isTrue();
			assertThat(task.getExtensions()).singleElement()
				.extracting(TaskExtension::getStatus)
				.isEqualTo(TaskExtension.Decision.APPROVED);
		}

		@Test
		void aRefusedExtensionLeavesTheDeadlineAndATaskWithoutDeadlineNeedsNone() {
			Task task = accepted(TODAY.plusDays(2));
			refused(() -> task.decideExtension(true, null, "x", NOW), "extension.none");
			task.requestExtension(TODAY.plusDays(20), "Chờ", "Trưởng phòng", TODAY, NOW);
			task.decideExtension(false, "Không đồng ý", "Giám đốc", NOW);
			assertThat(task.getDeadline()).isEqualTo(TODAY.plusDays(2));
			Task noDeadline = accepted(null);
			refused(() -> noDeadline.requestExtension(TODAY.plusDays(2), "x", "x", TODAY, NOW), "extension.noDeadline");
		}

	}

	@Nested
	class Article92 {

		@Test
		void overdueTaskIsFlaggedUntilNoticeIsRecorded() {
			Task task = accepted(TODAY.minusDays(1));
			assertThat(task.needsNotice(TODAY)).isTrue();
			assertThat(task.needsNotice(TODAY.minusDays(1))).isFalse();
			task.recordNotice("45/STTTT-VP", TODAY, TODAY, NOW);
			assertThat(task.needsNotice(TODAY)).isFalse();
			assertThat(task.timeliness(TODAY)).isEqualTo(Timeliness.OVERDUE);
		}

	}

	@Nested
	class Edit {

		@Test
		void afterForwardingOnlyAnExtensionOrAReassignmentMovesDeadlineAndLeadUnit() {
			Task task = task(TODAY.plusDays(5));
			task.edit("Nội dung mới", true, DeadlineMeaning.COMPLETE, TaskCategory.SPECIALISED, null, null,
					TODAY.plusDays(9), THIRD, NOW);
			assertThat(task.getOriginalDeadline()).isEqualTo(TODAY.plusDays(9));
			task.forward(NOW);
			refused(() -> task.edit("x", true, DeadlineMeaning.COMPLETE, TaskCategory.GENERAL, null, null,
					TODAY.plusDays(30), THIRD, NOW), "task.edit.forwarded");
			task.edit("Nội dung sửa", false, DeadlineMeaning.COMPLETE, TaskCategory.GENERAL, null, null,
					TODAY.plusDays(9), THIRD, NOW);
			assertThat(task.getContent()).isEqualTo("Nội dung sửa");
			assertThat(TaskPolicy.canEdit(OFFICE)).isTrue();
			assertThat(List.of(LEADER, LEAD_HEAD, ADMIN)).noneMatch(TaskPolicy::canEdit);
		}

	}

	@Nested
	class Confidentiality {

		@Test
		void onlyLeadershipOfficeAdminAndTheLeadUnitsHeadSeeAPlaceholder() {
			assertThat(List.of(LEADER, OFFICE, ADMIN, LEAD_HEAD))
				.allMatch((actor) -> TaskPolicy.canSeePlaceholder(actor, LEAD));
			assertThat(List.of(LEAD_STAFF, OTHER_HEAD, OTHER_STAFF, PLANNING))
				.noneMatch((actor) -> TaskPolicy.canSeePlaceholder(actor, LEAD));
		}

		@Test
		void aPlaceholderRefusesInstructionsAndReturnsBecauseTheyAreContent() {
			Directive placeholder = Directive.placeholder("M-2026-000001", vn.dondoc.directive.Confidentiality.MAT,
					TODAY, LEAD, "Văn phòng", NOW);
			assertThatThrownBy(() -> placeholder.instruct("ý kiến", "x", NOW))
				.isInstanceOf(ConfidentialContentRefused.class);
			assertThatThrownBy(() -> placeholder.returnToIssuer("lý do", "x", NOW))
				.isInstanceOf(ConfidentialContentRefused.class);
		}

	}

	@Test
	void urgingIsForTheOfficeLeadershipAndPlanning() {
		assertThat(List.of(OFFICE, LEADER, PLANNING)).allMatch(TaskPolicy::canUrge);
		assertThat(List.of(LEAD_HEAD, LEAD_STAFF, ADMIN)).noneMatch(TaskPolicy::canUrge);
	}

	@Test
	void thePageOffersExactlyTheStepsThePersonMayTakeNow() {
		Task task = withIds(task(TODAY.plusDays(5)));
		assertThat(TaskActions.of(OFFICE, task, TODAY).forward()).isTrue();
		assertThat(TaskActions.of(LEAD_HEAD, task, TODAY).accept()).isFalse();
		task.forward(NOW);
		assertThat(TaskActions.of(OFFICE, task, TODAY).forward()).isFalse();
		assertThat(TaskActions.of(LEAD_HEAD, task, TODAY).accept()).isTrue();
		assertThat(TaskActions.of(OTHER_HEAD, task, TODAY).any()).isFalse();
		task.accept(null, NOW);
		TaskActions head = TaskActions.of(LEAD_HEAD, task, TODAY);
		assertThat(head.progress()).isTrue();
		assertThat(head.complete()).isTrue();
		assertThat(head.requestExtension()).isTrue();
		assertThat(head.decideExtension()).isFalse();
		assertThat(TaskActions.of(LEAD_STAFF, task, TODAY).requestExtension()).isFalse();
		assertThat(TaskActions.of(LEADER, task, TODAY).reassign()).isTrue();
		// The notice of Điều 9.2 only once the task is overdue (due in five days here).
		assertThat(head.notice()).isFalse();
		assertThat(TaskActions.of(LEAD_HEAD, task, TODAY.plusDays(6)).notice()).isTrue();
		assertThat(TaskActions.of(LEAD_HEAD, task, TODAY.plusDays(5)).notice()).isFalse();
	}

}
