package kz.iin.rules.conclusions;

import java.util.Objects;

import kz.iin.rules.Fee;

public record FeeDue(Fee fee) implements Conclusion {
    public FeeDue {
        Objects.requireNonNull(fee, "fee");
    }

    @Override
    public String field() {
        return "fee";
    }

    @Override
    public String value() {
        return fee.name();
    }
}
