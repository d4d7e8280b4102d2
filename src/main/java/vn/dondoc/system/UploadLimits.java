package vn.dondoc.system;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form beyond one of the server's limits — too many fields, files too large — is told
 * in the person's language, naming the limit, with the way on; what was typed is kept in
 * the browser's draft of the form.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimits {

	@ExceptionHandler(MultipartException.class)
	ModelAndView beyondALimit(MultipartException ex) {
		ModelAndView page = new ModelAndView("error/limit");
		page.addObject("limitKey", (ex instanceof MaxUploadSizeExceededException) ? "error.413.text" : limit(ex));
		page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
		return page;
	}

	/**
	 * Tomcat refuses a form of more parts than {@code server.tomcat.max-part-count} while
	 * its fields are read (as an {@code IllegalStateException}); any other such exception
	 * is not ours to answer.
	 */
	@ExceptionHandler(IllegalStateException.class)
	ModelAndView partsRefused(IllegalStateException ex) throws IllegalStateException {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause.getClass().getSimpleName().contains("FileCountLimit")
					|| cause.getClass().getSimpleName().contains("FileSizeLimit")
					|| cause.getClass().getSimpleName().contains("SizeLimitExceeded")) {
				ModelAndView page = new ModelAndView("error/limit");
				page.addObject("limitKey", limit(ex));
				page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
				return page;
			}
		}
		throw ex;
	}

	private static String limit(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String name = cause.getClass().getSimpleName();
			if (name.contains("FileCountLimit") || name.contains("PartCount")
					|| String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("count")) {
				return "error.413.parts";
			}
			if (name.contains("SizeLimit") || name.contains("SizeException")) {
				return "error.413.text";
			}
		}
		return "error.413.text";
	}

}
