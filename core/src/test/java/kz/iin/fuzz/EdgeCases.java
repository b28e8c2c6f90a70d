package kz.iin.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.time.LocalDate;
import java.time.YearMonth;
import kz.iin.Bin;
import kz.iin.Division;
import kz.iin.EntityType;
import kz.iin.Iin;
import kz.iin.Sex;

/**
 * Turns the fuzzer's bytes into inputs that matter here: near-valid mutations of generated valid
 * numbers (so the deep paths — date, both check-digit passes, parse, decode — are reached, not only
 * the length gate), junk built from characters that break weaker validators, huge strings, and raw
 * fuzzer strings. The coverage feedback then steers which of these it explores.
 */
final class EdgeCases {
    /** Characters that look like, decode as, or wrap around to digits, and other classic breakers. */
    static final char[] BREAKERS = {
        '0', '9', '/', ':', '+', 'O', 'l', 'I',
        '\uFF10', '\uFF19',           // fullwidth digits
        '\u0660', '\u0669',           // Arabic-Indic digits
        '\u06F0', '\u06F9',           // extended Arabic-Indic digits
        '\u0966', '\u0E50', '\u1040', // Devanagari, Thai, Myanmar digits
        '\u00B2', '\u00B9', '\u00BD', '\u2460', // superscripts, a fraction, circled 1
        '\u0000', '\t', '\n', '\r', '\u001F', '\u007F', '\u0085', // NUL and controls
        ' ', '-', '\u00A0', '\u2007', '\u202F', '\u2010', '\u2011', '\u2212', // spaces, hyphens, minus
        '\uFEFF', '\u200B', '\u200E', // BOM, zero-width space, LRM
        '\uD800', '\uDBFF', '\uDC00', '\uDFFF', // surrogate halves
        '\uFFFD', '\uFFFF',
        '\u0130', '\u0230', '\u1030', '\uFF30', '\u8030', // low byte is a digit: catches (byte) casts
    };

    /** What compact must remove, and only these. */
    static final char[] SEPARATORS = {' ', '\u00A0', '\u2007', '\u202F', '-', '\u2010', '\u2011'};

    private static final int MAX_LENGTH_BITS = 16;

    private EdgeCases() {
    }

    /** How an input was made; some properties hold only for some shapes. */
    enum Shape { RAW, ASCII, IIN_MUTANT, BIN_MUTANT, SEPARATED, HUGE }

    private static final Shape[] SHAPES = {Shape.RAW, Shape.ASCII, Shape.IIN_MUTANT, Shape.BIN_MUTANT, Shape.SEPARATED};

    /** An input and, for SEPARATED, the valid number it was made from. */
    record Input(Shape shape, String text, String source) {
    }

    static Input next(FuzzedDataProvider data) {
        // Huge inputs are slow to build and scan, so one input in 32 is huge; the rest share evenly.
        int pick = data.consumeInt(0, 31);
        Shape shape = pick == 0 ? Shape.HUGE : SHAPES[pick % SHAPES.length];
        switch (shape) {
            case IIN_MUTANT:
                return new Input(shape, mutate(validIin(data), data), null);
            case BIN_MUTANT:
                return new Input(shape, mutate(validBin(data), data), null);
            case SEPARATED: {
                String valid = data.consumeBoolean() ? validIin(data) : validBin(data);
                return new Input(shape, separate(valid, data), valid);
            }
            case HUGE: {
                // Lengths spread evenly over powers of two up to 64 Ki characters: under the fuzzer's
                // instrumentation each character costs a callback, so 1 MiB inputs would eat the
                // budget; HugeInputTest takes those, uninstrumented.
                int length = 1 << data.consumeInt(4, MAX_LENGTH_BITS);
                String unit = data.consumeString(16);
                if (unit.isEmpty()) {
                    unit = String.valueOf(data.pickValue(BREAKERS));
                }
                return new Input(shape, unit.repeat(length / unit.length() + 1), null);
            }
            case ASCII:
                return new Input(shape, data.consumeRemainingAsAsciiString(), null);
            default:
                return new Input(shape, data.consumeRemainingAsString(), null);
        }
    }

    static String validIin(FuzzedDataProvider data) {
        LocalDate birth = LocalDate.of(1800, 1, 1).plusDays(data.consumeLong(0, 300L * 365));
        Sex sex = data.consumeBoolean() ? Sex.MALE : Sex.FEMALE;
        int serial = data.consumeInt(0, 9990); // every run of ten serials has one with a check digit
        return Iin.firstAssignable(birth, sex, serial).value();
    }

    static String validBin(FuzzedDataProvider data) {
        YearMonth registered = YearMonth.of(data.consumeInt(1990, 2089), data.consumeInt(1, 12));
        EntityType type = data.pickValue(EntityType.values());
        Division division = data.pickValue(Division.values());
        int serial = data.consumeInt(0, 99990);
        return Bin.firstAssignable(registered, type, division, serial).value();
    }

    /** Up to four typos: replace (by a breaker, any char or a digit), insert, delete, swap, truncate, extend. */
    static String mutate(String valid, FuzzedDataProvider data) {
        StringBuilder s = new StringBuilder(valid);
        int edits = data.consumeInt(0, 4);
        for (int e = 0; e < edits && s.length() > 0; e++) {
            int at = data.consumeInt(0, s.length() - 1);
            switch (data.consumeInt(0, 7)) {
                case 0 -> s.setCharAt(at, data.pickValue(BREAKERS));
                case 1 -> s.setCharAt(at, data.consumeChar());
                case 2 -> s.setCharAt(at, (char) ('0' + data.consumeInt(0, 9)));
                case 3 -> s.insert(at, data.consumeBoolean() ? data.pickValue(BREAKERS) : data.consumeChar());
                case 4 -> s.deleteCharAt(at);
                case 5 -> {
                    if (at + 1 < s.length()) {
                        char c = s.charAt(at);
                        s.setCharAt(at, s.charAt(at + 1));
                        s.setCharAt(at + 1, c);
                    }
                }
                case 6 -> s.setLength(at);
                default -> s.append(data.consumeString(4));
            }
        }
        return s.toString();
    }

    /** The valid number with separators put in front of, between and after its digits. */
    static String separate(String valid, FuzzedDataProvider data) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i <= valid.length(); i++) {
            int separators = data.consumeInt(0, 2);
            for (int k = 0; k < separators; k++) {
                s.append(data.pickValue(SEPARATORS));
            }
            if (i < valid.length()) {
                s.append(valid.charAt(i));
            }
        }
        return s.toString();
    }
}
