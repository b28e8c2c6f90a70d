package kz.iin.rules.conclusions;

public record ReissueAvailable(boolean available) implements Conclusion {
    @Override
    public String field() {
        return "reissueAvailable";
    }

    @Override
    public String value() {
        return Boolean.toString(available);
    }
}
