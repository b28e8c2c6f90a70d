package kz.iin.rules.conclusions;

import kz.iin.rules.Question;

public record ReissueAvailable(boolean available) implements Conclusion {
    @Override
    public Question question() {
        return Question.REISSUE_AVAILABLE;
    }

    @Override
    public String value() {
        return Boolean.toString(available);
    }
}
