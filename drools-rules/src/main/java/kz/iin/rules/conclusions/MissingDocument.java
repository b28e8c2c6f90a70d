package kz.iin.rules.conclusions;

import java.util.Objects;

import kz.iin.rules.DocumentCode;

public record MissingDocument(DocumentCode code) implements Conclusion {
    public MissingDocument {
        Objects.requireNonNull(code, "code");
    }

    @Override
    public String field() {
        return "missingDocuments";
    }

    @Override
    public String value() {
        return code.name();
    }
}
