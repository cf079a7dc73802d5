package org.triagem.interfaces.channel;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.triagem.domain.model.complaint.EmailAddress;

/** An optional email address we could reply to: blank, or a well-formed address. */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidEmail.Validator.class)
public @interface ValidEmail {

    String message() default "is not a valid email address";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Delegates to the domain's email rule. */
    class Validator implements ConstraintValidator<ValidEmail, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || EmailAddress.isValid(value.strip());
        }
    }
}
