package kz.iin.rules.conclusions;

public record DocumentValidity(boolean valid) implements Conclusion {
    @Override
    public String field() {
        return "documentValid";
    }

    @Override
    public String value() {
        return Boolean.toString(valid);
    }
}
