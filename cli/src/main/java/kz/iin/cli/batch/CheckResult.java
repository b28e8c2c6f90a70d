package kz.iin.cli.batch;

import kz.iin.IdDecoder;
import kz.iin.IdError;
import kz.iin.Kind;
import kz.iin.TaxpayerId;

/**
 * The result of checking one input, all by core's one-pass {@link IdDecoder}: the kind by the 5th
 * digit, the first failing reason, and what the number encodes when strictly valid. Reused from
 * input to input (one per thread).
 */
public final class CheckResult {
    private final boolean lenient;
    private final boolean compact;
    private final IdDecoder decoder = new IdDecoder();

    /**
     * @param lenient judge by the check digit only ({@link TaxpayerId#checkLenient}) instead of strictly
     * @param compact strip spaces and hyphens first ({@link TaxpayerId#compact}); otherwise judge exactly as given
     */
    public CheckResult(boolean lenient, boolean compact) {
        this.lenient = lenient;
        this.compact = compact;
    }

    /** Checks {@code input}; the results stay until the next call. */
    public CheckResult check(String input) {
        decoder.decode(compact ? TaxpayerId.compact(input) : input);
        return this;
    }

    /** Checks the reader's current line, from its bytes when it is ASCII (no String needed). */
    public CheckResult check(LineReader line) {
        if (line.isAscii() && !compact) {
            decoder.decodeAscii(line.bytes(), line.start(), line.length());
            return this;
        }
        return check(line.text());
    }

    /** Checks {@code length} ASCII bytes from {@code offset} (one byte per character). */
    public CheckResult checkAscii(byte[] bytes, int offset, int length) {
        if (compact) {
            return check(new String(bytes, offset, length, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        decoder.decodeAscii(bytes, offset, length);
        return this;
    }

    public boolean valid() {
        return error() == null;
    }

    /** IIN or BIN by the 5th digit, or null (UNKNOWN) unless 12 ASCII digits with a 5th digit 0-6. */
    public Kind kind() {
        return decoder.kind();
    }

    /** First failing reason (lenient or strict, as asked), or null when valid. */
    public IdError error() {
        return lenient ? decoder.lenientError() : decoder.error();
    }

    /** True when strictly valid: only then is anything decoded (a lenient pass may encode no real date). */
    public boolean decoded() {
        return decoder.valid();
    }

    /** The decoded fields; read them only when {@link #decoded()}. */
    IdDecoder decoder() {
        return decoder;
    }
}
