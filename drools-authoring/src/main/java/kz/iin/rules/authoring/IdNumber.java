package kz.iin.rules.authoring;

import java.util.Objects;
import java.util.Optional;

import kz.iin.Bin;
import kz.iin.IdError;
import kz.iin.Iin;
import kz.iin.Kind;
import kz.iin.TaxpayerId;

/**
 * An identification number as a rule fact: the text is checked once, here, and rules match on the outcome
 * ({@code valid}, {@code iin}, {@code bin}, {@code error}) instead of on a string.
 *
 * <p>Unlike {@link Iin} it can also hold a wrong number, so a rule can report why it is wrong. Its
 * {@code toString} masks the number: identifiers are personal data.
 */
public final class IdNumber {
    private static final IdNumber ABSENT = new IdNumber(null);

    private final String text;
    private final TaxpayerId id;
    private final IdError error;
    private final boolean checkDigitValid;
    private final IdError checkDigitError;

    private IdNumber(String text) {
        this.text = text;
        if (text == null) {
            this.id = null;
            this.error = null;
            this.checkDigitValid = false;
            this.checkDigitError = null;
            return;
        }
        Optional<IdError> strict = TaxpayerId.check(text);
        this.error = strict.orElse(null);
        this.id = strict.isEmpty() ? TaxpayerId.parse(text) : null;
        this.checkDigitValid = TaxpayerId.hasValidCheckDigit(text);
        this.checkDigitError = checkDigitValid ? null : lenientError(text, error);
    }

    /** Why the lenient check fails, when the strict reason is about the structure instead. */
    private static IdError lenientError(String text, IdError strict) {
        return switch (strict) {
            case WRONG_LENGTH, NON_DIGIT, NO_CHECK_DIGIT, CHECK_DIGIT_MISMATCH -> strict;
            default -> Iin.computeCheckDigit(text.substring(0, 11)) < 0 ? IdError.NO_CHECK_DIGIT : IdError.CHECK_DIGIT_MISMATCH;
        };
    }

    /** The number as written; the text is kept exactly (no trimming): use {@code TaxpayerId.compact} first. */
    public static IdNumber of(String text) {
        return new IdNumber(Objects.requireNonNull(text, "text"));
    }

    /**
     * The person or entity has no number. This is an object, not null: rules test {@code iin.present == false}
     * (or {@code iin.present == true} before reading anything else); {@code iin == null} is never true for an
     * applicant built with it.
     */
    public static IdNumber absent() {
        return ABSENT;
    }

    public static IdNumber of(TaxpayerId id) {
        return new IdNumber(id.value());
    }

    /** Whether a number was given; false only for {@link #absent()}. In DRL: {@code iin.present}. */
    public boolean isPresent() {
        return text != null;
    }

    /** Strictly valid, of either kind. */
    public boolean isValid() {
        return id != null;
    }

    /** A strictly valid IIN. */
    public boolean isIin() {
        return id instanceof Iin;
    }

    /** A strictly valid BIN. */
    public boolean isBin() {
        return id instanceof Bin;
    }

    /** The lenient check: twelve ASCII digits whose check digit matches. */
    public boolean isCheckDigitValid() {
        return checkDigitValid;
    }

    /**
     * Why the lenient check fails: {@code WRONG_LENGTH}, {@code NON_DIGIT}, {@code NO_CHECK_DIGIT} or
     * {@code CHECK_DIGIT_MISMATCH}; null when the check digit matches or the number is absent.
     */
    public IdError getCheckDigitError() {
        return checkDigitError;
    }

    /** Why the number is not strictly valid; null when it is valid or absent. */
    public IdError getError() {
        return error;
    }

    /** The parsed IIN, or null unless {@link #isIin()}. */
    public Iin asIin() {
        return id instanceof Iin iin ? iin : null;
    }

    /** The parsed BIN, or null unless {@link #isBin()}. */
    public Bin asBin() {
        return id instanceof Bin bin ? bin : null;
    }

    /** IIN or BIN by the 5th digit, empty for junk or absent. */
    public Optional<Kind> kind() {
        return text == null ? Optional.empty() : TaxpayerId.kindOf(text);
    }

    /** The number exactly as given, for writing the case back; null when absent. Do not log it. */
    public String text() {
        return text;
    }

    public String masked() {
        return text == null ? "(none)" : TaxpayerId.mask(text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdNumber other && Objects.equals(text, other.text);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(text);
    }

    @Override
    public String toString() {
        return "IdNumber[" + masked() + (error == null ? "" : ", " + error) + "]";
    }
}
