package vn.dondoc.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.dondoc.common.RuleViolation;
import vn.dondoc.directive.ConfidentialContentRefused;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DuplicateDirective;
import vn.dondoc.common.Vietnamese;
import vn.dondoc.intake.DocumentIntake;

/**
 * Every error of the API as an RFC 9457 problem detail: Spring MVC's own (unreadable
 * JSON, wrong types, missing parameters, validation) and the application's, in
 * Vietnamese.
 */
@RestControllerAdvice(assignableTypes = { ApiController.class, EdxmlApiController.class, ReadingApiController.class })
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Log logger = LogFactory.getLog(ApiProblems.class);

	/** The directive a concurrent push registered first. */
	static final class AlreadyRegistered extends RuntimeException {

		private final transient Directive existing;

		AlreadyRegistered(Directive existing) {
			super("Already registered as directive " + existing.getId());
			this.existing = existing;
		}

	}

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DuplicateDirective.class)
	ResponseEntity<ProblemDetail> duplicate(DuplicateDirective ex) {
		return conflict(ex.getExisting());
	}

	@ExceptionHandler(AlreadyRegistered.class)
	ResponseEntity<ProblemDetail> duplicate(AlreadyRegistered ex) {
		return conflict(ex.existing);
	}

	private ResponseEntity<ProblemDetail> conflict(Directive existing) {
		URI location = URI.create("/api/v1/directives/" + existing.getId());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, this.messages
			.getMessage("api.duplicate", new Object[] { existing.getRegisterCode() }, Vietnamese.LOCALE));
		problem.setTitle("Already registered");
		problem.setProperty("existing", location.toString());
		return ResponseEntity.status(HttpStatus.CONFLICT).location(location).body(problem);
	}

	@ExceptionHandler(RuleViolation.class)
	ResponseEntity<ProblemDetail> violation(RuleViolation ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage(ex.getMessageKey(), ex.getArguments(), ex.getMessageKey(), Vietnamese.LOCALE));
		problem.setTitle("Invalid input");
		if (ex.getField() != null) {
			problem.setProperty("field", ex.getField());
		}
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(ConfidentialContentRefused.class)
	ResponseEntity<ProblemDetail> confidential(ConfidentialContentRefused ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("api.confidential", null, Vietnamese.LOCALE));
		problem.setTitle("Confidential content refused");
		return ResponseEntity.badRequest().body(problem);
	}

	/** A body (an edXML package) that went past its limit while it was read. */
	@ExceptionHandler({ ApiSecurityConfiguration.BodyTooLarge.class, DocumentIntake.PackageTooLarge.class })
	ResponseEntity<ProblemDetail> tooLarge(java.io.IOException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
				ex.getMessage() + " (dondoc.intake.max-package).");
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		logger.error("API call failed", ex);
		return ResponseEntity.internalServerError()
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error"));
	}

	@Override
	@Nullable
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ex.getBody();
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> Map.of("field", error.getField(), "message",
					this.messages.getMessage(error, Vietnamese.LOCALE)))
			.toList();
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	@Nullable
	protected ResponseEntity<Object> handleHttpMessageNotReadable(
			org.springframework.http.converter.HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ApiSecurityConfiguration.BodyTooLarge tooLarge) {
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
						tooLarge.getMessage() + " (dondoc.api.max-body).");
				return handleExceptionInternal(ex, problem, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
			}
		}
		return super.handleHttpMessageNotReadable(ex, headers, status, request);
	}

}
