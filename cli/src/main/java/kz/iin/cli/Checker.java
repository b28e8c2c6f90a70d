package kz.iin.cli;

import kz.iin.CheckColumn;
import kz.iin.IdDecoder;
import kz.iin.IdError;
import kz.iin.TaxpayerId;

/** Judges identifiers as check's options say (--lenient, --compact) with core's {@link IdDecoder}; reused input to input. */
final class Checker {
    final IdDecoder decoder = new IdDecoder();
    private final boolean lenient;
    private final boolean compact;
    /** The last input's first failing reason (lenient: check digit only), null when it passes. */
    IdError error;
    /** The last input's {@link CheckColumn} values, by ordinal (null where one does not apply). */
    final String[] values = new String[CheckColumn.values().length];

    Checker(boolean lenient, boolean compact) {
        this.lenient = lenient;
        this.compact = compact;
    }

    Checker check(CharSequence input) {
        decoder.decode(compact ? TaxpayerId.compact(input) : input);
        error = lenient ? decoder.lenientError() : decoder.error();
        CheckColumn.fill(decoder, lenient, values);
        return this;
    }

    boolean valid() {
        return error == null;
    }

    /** A column's value for the last input, null where it does not apply. */
    String value(CheckColumn column) {
        return values[column.ordinal()];
    }
}
