package org.triagem.interfaces.channel;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.triagem.domain.model.complaint.Cpf;

/** An optional CPF: blank, or 11 digits whose check digits are right. */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidCpf.Validator.class)
public @interface ValidCpf {

    String message() default "is not a valid CPF (check digits do not match)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Delegates to the domain's CPF rule. */
    class Validator implements ConstraintValidator<ValidCpf, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || Cpf.isValid(value);
        }
    }
}
