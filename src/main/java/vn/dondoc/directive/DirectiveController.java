package vn.dondoc.directive;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dondoc.account.Actor;
import vn.dondoc.account.ActorResolver;
import vn.dondoc.account.CurrentUser;
import vn.dondoc.common.RuleViolation;
import vn.dondoc.common.Texts;
import vn.dondoc.organisation.UnitManagement;
import vn.dondoc.common.DayParameter;

/**
 * The directive register, registration of a directive with its tasks, confidential
 * placeholders, leadership's instruction and the return to the issuer.
 */
@Controller
@RequestMapping("/directives")
class DirectiveController {

	/**
	 * The only fields a placeholder request may carry; anything else is content that must
	 * not reach the server (Điều 6.2).
	 */
	private static final Set<String> PLACEHOLDER_FIELDS = Set.of("level", "receivedDate", "leadUnitId",
			"reportDueDates", "_csrf");

	private final DirectiveRegistration registration;

	private final DirectiveQueries queries;

	private final DirectiveReading reading;

	private final TaskWorkflow workflow;

	private final UnitManagement units;

	private final Clock clock;

	private final ActorResolver actors;

	private final ConversionService conversions;

	private final ObjectProvider<IncomingDocumentSource> incoming;

	private final vn.dondoc.reading.DirectiveReader reader;

	private final vn.dondoc.reading.ReadFiles readFiles;

	private final org.springframework.context.MessageSource messages;

	DirectiveController(DirectiveRegistration registration, DirectiveQueries queries, DirectiveReading reading,
			TaskWorkflow workflow, UnitManagement units, Clock clock, ActorResolver actors,
			@Qualifier("mvcConversionService") ConversionService conversions,
			ObjectProvider<IncomingDocumentSource> incoming, vn.dondoc.reading.DirectiveReader reader,
			vn.dondoc.reading.ReadFiles readFiles, org.springframework.context.MessageSource messages) {
		this.incoming = incoming;
		this.reader = reader;
		this.readFiles = readFiles;
		this.messages = messages;
		this.conversions = conversions;
		this.actors = actors;
		this.registration = registration;
		this.workflow = workflow;
		this.queries = queries;
		this.reading = reading;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping
	String register(@ModelAttribute("filter") DirectiveFilter filter, BindingResult result,
			@AuthenticationPrincipal CurrentUser me, Model model) {
		// A mistyped date in the filters is shown beside its field and ignored.
		model.addAttribute("page", this.queries.search(filter, this.actors.of(me)));
		model.addAttribute("kinds", DirectiveKind.values());
		model.addAttribute("issuers", Issuer.values());
		return "directives/list";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('OFFICE')")
	String newDirective(@RequestParam(required = false) Long incoming, Model model) {
		DirectiveForm form = new DirectiveForm();
		form.setReceivedDate(LocalDate.now(this.clock));
		form.getTasks().add(new TaskForm());
		if (incoming != null) {
			IncomingDocumentSource.Draft draft = incomingDraft(incoming);
			if (!draft.waiting()) {
				// Registered, refused or withdrawn already: its page says which.
				return "redirect:/directives/incoming/" + draft.id();
			}
			form.setIncoming(draft.id());
			form.setKind(draft.kind());
			form.setNumberSymbol(draft.numberSymbol());
			form.setSummary(draft.summary());
			form.setIssueDate(draft.issueDate());
			form.setSigner(draft.signer());
			form.setSignerPosition(draft.signerPosition());
			if (draft.issuer() != null) {
				form.setIssuer(draft.issuer());
			}
			if (draft.receivedDate() != null) {
				form.setReceivedDate(draft.receivedDate());
			}
			draft.pdf()
				.flatMap((pdf) -> this.incoming.getObject().fileContent(draft.id(), pdf.id()))
				.ifPresent((content) -> proposeTasks(form, content, model));
		}
		return showForm(form, model);
	}

	/**
	 * "Đọc từ tệp": the form filled from the document itself, each field read marked with
	 * the line it came from, the tasks proposed; the file is kept to go with the
	 * directive.
	 */
	@PostMapping("/read")
	@PreAuthorize("hasRole('OFFICE')")
	String read(@RequestParam(name = "document", required = false) org.springframework.web.multipart.MultipartFile file,
			@AuthenticationPrincipal CurrentUser me, Model model) throws java.io.IOException {
		Actor actor = this.actors.of(me);
		DirectiveForm form = new DirectiveForm();
		form.setReceivedDate(LocalDate.now(this.clock));
		if (file == null || file.isEmpty()) {
			form.getTasks().add(new TaskForm());
			model.addAttribute("readError", this.messages.getMessage("reading.file.required", null,
					org.springframework.context.i18n.LocaleContextHolder.getLocale()));
			return showForm(form, model);
		}
		byte[] content = file.getBytes();
		vn.dondoc.reading.DirectiveReader.Reading reading;
		try {
			reading = this.reader.read(content, file.getContentType());
		}
		catch (RuleViolation refused) {
			form.getTasks().add(new TaskForm());
			model.addAttribute("readError", this.messages.getMessage(refused.getMessageKey(), refused.getArguments(),
					org.springframework.context.i18n.LocaleContextHolder.getLocale()));
			model.addAttribute("readSecret", refused instanceof vn.dondoc.reading.SecretDocument);
			return showForm(form, model);
		}
		vn.dondoc.reading.ReadDirective read = reading.directive();
		form.setKind(valueOf(DirectiveKind.class, read.kind()));
		form.setNumberSymbol(read.numberSymbol());
		form.setSummary(read.summary());
		form.setIssueDate(read.issueDate());
		form.setSigner(read.signer());
		form.setSignerPosition(valueOf(SignerPosition.class, read.signerPosition()));
		Issuer issuer = valueOf(Issuer.class, read.issuer());
		if (issuer != null) {
			form.setIssuer(issuer);
		}
		java.util.Map<String, String> from = new java.util.LinkedHashMap<>(read.sources());
		for (int i = 0; i < read.tasks().size(); i++) {
			vn.dondoc.reading.ReadDirective.ReadTask task = read.tasks().get(i);
			form.getTasks().add(row(task));
			from.put("tasks[" + i + "]", task.line());
		}
		if (form.getTasks().isEmpty()) {
			form.getTasks().add(new TaskForm());
		}
		String name = (file.getOriginalFilename() != null) ? Upload.name(file.getOriginalFilename()) : null;
		form.setReadFile(this.readFiles.keep(actor.userId(), (name != null) ? name : "van-ban", content));
		form.setReadFileName(name);
		model.addAttribute("readFrom", from);
		model.addAttribute("readTasks", read.tasks().size());
		model.addAttribute("readOcr", reading.ocr());
		return showForm(form, model);
	}

	/**
	 * The tasks an arrived document's PDF assigns, proposed as rows (its facts come from
	 * the package); a PDF that cannot be read leaves one empty row and says why.
	 */
	private void proposeTasks(DirectiveForm form, byte[] pdf, Model model) {
		vn.dondoc.reading.ReadDirective read;
		try {
			read = this.reader.read(pdf, "application/pdf").directive();
		}
		catch (RuleViolation refused) {
			model.addAttribute("readError", this.messages.getMessage(refused.getMessageKey(), refused.getArguments(),
					org.springframework.context.i18n.LocaleContextHolder.getLocale()));
			model.addAttribute("readSecret", refused instanceof vn.dondoc.reading.SecretDocument);
			return;
		}
		java.util.Map<String, String> from = new java.util.LinkedHashMap<>();
		if (form.getSignerPosition() == null && read.signerPosition() != null) {
			form.setSignerPosition(valueOf(SignerPosition.class, read.signerPosition()));
			from.put("signerPosition", read.sources().get("signerPosition"));
		}
		if (form.getKind() == null && read.kind() != null) {
			form.setKind(valueOf(DirectiveKind.class, read.kind()));
			from.put("kind", read.sources().get("kind"));
		}
		if (!read.tasks().isEmpty()) {
			form.getTasks().clear();
			for (int i = 0; i < read.tasks().size(); i++) {
				form.getTasks().add(row(read.tasks().get(i)));
				from.put("tasks[" + i + "]", read.tasks().get(i).line());
			}
		}
		model.addAttribute("readFrom", from);
		model.addAttribute("readTasks", read.tasks().size());
	}

	private static TaskForm row(vn.dondoc.reading.ReadDirective.ReadTask task) {
		TaskForm row = new TaskForm();
		row.setContent(task.content());
		row.setDeadline(task.deadline());
		DeadlineMeaning meaning = valueOf(DeadlineMeaning.class, task.deadlineMeaning());
		if (meaning != null) {
			row.setDeadlineMeaning(meaning);
		}
		Recurrence recurrence = valueOf(Recurrence.class, task.recurrence());
		if (recurrence != null) {
			row.setRecurrence(recurrence);
			row.setRecurrenceDay(task.recurrenceDay());
		}
		if (task.deadline() == null && recurrence == null) {
			row.setWithDeadline(false);
		}
		TaskCategory category = valueOf(TaskCategory.class, task.category());
		if (category != null) {
			row.setCategory(category);
		}
		return row;
	}

	private static <E extends Enum<E>> E valueOf(Class<E> type, String code) {
		if (code == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, code);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private IncomingDocumentSource.Draft incomingDraft(long id) {
		IncomingDocumentSource source = this.incoming.getIfAvailable();
		return Optional.ofNullable(source)
			.flatMap((s) -> s.draft(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * Saves the directive, or, when a row button was pressed, adds or removes a task or a
	 * coordinating part and shows the form again with everything typed so far.
	 */
	@PostMapping
	@PreAuthorize("hasRole('OFFICE')")
	String create(@Valid @ModelAttribute("form") DirectiveForm form, BindingResult result,
			@RequestParam(required = false) String row, @AuthenticationPrincipal CurrentUser me, Model model,
			RedirectAttributes redirect) {
		if (row != null) {
			changeRows(form, row);
			model.addAttribute("focus", focusAfter(form, row));
			// A row button is not a save: the form comes back without errors, its days
			// shown as typed days (dd/MM/yyyy) by the same formatters as the binding.
			BeanPropertyBindingResult fresh = new BeanPropertyBindingResult(form, "form");
			fresh.initConversion(this.conversions);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", fresh);
			return showForm(form, model);
		}
		if (form.getTasks().isEmpty()) {
			result.reject("directive.tasks.required");
		}
		form.validateTasks(result);
		if (result.hasErrors()) {
			// A document registered already is said on the first attempt, beside the
			// other
			// errors, not only once they are fixed.
			if (!result.hasFieldErrors("numberSymbol") && !result.hasFieldErrors("issueDate")) {
				Optional<Directive> same = this.registration.sameDocument(form.getIssuer(),
						Texts.clean(form.getNumberSymbol()), form.getIssueDate());
				if (same.isPresent()) {
					return showDuplicate(same.get(), form, result, model);
				}
			}
			return showForm(form, model);
		}
		try {
			List<Upload> files = new java.util.ArrayList<>(Upload.from(form.getFiles()));
			if (form.getReadFile() != null) {
				this.readFiles.find(form.getReadFile(), me.getId())
					.ifPresent((kept) -> files.add(new Upload(kept.name(), kept.content())));
			}
			Directive directive = this.registration.register(this.actors.of(me), form.toContent(),
					form.getReceivedDate(), form.getTasks().stream().map(TaskForm::toDraft).toList(), files,
					form.getIncoming());
			if (form.getReadFile() != null) {
				this.readFiles.forget(form.getReadFile(), me.getId());
			}
			redirect.addFlashAttribute("success", "directive.registered");
			redirect.addFlashAttribute("successArg", directive.label());
			return "redirect:/directives/" + directive.getId();
		}
		catch (DuplicateDirective duplicate) {
			return showDuplicate(duplicate.getExisting(), form, result, model);
		}
		catch (DataIntegrityViolationException race) {
			// Someone registered the same document between the check and the insert; the
			// failed transaction is over, so the one that won can be looked up now.
			Directive existing = this.registration
				.sameDocument(form.getIssuer(), Texts.clean(form.getNumberSymbol()), form.getIssueDate())
				.orElseThrow(() -> race);
			return showDuplicate(existing, form, result, model);
		}
		catch (RuleViolation violation) {
			violation.addTo(result);
			return showForm(form, model);
		}
	}

	private String showDuplicate(Directive existing, DirectiveForm form, BindingResult result, Model model) {
		result.rejectValue("numberSymbol", "directive.duplicate", new Object[] { existing.getRegisterCode() }, null);
		model.addAttribute("duplicate", existing);
		return showForm(form, model);
	}

	private static void changeRows(DirectiveForm form, String row) {
		try {
			changeRows(form.getTasks(), row.split(":"));
		}
		catch (NumberFormatException | ArrayIndexOutOfBoundsException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
	}

	private static void changeRows(List<TaskForm> tasks, String[] parts) {
		switch (parts[0]) {
			// A draft kept in the browser is shown again as it was typed.
			case "restore" -> {
			}
			case "addTask" -> tasks.add(new TaskForm());
			case "removeTask" -> {
				int index = Integer.parseInt(parts[1]);
				if (index >= 0 && index < tasks.size() && tasks.size() > 1) {
					tasks.remove(index);
				}
			}
			case "addPart" -> {
				int index = Integer.parseInt(parts[1]);
				if (index >= 0 && index < tasks.size()) {
					tasks.get(index).getParts().add(new PartForm());
				}
			}
			case "removePart" -> {
				int index = Integer.parseInt(parts[1]);
				int part = Integer.parseInt(parts[2]);
				if (index >= 0 && index < tasks.size() && part >= 0 && part < tasks.get(index).getParts().size()) {
					tasks.get(index).getParts().remove(part);
				}
			}
			default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
	}

	/** Where the cursor goes after a row button: the first field of the new row. */
	private static String focusAfter(DirectiveForm form, String row) {
		if (row.equals("addTask")) {
			return "f-tasks-" + (form.getTasks().size() - 1) + "-content";
		}
		if (row.equals("restore")) {
			return "kind";
		}
		if (row.startsWith("addPart:")) {
			int index = Integer.parseInt(row.split(":")[1]);
			if (index >= 0 && index < form.getTasks().size()) {
				return "f-tasks-" + index + "-parts-" + (form.getTasks().get(index).getParts().size() - 1) + "-unitId";
			}
		}
		return "add-task";
	}

	private String showForm(DirectiveForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("kinds", DirectiveKind.values());
		model.addAttribute("issuers", Issuer.values());
		model.addAttribute("positions", SignerPosition.values());
		model.addAttribute("meanings", DeadlineMeaning.values());
		model.addAttribute("categories", TaskCategory.values());
		model.addAttribute("recurrences", Recurrence.values());
		model.addAttribute("units", this.units.activeTree());
		model.addAttribute("incoming", (form.getIncoming() != null) ? incomingDraft(form.getIncoming()) : null);
		return "directives/new";
	}

	@GetMapping("/confidential/new")
	@PreAuthorize("hasRole('OFFICE')")
	String newPlaceholder(Model model) {
		PlaceholderForm form = new PlaceholderForm();
		form.setReceivedDate(LocalDate.now(this.clock));
		return showPlaceholderForm(form, model);
	}

	@PostMapping("/confidential")
	@PreAuthorize("hasRole('OFFICE')")
	String createPlaceholder(@Valid @ModelAttribute("form") PlaceholderForm form, BindingResult result,
			HttpServletRequest request, @AuthenticationPrincipal CurrentUser me, Model model,
			RedirectAttributes redirect) {
		for (String name : request.getParameterMap().keySet()) {
			if (!PLACEHOLDER_FIELDS.contains(name.replaceAll("\\[\\d+]$", ""))) {
				throw new ConfidentialContentRefused();
			}
		}
		if (request.getContentType() != null && request.getContentType().startsWith("multipart/")) {
			throw new ConfidentialContentRefused();
		}
		if (result.hasErrors()) {
			return showPlaceholderForm(form, model);
		}
		try {
			List<LocalDate> dues = form.getReportDueDates().stream().filter(java.util.Objects::nonNull).toList();
			Directive directive = this.registration.registerPlaceholder(this.actors.of(me), form.getLevel(),
					form.getReceivedDate(), form.getLeadUnitId(), dues);
			redirect.addFlashAttribute("success", "placeholder.registered");
			redirect.addFlashAttribute("successArg", directive.getRegisterCode());
			return "redirect:/directives/" + directive.getId();
		}
		catch (RuleViolation violation) {
			violation.addTo(result);
			return showPlaceholderForm(form, model);
		}
	}

	private String showPlaceholderForm(PlaceholderForm form, Model model) {
		while (form.getReportDueDates().size() < 4) {
			form.getReportDueDates().add(null);
		}
		model.addAttribute("form", form);
		model.addAttribute("levels", List.of(Confidentiality.MAT, Confidentiality.TOI_MAT, Confidentiality.TUYET_MAT));
		model.addAttribute("units", this.units.activeTree());
		return "directives/placeholder";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
		Actor actor = this.actors.of(me);
		DirectiveDetails details = this.reading.directive(id, actor)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("d", details);
		model.addAttribute("directive", details.directive());
		model.addAttribute("canInstruct", TaskPolicy.canInstruct(actor) && !details.directive().isConfidential()
				&& !details.directive().isReturned());
		model.addAttribute("canReturn", TaskPolicy.canReturnDirective(actor) && !details.directive().isConfidential()
				&& !details.directive().isReturned());
		model.addAttribute("canForwardAll", TaskPolicy.canForward(actor)
				&& details.tasks().stream().anyMatch((task) -> !task.isForwarded() && task.getStatus().isOpen()));
		model.addAttribute("canRecordReport", details.directive().isConfidential()
				&& TaskPolicy.canRecordConfidentialReport(actor, details.directive().getLeadUnitId()));
		return "directives/show";
	}

	@PostMapping("/{id}/instruction")
	@PreAuthorize("hasRole('LEADER')")
	String instruct(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) String text, @AuthenticationPrincipal CurrentUser me,
			RedirectAttributes redirect) {
		String clean = Texts.clean(text);
		return act(id, redirect, "directive.instructed", text, clean,
				() -> this.registration.instruct(this.actors.of(me), id, version, clean));
	}

	/**
	 * Forwards every task of the directive that is not yet with its lead unit, as the
	 * office does right after registering (Điều 5.1b).
	 */
	@PostMapping("/{id}/forward")
	@PreAuthorize("hasRole('OFFICE')")
	String forwardAll(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
		Actor actor = this.actors.of(me);
		DirectiveDetails details = this.reading.directive(id, actor)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		int forwarded = 0;
		for (Task task : details.tasks()) {
			if (!task.isForwarded() && task.getStatus().isOpen()) {
				try {
					this.workflow.forward(actor, task.getId(), task.getVersion());
					forwarded++;
				}
				catch (OptimisticLockingFailureException | RuleViolation skipped) {
					// Someone forwarded or changed it meanwhile: it is no longer waiting.
				}
			}
		}
		redirect.addFlashAttribute("success", "directive.forwardedAll");
		redirect.addFlashAttribute("successArg", forwarded);
		return "redirect:/directives/" + id;
	}

	@PostMapping("/{id}/return")
	@PreAuthorize("hasRole('OFFICE')")
	String returnToIssuer(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser me,
			RedirectAttributes redirect) {
		String clean = Texts.clean(reason);
		return act(id, redirect, "directive.returnedToIssuer", reason, clean,
				() -> this.registration.returnToIssuer(this.actors.of(me), id, version, clean));
	}

	@PostMapping("/{id}/confidential-reports/{reportId}")
	@PreAuthorize("hasAnyRole('OFFICE', 'UNIT_HEAD')")
	String recordConfidentialReport(@PathVariable long id, @PathVariable long reportId,
			@RequestParam(required = false) String sentOn, @RequestParam(required = false) String documentNumber,
			@AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
		Actor actor = this.actors.of(me);
		// Whoever may not know the placeholder exists gets the same answer as for one
		// that does not.
		this.reading.directive(id, actor).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String number = Texts.clean(documentNumber);
		LocalDate date = parseDate(sentOn);
		if (date == null || number == null || number.length() > 100) {
			redirect.addFlashAttribute("error", "placeholder.report.required");
			return "redirect:/directives/" + id;
		}
		return act(id, redirect, "placeholder.report.recorded", number, number,
				() -> this.registration.recordConfidentialReport(actor, id, reportId, date, number));
	}

	private static LocalDate parseDate(String value) {
		try {
			return DayParameter.parse(value);
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
	}

	/**
	 * A one-field action: blank text is refused beside the field with what was typed
	 * kept; a stale version says someone else changed the directive.
	 */
	private String act(long id, RedirectAttributes redirect, String successKey, String typed, String clean,
			Runnable action) {
		if (clean == null) {
			redirect.addFlashAttribute("error", "directive.text.required");
			redirect.addFlashAttribute("typed", typed);
			return "redirect:/directives/" + id;
		}
		try {
			action.run();
			redirect.addFlashAttribute("success", successKey);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", violation.getMessageKey());
			redirect.addFlashAttribute("typed", typed);
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("error", "stale.edit");
			redirect.addFlashAttribute("typed", typed);
		}
		return "redirect:/directives/" + id;
	}

}
