package vn.dondoc.system;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import vn.dondoc.common.DayParameter;

/**
 * A date that does not exist ({@code 31/02/2027}) is told as such beside its field —
 * "ngày 31/02/2027 không có" — rather than as a wrong way of writing dates, which it is
 * not. Being a binding failure, it is the field's only message: the "required" checks
 * that would see an empty day stay silent.
 */
@ControllerAdvice
class DayBindingErrors {

	@InitBinder
	void tellMissingDays(WebDataBinder binder) {
		binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {
			@Override
			public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
				// The parser's exception is the root of the conversion's failure.
				if (!(ex.getMostSpecificCause() instanceof DayParameter.NoSuchDay missing)) {
					super.processPropertyAccessException(ex, result);
					return;
				}
				String field = ex.getPropertyName();
				result.addError(new FieldError(result.getObjectName(), field, ex.getValue(), true,
						result.resolveMessageCodes("date.noSuchDay", field), new Object[] { missing.written() },
						ex.getLocalizedMessage()));
			}
		});
	}

}
