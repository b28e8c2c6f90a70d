package kz.iin.rules.conclusions;

import java.util.Objects;

import kz.iin.rules.DocumentCode;
import kz.iin.rules.Question;

/** A paper the application lacks: {@code missing} of the {@code required} copies (photos: 1 of 2). */
public record MissingDocument(DocumentCode code, int missing, int required) implements Conclusion {
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

    @Override
    public Question question() {
        return Question.MISSING_DOCUMENTS;
    }

    /** {@code PHOTOS: 1 of 2}. */
    @Override
    public String value() {
        return code.name() + ": " + missing + " of " + required;
    }
}
