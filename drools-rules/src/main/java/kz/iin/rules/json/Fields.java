package kz.iin.rules.json;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;

/**
 * One JSON object being read strictly: every field is checked for its type, and fields nobody asked for are
 * an error. Each error names the full path of the field.
 */
final class Fields {
    /** Names the whole input in messages that concern no single field. */
    static final String WHOLE_INPUT = "(document)";

    private final String path;
    private final JsonNode node;

    private Fields(String path, JsonNode node) {
        this.path = path;
        this.node = node;
    }

    static Fields object(String path, JsonNode node, Set<String> allowed) throws CaseFormatException {
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw new CaseFormatException(path.isEmpty() ? WHOLE_INPUT : path, "required");
        }
        if (!node.isObject()) {
            throw new CaseFormatException(path.isEmpty() ? WHOLE_INPUT : path,
                    "expected an object, found " + kind(node));
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new CaseFormatException(child(path, safeName(name)),
                        "unknown field; expected one of " + String.join(", ", allowed));
            }
        }
        return new Fields(path, node);
    }

    String path(String name) {
        return child(path, name);
    }

    JsonNode get(String name) {
        return node.get(name);
    }

    boolean has(String name) {
        JsonNode v = node.get(name);
        return v != null && !v.isNull();
    }

    boolean bool(String name) throws CaseFormatException {
        JsonNode v = required(name);
        if (!v.isBoolean()) {
            throw new CaseFormatException(path(name), "expected true or false, found " + kind(v));
        }
        return v.booleanValue();
    }

    boolean bool(String name, boolean absent) throws CaseFormatException {
        return has(name) ? bool(name) : absent;
    }

    String text(String name) throws CaseFormatException {
        JsonNode v = required(name);
        if (!v.isTextual()) {
            throw new CaseFormatException(path(name), "expected a string, found " + kind(v));
        }
        return v.textValue();
    }

    LocalDate date(String name) throws CaseFormatException {
        JsonNode v = required(name);
        if (!v.isTextual()) {
            throw new CaseFormatException(path(name), "expected an ISO date YYYY-MM-DD, found " + kind(v));
        }
        return isoDate(path(name), v.textValue());
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) throws CaseFormatException {
        JsonNode v = required(name);
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (!v.isTextual()) {
            throw new CaseFormatException(path(name), "expected one of " + allowed + ", found " + kind(v));
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v.textValue())) {
                return e;
            }
        }
        throw new CaseFormatException(path(name), "expected one of " + allowed);
    }

    JsonNode required(String name) throws CaseFormatException {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw new CaseFormatException(path(name), "required");
        }
        return v;
    }

    /** Exactly YYYY-MM-DD with ASCII digits, and a real calendar date. */
    static LocalDate isoDate(String path, String s) throws CaseFormatException {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            throw new CaseFormatException(path, "expected an ISO date YYYY-MM-DD");
        }
        int year = digits(path, s, 0, 4);
        int month = digits(path, s, 5, 7);
        int day = digits(path, s, 8, 10);
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new CaseFormatException(path, "not a calendar date (expected an ISO date YYYY-MM-DD)");
        }
    }

    private static int digits(String path, String s, int from, int to) throws CaseFormatException {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new CaseFormatException(path, "expected an ISO date YYYY-MM-DD");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** A field name from the input, made safe to put in a message: short, printable ASCII only. */
    static String safeName(String name) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < name.length() && b.length() < 40; i++) {
            char c = name.charAt(i);
            b.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        if (name.length() > 40) {
            b.append("...");
        }
        return b.toString();
    }

    static String kind(JsonNode v) {
        JsonNodeType t = v.getNodeType();
        return switch (t) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case STRING -> "a string";
            case NULL -> "null";
            default -> t.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
