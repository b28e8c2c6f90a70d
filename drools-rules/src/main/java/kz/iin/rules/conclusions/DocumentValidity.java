package kz.iin.rules.conclusions;

import kz.iin.rules.Question;

public record DocumentValidity(boolean valid) implements Conclusion {
    @Override
    public Question question() {
        return Question.DOCUMENT_VALID;
    }

    @Override
    public String value() {
        return Boolean.toString(valid);
    }
}
