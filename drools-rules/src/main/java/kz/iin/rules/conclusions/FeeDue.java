package kz.iin.rules.conclusions;

import java.util.Objects;

import kz.iin.rules.Fee;
import kz.iin.rules.Question;

public record FeeDue(Fee fee) implements Conclusion {
    public FeeDue {
        Objects.requireNonNull(fee, "fee");
    }

    @Override
    public Question question() {
        return Question.FEE;
    }

    @Override
    public String value() {
        return fee.name();
    }
}
