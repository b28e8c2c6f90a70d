package kz.iin.rules.conclusions;

import java.util.Objects;

import kz.iin.rules.Agency;
import kz.iin.rules.Question;

public record ApplyTo(Agency agency) implements Conclusion {
    public ApplyTo {
        Objects.requireNonNull(agency, "agency");
    }

    @Override
    public Question question() {
        return Question.AGENCY;
    }

    @Override
    public String value() {
        return agency.name();
    }
}
