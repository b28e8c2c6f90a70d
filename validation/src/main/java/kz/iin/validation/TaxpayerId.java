package kz.iin.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The value is a valid IIN or BIN, under the rules of the kind its 5th digit names, as {@link
 * kz.iin.TaxpayerId#isValid}.
 *
 * <p>Applies to {@link CharSequence} fields, getters, parameters, record components and type arguments
 * ({@code List<@TaxpayerId String>}). {@code null} is valid: add {@code @NotNull} to require a value.
 *
 * <p>The default message names the failing reason ({@link kz.iin.IdError}) in the validation locale
 * (English, Russian or Kazakh) and never contains the value. In a message of your own, {@code {reason}}
 * stands for that reason.
 */
@Documented
@Constraint(validatedBy = TaxpayerIdValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(TaxpayerId.List.class)
public @interface TaxpayerId {
    /** The message template; {@code {reason}} stands for the failing reason. */
    String message() default "{kz.iin.validation.TaxpayerId.message}: {reason}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload for clients of the constraint. */
    Class<? extends Payload>[] payload() default {};

    /**
     * Check digit only, as {@link kz.iin.TaxpayerId#hasValidCheckDigit}: for systems that must accept any
     * number the registry issued, whatever its other digits encode.
     */
    boolean lenient() default false;

    /** Several {@code @TaxpayerId} constraints on one element, in different groups. */
    @Documented
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {
        /** The constraints. */
        TaxpayerId[] value();
    }
}
