package kz.iin.cli;

import kz.iin.CheckColumn;
import kz.iin.IdDecoder;
import kz.iin.IdError;
import kz.iin.TaxpayerId;

/** Judges identifiers as check's options say (--lenient, --compact) with core's {@link IdDecoder}; reused input to input. */
final class Checker {
    final IdDecoder decoder = new IdDecoder();
    /** The last input's columns. */
    final CheckColumn.Row columns = new CheckColumn.Row();
    private final boolean lenient;
    private final boolean compact;

    Checker(boolean lenient, boolean compact) {
        this.lenient = lenient;
        this.compact = compact;
    }

    Checker check(CharSequence input) {
        if (compact) {
            decoder.decode(TaxpayerId.compact(input));
        } else if (input instanceof Line line && line.ascii) { // from its bytes, without a call per digit
            decoder.decodeAscii(line.bytes, line.start, line.length);
        } else {
            decoder.decode(input);
        }
        columns.fill(decoder, lenient);
        return this;
    }

    /** The last input's first failing reason (lenient: check digit only), null when it passes. */
    IdError error() {
        return lenient ? decoder.lenientError() : decoder.error();
    }

    boolean valid() {
        return error() == null;
    }
}
