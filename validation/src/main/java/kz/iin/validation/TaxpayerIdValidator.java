package kz.iin.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import kz.iin.IdError;

/** Checks {@link TaxpayerId} by delegating to {@link kz.iin.TaxpayerId}; the rules live in the core only. */
public final class TaxpayerIdValidator implements ConstraintValidator<TaxpayerId, CharSequence> {
    private boolean lenient;
    private ReasonMessages messages;

    /** Creates the validator; the provider calls {@link #initialize} before use. */
    public TaxpayerIdValidator() {
    }

    @Override
    public void initialize(TaxpayerId constraint) {
        lenient = constraint.lenient();
        messages = new ReasonMessages(constraint.message());
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Optional<IdError> error = lenient ? kz.iin.TaxpayerId.checkLenient(value) : kz.iin.TaxpayerId.check(value);
        return messages.report(error, context);
    }
}
