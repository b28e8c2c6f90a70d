package kz.iin.rules.conclusions;

import kz.iin.rules.Question;

public record ReissueRequired(boolean required) implements Conclusion {
    @Override
    public Question question() {
        return Question.REISSUE_REQUIRED;
    }

    @Override
    public String value() {
        return Boolean.toString(required);
    }
}
