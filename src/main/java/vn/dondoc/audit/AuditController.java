package vn.dondoc.audit;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The whole audit trail for ADMIN.
 */
@Controller
class AuditController {

	private static final int PAGE_SIZE = 50;

	private final AuditQueries queries;

	AuditController(AuditQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("entries", this.queries.search(actor, action, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("actions", this.queries.actions());
		model.addAttribute("actor", actor);
		model.addAttribute("action", action);
		return "admin/audit/list";
	}

}
