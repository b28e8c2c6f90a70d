package kz.iin.pljava;

import java.sql.SQLDataException;
import java.sql.SQLException;
import kz.iin.IdError;

/**
 * Maps core's failures to SQLSTATEs. Messages name the reason and never contain the input:
 * identification numbers are personal data and error messages end up in server logs.
 */
final class SqlErrors {
    /** invalid_text_representation: the text is not a valid identifier of that kind. */
    static final String INVALID_TEXT_REPRESENTATION = "22P02";
    /** invalid_parameter_value: an argument of a generator is out of its range. */
    static final String INVALID_PARAMETER_VALUE = "22023";

    private SqlErrors() {
    }

    static SQLException invalid(String kind, IdError error) {
        return new SQLDataException(
                "invalid " + kind + ": " + error.description() + " [" + error.name() + "]",
                INVALID_TEXT_REPRESENTATION);
    }

    static SQLException invalidBody(String kind) {
        return new SQLDataException(
                "invalid " + kind + " body: expected exactly 11 ASCII digits", INVALID_TEXT_REPRESENTATION);
    }

    static SQLException invalidParameter(String message) {
        return new SQLDataException(message, INVALID_PARAMETER_VALUE);
    }
}
