package kz.iin.rules.conclusions;

import java.util.Objects;

import kz.iin.rules.Agency;

public record ApplyTo(Agency agency) implements Conclusion {
    public ApplyTo {
        Objects.requireNonNull(agency, "agency");
    }

    @Override
    public String field() {
        return "agency";
    }

    @Override
    public String value() {
        return agency.name();
    }
}
