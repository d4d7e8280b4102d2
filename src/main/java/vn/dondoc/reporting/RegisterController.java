package vn.dondoc.reporting;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import vn.dondoc.directive.IncomingRegister;
import vn.dondoc.common.DayParameter;
import vn.dondoc.account.CurrentUser;
import vn.dondoc.account.ActorResolver;

/**
 * The registers of Nghị định 30/2020, Appendix IV: the follow-up register of incoming
 * documents for a date range on screen and as Word and PDF, and the handling slip of one
 * directive.
 */
@Controller
class RegisterController {

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final IncomingRegister register;

	private final RegisterDocumentWriter documents;

	private final HandlingSlip slips;

	private final ActorResolver actors;

	private final MessageSource messages;

	private final Clock clock;

	RegisterController(IncomingRegister register, RegisterDocumentWriter documents, HandlingSlip slips,
			ActorResolver actors, MessageSource messages, Clock clock) {
		this.register = register;
		this.documents = documents;
		this.slips = slips;
		this.actors = actors;
		this.messages = messages;
		this.clock = clock;
	}

	/** The range asked for: a mistyped date is named and the default used instead. */
	record Range(LocalDate from, LocalDate to, String fromText, String toText, String fromError, String toError) {

		public boolean valid() {
			return this.fromError == null && this.toError == null;
		}

	}

	Range range(String from, String to) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate fromDate = parse(from);
		LocalDate toDate = parse(to);
		String fromError = (fromDate == null && from != null && !from.isBlank()) ? "register.date.invalid" : null;
		String toError = (toDate == null && to != null && !to.isBlank()) ? "register.date.invalid" : null;
		fromDate = (fromDate != null) ? fromDate : today.withDayOfYear(1);
		toDate = (toDate != null) ? toDate : today;
		if (fromError == null && toError == null && fromDate.isAfter(toDate)) {
			toError = "register.range.order";
		}
		return new Range(fromDate, toDate, (fromError != null) ? from : fromDate.format(DayParameter.DMY),
				(toError != null && !"register.range.order".equals(toError)) ? to : toDate.format(DayParameter.DMY),
				fromError, toError);
	}

	/** The day, or {@code null} when nothing or no day is written. */
	private static LocalDate parse(String value) {
		try {
			return DayParameter.parse(value);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** A row of the screen: the entry and its seven cells in the reader's language. */
	record Row(IncomingRegister.Entry entry, List<String> cells) {
	}

	@GetMapping("/registers/incoming")
	@PreAuthorize("hasAnyRole('LEADER', 'OFFICE', 'PLANNING')")
	String incoming(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page, Locale locale,
			Model model) {
		Range range = range(from, to);
		model.addAttribute("range", range);
		model.addAttribute("sort", "-received".equals(sort) ? "-received" : "received");
		RegisterText words = new RegisterText(this.messages, locale);
		model.addAttribute("columns", words.list("register.columns"));
		if (range.valid()) {
			Page<IncomingRegister.Entry> entries = this.register.page(range.from(), range.to(),
					"-received".equals(sort), Math.max(0, page));
			model.addAttribute("page", entries.map((entry) -> new Row(entry, words.cells(entry))));
		}
		return "registers/incoming";
	}

	@GetMapping("/registers/incoming.docx")
	@PreAuthorize("hasAnyRole('LEADER', 'OFFICE', 'PLANNING')")
	void incomingDocx(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			HttpServletResponse response) throws IOException {
		Range range = range(from, to);
		if (!range.valid()) {
			back(response, from, to);
			return;
		}
		start(response, DOCX, "attachment", fileName(range, "docx"));
		this.documents.docx(range.from(), range.to(), response.getOutputStream());
	}

	@GetMapping("/registers/incoming.pdf")
	@PreAuthorize("hasAnyRole('LEADER', 'OFFICE', 'PLANNING')")
	void incomingPdf(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			HttpServletResponse response) throws IOException {
		Range range = range(from, to);
		if (!range.valid()) {
			back(response, from, to);
			return;
		}
		start(response, "application/pdf", "inline", fileName(range, "pdf"));
		this.documents.pdf(range.from(), range.to(), response.getOutputStream());
	}

	/**
	 * A document asked for with a mistyped range goes back to the page, which says why.
	 */
	private static void back(HttpServletResponse response, String from, String to) throws IOException {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/registers/incoming");
		if (from != null) {
			url.queryParam("from", from);
		}
		if (to != null) {
			url.queryParam("to", to);
		}
		response.sendRedirect(url.encode().build().toUriString());
	}

	private static String fileName(Range range, String extension) {
		return "so-theo-doi-van-ban-den-" + range.from().format(DateTimeFormatter.BASIC_ISO_DATE) + "-"
				+ range.to().format(DateTimeFormatter.BASIC_ISO_DATE) + "." + extension;
	}

	private static void start(HttpServletResponse response, String type, String disposition, String name) {
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition + "; filename=\"" + name + "\"");
		response.setHeader("X-Content-Type-Options", "nosniff");
	}

	@GetMapping("/directives/{id}/slip")
	String slip(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Locale locale, Model model) {
		HandlingSlip.Slip slip = find(id, me);
		RegisterText words = new RegisterText(this.messages, locale);
		model.addAttribute("slip", slip);
		model.addAttribute("parentAuthority", this.slips.parentAuthority());
		model.addAttribute("organisation", this.slips.organisation());
		model.addAttribute("identification", HandlingSlip.identification(slip, words));
		if (slip.instructionOn() != null) {
			model.addAttribute("instructionLine", HandlingSlip.instructionLine(slip, words));
		}
		return "registers/slip";
	}

	@GetMapping("/directives/{id}/slip.docx")
	void slipDocx(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, HttpServletResponse response)
			throws IOException {
		HandlingSlip.Slip slip = find(id, me);
		start(response, DOCX, "attachment", "phieu-giai-quyet-" + slip.registerCode() + ".docx");
		this.slips.docx(slip, response.getOutputStream());
	}

	@GetMapping("/directives/{id}/slip.pdf")
	void slipPdf(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, HttpServletResponse response)
			throws IOException {
		HandlingSlip.Slip slip = find(id, me);
		start(response, "application/pdf", "inline", "phieu-giai-quyet-" + slip.registerCode() + ".pdf");
		this.slips.pdf(slip, response.getOutputStream());
	}

	private HandlingSlip.Slip find(long id, CurrentUser me) {
		return this.slips.of(id, this.actors.of(me))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
