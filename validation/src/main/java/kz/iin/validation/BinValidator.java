package kz.iin.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import kz.iin.IdError;

/** Checks {@link Bin} by delegating to {@link kz.iin.Bin}; the rules live in the core only. */
public final class BinValidator implements ConstraintValidator<Bin, CharSequence> {
    private boolean lenient;
    private ReasonMessages messages;

    /** Creates the validator; the provider calls {@link #initialize} before use. */
    public BinValidator() {
    }

    @Override
    public void initialize(Bin constraint) {
        lenient = constraint.lenient();
        messages = new ReasonMessages(constraint.message());
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Optional<IdError> error = lenient ? kz.iin.TaxpayerId.checkLenient(value) : kz.iin.Bin.check(value);
        return messages.report(error, context);
    }
}
