package vn.dondoc.api;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.dondoc.audit.AuditQueries;
import vn.dondoc.directive.TaskQueries;
import vn.dondoc.account.Role;
import vn.dondoc.common.RuleViolation;
import vn.dondoc.common.Texts;
import vn.dondoc.account.Actor;
import vn.dondoc.directive.ConfidentialContentRefused;
import vn.dondoc.directive.Confidentiality;
import vn.dondoc.directive.DeadlineMeaning;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveContent;
import vn.dondoc.directive.DirectiveReading;
import vn.dondoc.directive.DirectiveRegistration;
import vn.dondoc.directive.Task;
import vn.dondoc.directive.TaskCategory;
import vn.dondoc.directive.TaskDraft;
import vn.dondoc.directive.TaskStatus;
import vn.dondoc.directive.Timeliness;
import vn.dondoc.organisation.UnitManagement;

/**
 * Push an incoming directive with its tasks, read directives and tasks, and read the task
 * changes since a moment. The same rules as the web forms apply: duplicate numbers are
 * refused, and a confidential directive is only ever a placeholder.
 */
@RestController
@RequestMapping("/api/v1")
class ApiController {

	private final DirectiveRegistration registration;

	private final DirectiveReading reading;

	private final UnitManagement units;

	private final AuditQueries audit;

	private final TaskQueries tasks;

	private final Clock clock;

	ApiController(DirectiveRegistration registration, DirectiveReading reading, UnitManagement units,
			AuditQueries audit, TaskQueries tasks, Clock clock) {
		this.registration = registration;
		this.reading = reading;
		this.units = units;
		this.audit = audit;
		this.tasks = tasks;
		this.clock = clock;
	}

	@PostMapping("/directives")
	@Tag(name = "directives")
	@Operation(operationId = "registerDirective", summary = "Vào sổ một văn bản chỉ đạo đến cùng các nhiệm vụ",
			description = """
					Quyền: directives:write. Vào sổ văn bản như Văn phòng vào sổ trên màn hình: cùng các quy tắc \
					(số, ký hiệu không trùng; đơn vị theo mã). Văn bản mật (confidentiality khác NORMAL) chỉ được \
					lưu thông tin quản lý: ngày đến, đơn vị chủ trì, hạn báo cáo; mọi nội dung khác bị từ chối.""",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
					mediaType = "application/json", schema = @Schema(implementation = ApiModels.DirectivePush.class),
					examples = @ExampleObject(name = "congVan", summary = "Công văn giao hai nhiệm vụ", value = """
							{"kind": "CONG_VAN", "numberSymbol": "1234/UBND-KTTH",
							 "summary": "Về việc triển khai chuyển đổi số năm 2027",
							 "issueDate": "2026-11-16", "signer": "Nguyễn Văn A", "signerPosition": "PHO_CHU_TICH",
							 "issuer": "UBND_TINH", "receivedDate": "2026-11-18",
							 "tasks": [
							   {"content": "Xây dựng kế hoạch chuyển đổi số năm 2027", "deadline": "2026-12-15",
							    "leadUnit": "CNTT",
							    "coordinating": [{"unit": "KHTC", "description": "Bố trí kinh phí"}]},
							   {"content": "Báo cáo kết quả triển khai", "deadline": "2027-01-10", "leadUnit": "VP"}
							 ]}"""))),
			responses = { @ApiResponse(responseCode = "201",
					description = "Đã vào sổ; Location là địa chỉ của văn bản.",
					content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = ApiModels.Created.class),
							examples = @ExampleObject(value = """
									{"id": 4812, "registerCode": "VB-2026-000412", "taskIds": [10231, 10232]}"""))),
					@ApiResponse(responseCode = "400",
							description = "Thiếu hoặc sai dữ liệu (errors liệt kê từng trường).",
							content = @Content(mediaType = ApiDocumentation.PROBLEM,
									schema = @Schema(ref = "#/components/schemas/Problem"),
									examples = @ExampleObject(
											value = """
													{"type": "about:blank", "title": "Bad Request", "status": 400,
													 "detail": "Invalid request content.", "instance": "/api/v1/directives",
													 "errors": [{"field": "tasks[0].leadUnit", "message": "không được để trống"}]}"""))),
					@ApiResponse(responseCode = "409",
							description = "Văn bản này (cùng cơ quan ban hành, số, ký hiệu, năm) đã được vào sổ; existing là địa chỉ của nó.",
							content = @Content(mediaType = ApiDocumentation.PROBLEM,
									schema = @Schema(ref = "#/components/schemas/Problem"),
									examples = @ExampleObject(
											value = """
													{"title": "Already registered", "status": 409,
													 "detail": "Văn bản đã được vào sổ: VB-2026-000398.", "existing": "/api/v1/directives/4790"}"""))),
					@ApiResponse(responseCode = "413", description = "Nội dung gửi lên quá lớn.",
							content = @Content(mediaType = ApiDocumentation.PROBLEM,
									schema = @Schema(ref = "#/components/schemas/Problem"))) })
	ResponseEntity<ApiModels.Created> push(@Valid @RequestBody ApiModels.DirectivePush push, Authentication caller) {
		Actor actor = new Actor(0, caller.getName(), 0, Set.of(Role.OFFICE));
		Map<String, Long> codes = this.units.activeIdsByCode();
		Confidentiality level = (push.confidentiality() != null) ? push.confidentiality() : Confidentiality.NORMAL;
		Directive directive;
		if (level.isConfidential()) {
			// SPEC §4: nothing of the document itself may enter the system.
			if (push.kind() != null || push.numberSymbol() != null || push.summary() != null || push.issueDate() != null
					|| push.signer() != null || push.signerPosition() != null || push.issuer() != null
					|| (push.tasks() != null && !push.tasks().isEmpty())) {
				throw new ConfidentialContentRefused();
			}
			directive = this.registration.registerPlaceholder(actor, level, push.receivedDate(),
					unit(codes, push.leadUnit(), "leadUnit"),
					(push.reportDueDates() != null) ? push.reportDueDates() : List.of());
		}
		else {
			if (push.kind() == null || Texts.clean(push.numberSymbol()) == null || push.issueDate() == null
					|| push.issuer() == null || Texts.clean(push.summary()) == null) {
				throw new RuleViolation(null, "api.directive.incomplete");
			}
			if (push.tasks() == null || push.tasks().isEmpty()) {
				throw new RuleViolation("tasks", "directive.tasks.required");
			}
			List<TaskDraft> drafts = new ArrayList<>();
			for (int i = 0; i < push.tasks().size(); i++) {
				drafts.add(draft(push.tasks().get(i), codes, "tasks[" + i + "]"));
			}
			DirectiveContent content = new DirectiveContent(push.kind(), Texts.clean(push.numberSymbol()),
					Texts.clean(push.summary()), push.issueDate(), Texts.clean(push.signer()), push.signerPosition(),
					push.issuer());
			try {
				directive = this.registration.register(actor, content, push.receivedDate(), drafts, List.of());
			}
			catch (DataIntegrityViolationException race) {
				// Pushed twice at once: the one that won is the existing one.
				throw new ApiProblems.AlreadyRegistered(
						this.registration.sameDocument(content.issuer(), content.numberSymbol(), content.issueDate())
							.orElseThrow(() -> race));
			}
		}
		List<Long> taskIds = this.reading.tasksOf(directive.getId()).stream().map(Task::getId).toList();
		return ResponseEntity.created(URI.create("/api/v1/directives/" + directive.getId()))
			.body(new ApiModels.Created(directive.getId(), directive.getRegisterCode(), taskIds));
	}

	@GetMapping("/directives/{id}")
	@Tag(name = "directives")
	@Operation(operationId = "getDirective", summary = "Đọc một văn bản chỉ đạo và các nhiệm vụ của nó",
			description = "Quyền: directives:read. Văn bản mật không đọc được qua API (404).",
			responses = {
					@ApiResponse(responseCode = "200", description = "Văn bản và các nhiệm vụ.",
							content = @Content(mediaType = "application/json",
									schema = @Schema(implementation = ApiModels.DirectiveJson.class))),
					@ApiResponse(responseCode = "404", description = "Không có văn bản này (hoặc là văn bản mật).",
							content = @Content(mediaType = ApiDocumentation.PROBLEM,
									schema = @Schema(ref = "#/components/schemas/Problem"))) })
	ApiModels.DirectiveJson directive(@Parameter(description = "Mã văn bản (id trong câu trả lời khi vào sổ)",
			example = "4812") @PathVariable long id) {
		Directive directive = this.reading.record(id)
			.filter((found) -> !found.isConfidential())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No directive " + id));
		Map<Long, String> codes = unitIds();
		LocalDate today = LocalDate.now(this.clock);
		return new ApiModels.DirectiveJson(directive.getId(), directive.getRegisterCode(), directive.getKind(),
				directive.getNumberSymbol(), directive.getSummary(), directive.getIssueDate(), directive.getSigner(),
				directive.getIssuer(), directive.getReceivedDate(), directive.isReturned(),
				this.reading.tasksOf(id).stream().map((task) -> json(task, codes, today)).toList());
	}

	@GetMapping("/tasks/{id}")
	@Tag(name = "tasks")
	@Operation(operationId = "getTask", summary = "Đọc một nhiệm vụ: trạng thái, hạn, tình trạng thời hạn",
			description = "Quyền: tasks:read.",
			responses = {
					@ApiResponse(responseCode = "200", description = "Nhiệm vụ.",
							content = @Content(mediaType = "application/json",
									schema = @Schema(implementation = ApiModels.TaskJson.class),
									examples = @ExampleObject(value = """
											{"id": 10231, "directiveId": 4812, "seq": 1,
											 "content": "Xây dựng kế hoạch chuyển đổi số năm 2027", "leadUnit": "CNTT",
											 "deadline": "2026-12-15", "originalDeadline": "2026-12-15",
											 "status": "IN_PROGRESS", "timeliness": "WITHIN",
											 "urgeCount": 0}"""))),
					@ApiResponse(responseCode = "404", description = "Không có nhiệm vụ này.",
							content = @Content(mediaType = ApiDocumentation.PROBLEM,
									schema = @Schema(ref = "#/components/schemas/Problem"))) })
	ApiModels.TaskJson task(@Parameter(description = "Mã nhiệm vụ", example = "10231") @PathVariable long id) {
		Task task = this.reading.taskState(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No task " + id));
		return json(task, unitIds(), LocalDate.now(this.clock));
	}

	/**
	 * Every recorded change of a task after {@code since} (ISO 8601 instant), oldest
	 * first, at most 500; call again with {@code next} for more.
	 */
	@GetMapping("/tasks/changes")
	@Tag(name = "tasks")
	@Operation(operationId = "listTaskChanges", summary = "Các thay đổi của nhiệm vụ sau một thời điểm",
			description = """
					Quyền: tasks:read. Mọi thay đổi đã ghi của các nhiệm vụ (chuyển, tiếp nhận, cập nhật tiến độ, \
					hoàn thành, gia hạn, trả lại…) sau thời điểm since, cũ trước, tối đa 500 mỗi lần. Để đọc tiếp, \
					gọi lại với since = next của câu trả lời trước; khi không còn thay đổi, changes rỗng và next \
					giữ nguyên since.""",
			responses = {
					@ApiResponse(responseCode = "200", description = "Các thay đổi và con trỏ next để gọi tiếp.",
							content = @Content(mediaType = "application/json",
									schema = @Schema(implementation = ApiModels.Changes.class),
									examples = @ExampleObject(value = """
											{"changes": [{"taskId": 10231, "action": "TASK_FORWARDED",
											  "at": "2026-11-18T02:15:00Z", "status": "NOT_STARTED"}],
											 "next": "2026-11-18T02:15:00Z"}"""))),
					@ApiResponse(responseCode = "400",
							description = "since không phải là một thời điểm ISO 8601 hợp lệ.",
							content = @Content(mediaType = ApiDocumentation.PROBLEM,
									schema = @Schema(ref = "#/components/schemas/Problem"))) })
	ApiModels.Changes changes(@Parameter(description = """
			Con trỏ: thời điểm ISO 8601 (UTC), chỉ lấy các thay đổi sau nó. Lần đầu: một thời điểm trong quá \
			khứ; các lần sau: next của câu trả lời trước.""", example = "2026-11-18T00:00:00Z",
			schema = @Schema(type = "string", format = "date-time")) @RequestParam String since) {
		Instant from;
		try {
			from = Instant.parse(since);
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolation("since", "api.since.invalid");
		}
		// The database's timestamps reach from 4713 BC: an instant far outside the
		// application's years is refused as the forms refuse such a day.
		if (!vn.dondoc.common.DayParameter.plausible(LocalDate.ofInstant(from, java.time.ZoneOffset.UTC))) {
			throw new RuleViolation("since", "api.since.invalid");
		}
		// The trail's changes, then the tasks' statuses from their owner; a change of a
		// task deleted since is left out, and the cursor still moves past it.
		List<AuditQueries.Change> events = this.audit.changesAfter("TASK", from, 500);
		Map<Long, TaskStatus> statuses = this.tasks
			.statusesOf(events.stream().map(AuditQueries.Change::entityId).distinct().toList());
		List<ApiModels.Change> changes = events.stream()
			.filter((e) -> statuses.containsKey(e.entityId()))
			.map((e) -> new ApiModels.Change(e.entityId(), e.action(), e.at(), statuses.get(e.entityId())))
			.toList();
		return new ApiModels.Changes(changes, events.isEmpty() ? from : events.get(events.size() - 1).at());
	}

	private TaskDraft draft(ApiModels.TaskPush push, Map<String, Long> codes, String field) {
		List<TaskDraft.PartDraft> parts = new ArrayList<>();
		if (push.coordinating() != null) {
			for (int j = 0; j < push.coordinating().size(); j++) {
				ApiModels.PartPush part = push.coordinating().get(j);
				parts.add(new TaskDraft.PartDraft(unit(codes, part.unit(), field + ".coordinating[" + j + "].unit"),
						Texts.clean(part.description()), part.deadline()));
			}
		}
		return TaskDraft.of(Texts.clean(push.content()), unit(codes, push.leadUnit(), field + ".leadUnit"))
			.mustReport(!Boolean.FALSE.equals(push.mustReport()))
			.due((push.deadlineMeaning() != null) ? push.deadlineMeaning() : DeadlineMeaning.COMPLETE, push.deadline())
			.category((push.category() != null) ? push.category() : TaskCategory.GENERAL)
			.parts(parts);
	}

	private static long unit(Map<String, Long> codes, String code, String field) {
		Long id = (code != null) ? codes.get(code.strip().toUpperCase(Locale.ROOT)) : null;
		if (id == null) {
			throw new RuleViolation(field, "api.unit.unknown", String.valueOf(code));
		}
		return id;
	}

	private Map<Long, String> unitIds() {
		Map<Long, String> ids = new HashMap<>();
		this.units.tree().forEach((node) -> ids.put(node.id(), node.code()));
		return ids;
	}

	private static ApiModels.TaskJson json(Task task, Map<Long, String> codes, LocalDate today) {
		return new ApiModels.TaskJson(task.getId(), task.getDirectiveId(), task.getSeq(), task.getContent(),
				codes.get(task.getLeadUnitId()), task.getDeadline(), task.getOriginalDeadline(), task.getStatus(),
				Timeliness.of(task.getStatus(), task.getDeadline(), task.getCompletedOn(), today),
				task.getCompletedOn(), task.getUrgeCount());
	}

}
