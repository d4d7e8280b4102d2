package vn.dondoc.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dondoc.account.CurrentUser;
import vn.dondoc.common.RuleViolation;
import vn.dondoc.common.Vietnamese;
import vn.dondoc.account.ActorResolver;

/**
 * The office's list of documents that arrived as edXML packages: upload one by hand, open
 * one to register it (the registration form, filled from the package) or refuse it with a
 * reason.
 */
@Controller
@RequestMapping("/directives/incoming")
@PreAuthorize("hasRole('OFFICE')")
class IncomingController {

	private static final int PAGE_SIZE = 20;

	private final DocumentIntake documents;

	private final EdxmlStatuses statuses;

	private final ActorResolver actors;

	private final MessageSource messages;

	private final EdxmlReplyWriter replies;

	IncomingController(DocumentIntake documents, EdxmlStatuses statuses, ActorResolver actors, MessageSource messages,
			EdxmlReplyWriter replies) {
		this.replies = replies;
		this.documents = documents;
		this.statuses = statuses;
		this.actors = actors;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.documents.list(page, PAGE_SIZE));
		return "incoming/list";
	}

	/** A package uploaded by hand, as the document system would have sent it. */
	@PostMapping
	String upload(@RequestParam(name = "package", required = false) MultipartFile upload,
			@AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) throws IOException {
		this.actors.of(me);
		if (upload == null || upload.isEmpty()) {
			return listWithError("incoming.package.required", null, model);
		}
		if (upload.getSize() > this.documents.maxPackage()) {
			return listWithError("incoming.package.tooLarge", this.documents.maxPackage() / (1024 * 1024), model);
		}
		try {
			DocumentIntake.Receipt receipt = this.documents.accept(upload.getInputStream(), me.getFullName());
			redirect.addFlashAttribute("receipt", receipt.outcome().name());
			return "redirect:/directives/incoming/" + receipt.id();
		}
		catch (EdxmlRefused refused) {
			String text = this.messages.getMessage(refused.getMessageKey(), refused.getArguments(), Vietnamese.LOCALE);
			return listWithError("incoming.package.refused", text, model);
		}
	}

	private String listWithError(String key, Object argument, Model model) {
		model.addAttribute("packageError", this.messages.getMessage(key, new Object[] { argument }, Vietnamese.LOCALE));
		return list(0, model);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		IncomingDocument document = this.documents.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("doc", document);
		model.addAttribute("files", this.documents.files(id));
		model.addAttribute("statuses", this.statuses.of(id));
		model.addAttribute("original",
				(document.replacesId() != null) ? this.documents.find(document.replacesId()).orElse(null) : null);
		return "incoming/show";
	}

	@PostMapping("/{id}/refuse")
	String refuse(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser me, Model model,
			RedirectAttributes redirect) {
		try {
			this.documents.refuse(this.actors.of(me), id, version, reason);
		}
		catch (RuleViolation violation) {
			model.addAttribute("reasonError",
					this.messages.getMessage(violation.getMessageKey(), violation.getArguments(), Vietnamese.LOCALE));
			model.addAttribute("reason", reason);
			return show(id, model);
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("stale", true);
			return "redirect:/directives/incoming/" + id;
		}
		redirect.addFlashAttribute("success", "incoming.refused");
		return "redirect:/directives/incoming/" + id;
	}

	/** The office finds the document secret: its content is erased, the issuer told. */
	@PostMapping("/{id}/secret")
	String secret(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
		return decided(id, redirect, "incoming.secret.done",
				() -> this.documents.markSecret(this.actors.of(me), id, version));
	}

	@PostMapping("/{id}/version")
	String decideVersion(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(defaultValue = "false") boolean accept, @AuthenticationPrincipal CurrentUser me,
			RedirectAttributes redirect) {
		return decided(id, redirect, accept ? "incoming.version.accepted" : "incoming.version.declined",
				() -> this.documents.decideVersion(this.actors.of(me), id, version, accept));
	}

	/**
	 * A decision taken from the document's page, which says what came of it: done, not
	 * allowed (why), or taken by someone else first.
	 */
	private String decided(long id, RedirectAttributes redirect, String done, Runnable decision) {
		try {
			decision.run();
			redirect.addFlashAttribute("success", done);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("reasonError",
					this.messages.getMessage(violation.getMessageKey(), violation.getArguments(), Vietnamese.LOCALE));
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("stale", true);
		}
		return "redirect:/directives/incoming/" + id;
	}

	/**
	 * A file of the document: a PDF or an image is shown inline (beside the registration
	 * form), in a frame of this application only; anything else is downloaded.
	 */
	@GetMapping("/{id}/files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
		DocumentIntake.StoredFile file = this.documents.file(id, fileId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean inline = file.contentType().equals("application/pdf") || file.contentType().startsWith("image/");
		ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(file.name(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("X-Frame-Options", "SAMEORIGIN")
			.header("Content-Security-Policy",
					"default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'self'")
			.body(file.content());
	}

	/**
	 * A completed task's result as an edXML package answering its directive, for the
	 * document system to send; a refusal goes back to the task's page, saying why.
	 */
	@GetMapping("/reply")
	Object reply(@RequestParam(defaultValue = "0") long task, @RequestParam(required = false) String number,
			@RequestParam(required = false) String date, RedirectAttributes redirect) {
		try {
			byte[] xml = this.replies.reply(task, number,
					vn.dondoc.common.DayParameter.field(date, "date", "reply.date"));
			return ResponseEntity.ok()
				.contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment()
							.filename("tra-loi-" + number.strip().replaceAll("[^\\p{L}0-9-]+", "-") + ".xml",
									StandardCharsets.UTF_8)
							.build()
							.toString())
				.header("X-Content-Type-Options", "nosniff")
				.body(xml);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", violation.getMessageKey());
			return "redirect:/tasks/" + task;
		}
	}

	/** The package as it was received. */
	@GetMapping("/{id}/package.xml")
	ResponseEntity<byte[]> packageOf(@PathVariable long id) {
		byte[] content = this.documents.packageOf(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_XML)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("goi-edxml-" + id + ".xml").build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

	/** A status message as the issuer receives it. */
	@GetMapping("/{id}/status/{statusId}.xml")
	ResponseEntity<String> status(@PathVariable long id, @PathVariable long statusId) {
		boolean ours = this.statuses.of(id).stream().anyMatch((status) -> status.id() == statusId);
		String xml = this.statuses.xml(statusId)
			.filter((found) -> ours)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("trang-thai-" + statusId + ".xml").build().toString())
			.body(xml);
	}

}
