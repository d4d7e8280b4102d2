package vn.dondoc.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A day from {@value DayParameter#FIRST_YEAR} to {@value DayParameter#LAST_YEAR}, the
 * rule of the forms' day fields, for days that come in other ways (the API's JSON).
 */
@Documented
@Constraint(validatedBy = PlausibleDay.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
		ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDay {

	String message() default "Ngày phải từ năm 1900 đến năm 2200.";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Validates {@link PlausibleDay}; {@code null} is left to {@code @NotNull}. */
	class Check implements ConstraintValidator<PlausibleDay, LocalDate> {

		@Override
		public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
			return value == null || DayParameter.plausible(value);
		}

	}

}
