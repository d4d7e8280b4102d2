package vn.dondoc.system;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form whose fields name what no form of ours has — a list index beyond the binder's
 * limit (hundreds of rows), a property that does not exist — is a bad request, answered
 * with a page in the person's language, not a server error.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class BindingLimits {

	@ExceptionHandler(InvalidPropertyException.class)
	ModelAndView beyondTheForm(InvalidPropertyException ex) {
		ModelAndView page = new ModelAndView("error/4xx");
		page.addObject("reasonKey", "error.binding.limit");
		page.setStatus(HttpStatus.BAD_REQUEST);
		return page;
	}

}
