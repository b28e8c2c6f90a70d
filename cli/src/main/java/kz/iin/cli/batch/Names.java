package kz.iin.cli.batch;

import java.nio.charset.StandardCharsets;

/** Enum names pre-encoded as bytes, indexed by ordinal, so rows are written without encoding Strings. */
final class Names {
    private Names() {
    }

    static byte[][] of(Enum<?>[] values) {
        byte[][] out = new byte[values.length][];
        for (Enum<?> e : values) {
            out[e.ordinal()] = e.name().getBytes(StandardCharsets.US_ASCII);
        }
        return out;
    }
}
