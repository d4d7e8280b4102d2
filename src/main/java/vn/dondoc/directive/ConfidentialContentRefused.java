package vn.dondoc.directive;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Content was offered for a confidential directive, which may hold none (Điều 6.2). Any
 * path other than the form, which shows it beside the fields, answers 400.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class ConfidentialContentRefused extends RuntimeException {

	public ConfidentialContentRefused() {
		super("Confidential directives hold no content");
	}

}
