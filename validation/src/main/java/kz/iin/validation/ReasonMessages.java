package kz.iin.validation;

import jakarta.validation.ConstraintValidatorContext;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import kz.iin.IdError;

/**
 * The message templates of one constraint, one per failing reason: {@code {reason}} in the constraint's
 * template becomes the message key of that reason, which the provider then resolves in the validation
 * locale. This uses only the Bean Validation API, so it works with any provider.
 */
final class ReasonMessages {
    static final String REASON_PARAMETER = "{reason}";
    static final String REASON_KEY_PREFIX = "kz.iin.validation.IdError.";

    private final Map<IdError, String> templates = new EnumMap<>(IdError.class);

    ReasonMessages(String template) {
        for (IdError error : IdError.values()) {
            templates.put(error, template.replace(REASON_PARAMETER, "{" + REASON_KEY_PREFIX + error.name() + "}"));
        }
    }

    /** True when valid; otherwise replaces the default violation by one naming the reason. */
    boolean report(Optional<IdError> error, ConstraintValidatorContext context) {
        if (error.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(templates.get(error.get())).addConstraintViolation();
        return false;
    }
}
