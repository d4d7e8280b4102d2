package vn.dondoc.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.dondoc.common.PlausibleDay;
import vn.dondoc.directive.Confidentiality;
import vn.dondoc.directive.DeadlineMeaning;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.directive.Issuer;
import vn.dondoc.directive.SignerPosition;
import vn.dondoc.directive.TaskCategory;
import vn.dondoc.directive.TaskStatus;
import vn.dondoc.directive.Timeliness;

/**
 * The JSON of the API. Units are named by their code; dates are ISO 8601
 * ({@code 2026-11-20}).
 */
final class ApiModels {

	private ApiModels() {
	}

	/**
	 * An incoming directive. For a confidential one ({@code confidentiality} other than
	 * {@code NORMAL}) only {@code receivedDate}, {@code leadUnit} and
	 * {@code reportDueDates} may be given: any content is refused.
	 */
	record DirectivePush(Confidentiality confidentiality, DirectiveKind kind, @Size(max = 100) String numberSymbol,
			@Size(max = 4000) String summary, @PlausibleDay LocalDate issueDate, @Size(max = 150) String signer,
			SignerPosition signerPosition, Issuer issuer, @NotNull @PlausibleDay LocalDate receivedDate,
			@Size(max = 30) String leadUnit, @Size(max = 50) List<@PlausibleDay LocalDate> reportDueDates,
			@Valid @Size(max = 200) List<TaskPush> tasks) {
	}

	record TaskPush(@NotBlank @Size(max = 4000) String content, @PlausibleDay LocalDate deadline,
			DeadlineMeaning deadlineMeaning, TaskCategory category, @NotBlank @Size(max = 30) String leadUnit,
			Boolean mustReport, @Valid @Size(max = 20) List<PartPush> coordinating) {
	}

	record PartPush(@NotBlank @Size(max = 30) String unit, @NotBlank @Size(max = 2000) String description,
			@PlausibleDay LocalDate deadline) {
	}

	record Created(long id, String registerCode, List<Long> taskIds) {
	}

	record DirectiveJson(long id, String registerCode, DirectiveKind kind, String numberSymbol, String summary,
			LocalDate issueDate, String signer, Issuer issuer, LocalDate receivedDate, boolean returned,
			List<TaskJson> tasks) {
	}

	record TaskJson(long id, long directiveId, int seq, String content, String leadUnit, LocalDate deadline,
			LocalDate originalDeadline, TaskStatus status, Timeliness timeliness, LocalDate completedOn,
			int urgeCount) {
	}

	record Change(long taskId, String action, Instant at, TaskStatus status) {
	}

	record Changes(List<Change> changes, Instant next) {
	}

}
