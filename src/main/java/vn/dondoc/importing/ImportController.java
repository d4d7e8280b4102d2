package vn.dondoc.importing;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

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
import vn.dondoc.account.ActorResolver;

/**
 * The office imports a spreadsheet: upload, a preview with every problem, then the import
 * of the whole file.
 */
@Controller
@RequestMapping("/import")
@PreAuthorize("hasRole('OFFICE')")
class ImportController {

	private final SpreadsheetImport spreadsheets;

	/** The people whose file is being read on this node. */
	private final java.util.Set<Long> reading = java.util.concurrent.ConcurrentHashMap.newKeySet();

	private final ImportUploads uploads;

	private final ActorResolver actors;

	private final Clock clock;

	ImportController(SpreadsheetImport spreadsheets, ImportUploads uploads, ActorResolver actors, Clock clock) {
		this.spreadsheets = spreadsheets;
		this.uploads = uploads;
		this.actors = actors;
		this.clock = clock;
	}

	@GetMapping
	String form() {
		return "import/form";
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> templateXlsx() throws IOException {
		return file(ImportTemplate.xlsx(headings(), LocalDate.now(this.clock), this.spreadsheets::text),
				"mau-nhap-nhiem-vu.xlsx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@GetMapping("/template.csv")
	ResponseEntity<byte[]> templateCsv() {
		return file(ImportTemplate.csv(headings(), LocalDate.now(this.clock), this.spreadsheets::text),
				"mau-nhap-nhiem-vu.csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
	}

	@PostMapping
	String upload(@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal CurrentUser me,
			Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "import.file.missing");
			return "import/form";
		}
		String name = vn.dondoc.common.Texts.clean(file.getOriginalFilename());
		name = (name != null) ? name : "tep";
		name = name.length() > 255 ? name.substring(0, 255) : name;
		// One file at a time per person: reading is the costly part.
		if (!this.reading.add(me.getId())) {
			model.addAttribute("fileError", "import.file.busy");
			return "import/form";
		}
		SpreadsheetImport.Checked checked;
		try {
			// Read once, in memory: what is kept is only what was read and accepted —
			// the template's columns, never a secret document's content (SPEC §4).
			checked = this.spreadsheets.check(name, file.getBytes());
		}
		finally {
			this.reading.remove(me.getId());
		}
		if (checked.kept() == null) {
			model.addAttribute("upload", new ImportUploads.Upload(0, name, null));
			model.addAttribute("plan", checked.plan());
			model.addAttribute("notKept", checked.plan().confidentialContent());
			model.addAttribute("unread", !checked.plan().confidentialContent());
			return "import/preview";
		}
		long id = this.uploads.save(me.getId(), name, checked.kept());
		return "redirect:/import/" + id;
	}

	@GetMapping("/{id}")
	String preview(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
		ImportUploads.Upload upload = this.uploads.find(id, me.getId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("upload", upload);
		model.addAttribute("plan", this.spreadsheets.plan(upload.content()));
		return "import/preview";
	}

	@PostMapping("/{id}")
	String run(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
		ImportUploads.Upload upload = this.uploads.find(id, me.getId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		SpreadsheetImport.Plan plan;
		try {
			plan = this.spreadsheets.run(this.actors.of(me), upload.content());
		}
		catch (SpreadsheetImport.RowRefused refused) {
			redirect.addFlashAttribute("refusedRow", refused.row());
			redirect.addFlashAttribute("refusedMessage", refused.getMessage());
			return "redirect:/import/" + id;
		}
		if (!plan.importable()) {
			return "redirect:/import/" + id;
		}
		this.uploads.delete(id);
		redirect.addFlashAttribute("success", "import.done");
		redirect.addFlashAttribute("successArg", plan.directives() + plan.placeholders());
		redirect.addFlashAttribute("importedTasks", plan.tasks());
		return "redirect:/directives";
	}

	private List<String> headings() {
		return Arrays.stream(Column.values()).map(this.spreadsheets::label).toList();
	}

	private static ResponseEntity<byte[]> file(byte[] body, String name, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.header("X-Content-Type-Options", "nosniff")
			.body(body);
	}

}
