package kz.iin.rules.conclusions;

public record ReissueRequired(boolean required) implements Conclusion {
    @Override
    public String field() {
        return "reissueRequired";
    }

    @Override
    public String value() {
        return Boolean.toString(required);
    }
}
