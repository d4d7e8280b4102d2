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
 * the browser's draft of the form. The page reads no request parameter: once a limit is
 * passed, every read of one fails again.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimits {

	private static final org.apache.commons.logging.Log logger = org.apache.commons.logging.LogFactory
		.getLog(UploadLimits.class);

	@ExceptionHandler(MultipartException.class)
	ModelAndView beyondALimit(MultipartException ex) {
		String key = limitKey(ex);
		return (key != null) ? page(key) : malformed(ex);
	}

	/**
	 * Tomcat refuses a form of more parts than {@code server.tomcat.max-part-count} while
	 * its fields are read (as an {@code IllegalStateException}); any other such exception
	 * is not ours to answer.
	 */
	@ExceptionHandler(IllegalStateException.class)
	ModelAndView partsRefused(IllegalStateException ex) {
		String key = limitKey(ex);
		if (key == null) {
			if (isMalformed(ex)) {
				return malformed(ex);
			}
			throw ex;
		}
		return page(key);
	}

	/**
	 * A form whose multipart body is broken (cut short, no closing boundary): the
	 * client's fault, answered 400 and logged in one line, not as a server error.
	 */
	private static ModelAndView malformed(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		logger.warn("Malformed form refused: " + root.getClass().getSimpleName() + ": " + root.getMessage());
		ModelAndView page = page("error.400.malformed");
		page.addObject("titleKey", "error.400.title");
		page.setStatus(HttpStatus.BAD_REQUEST);
		return page;
	}

	private static boolean isMalformed(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String name = cause.getClass().getSimpleName();
			if (name.contains("InvalidParameter") || name.contains("FileUpload") || name.contains("MalformedStream")) {
				return true;
			}
		}
		return false;
	}

	/** The message naming the limit passed, or {@code null} when it was no limit. */
	private static String limitKey(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String name = cause.getClass().getSimpleName();
			if (name.contains("FileCountLimit")) {
				return "error.413.parts";
			}
			if (cause instanceof MaxUploadSizeExceededException || name.contains("SizeLimit")) {
				return "error.413.text";
			}
		}
		return null;
	}

	private static ModelAndView page(String limitKey) {
		ModelAndView page = new ModelAndView("error/limit");
		page.addObject("limitKey", limitKey);
		page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
		return page;
	}

}
