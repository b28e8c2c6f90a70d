package kz.iin.rules.conclusions;

import java.util.Objects;

import kz.iin.rules.DocumentCode;

/** A paper the application lacks: {@code missing} of the {@code required} copies (photos: 1 of 2). */
public record MissingDocument(DocumentCode code, int missing, int required) implements Comparable<MissingDocument> {
    public MissingDocument {
        Objects.requireNonNull(code, "code");
        if (missing < 1 || missing > required) {
            throw new IllegalArgumentException("missing must be 1.." + required + ": " + missing);
        }
    }

    /** One paper, of which one is required and none was submitted. */
    public MissingDocument(DocumentCode code) {
        this(code, 1, 1);
    }

    /** {@code PHOTOS: 1 of 2}. */
    public String value() {
        return code.name() + ": " + missing + " of " + required;
    }

    /** In the order of {@link DocumentCode}: the order a decision lists missing papers in. */
    @Override
    public int compareTo(MissingDocument other) {
        return code.compareTo(other.code);
    }
}
