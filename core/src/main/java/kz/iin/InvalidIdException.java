package kz.iin;

import java.util.Objects;

/**
 * Thrown by {@code parse} and the value constructors when the input is not a valid identifier.
 * The message says what was expected; it never repeats the whole number (it is personal data).
 */
public final class InvalidIdException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final IdError error;

    public InvalidIdException(IdError error, String message) {
        super(message);
        this.error = Objects.requireNonNull(error, "error");
    }

    /** The first failing reason. */
    public IdError error() {
        return error;
    }
}
