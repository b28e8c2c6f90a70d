package kz.iin.rules.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import kz.iin.rules.Case;

/**
 * Jackson's exceptions as the case format's messages, {@code path: problem}, in one place. No message repeats
 * a value found: names from the input are {@linkplain #safeName made safe}, Jackson's own texts are never used.
 */
final class ReadErrors {
    /** Names the whole input in messages that concern no single field. */
    static final String WHOLE_INPUT = "(document)";

    private static volatile Set<String> formatNames;

    private ReadErrors() {
    }

    /**
     * A problem a deserialiser of this package found, in the format's words; Jackson adds the path on its way
     * out, as it does for its own exceptions.
     */
    static final class Problem extends JsonMappingException {
        private static final long serialVersionUID = 1L;

        Problem(JsonParser p, String problem) {
            super(p, problem);
        }
    }

    /** The kind of JSON value at the parser, as messages say it: {@code "expected ..., found " + kind}. */
    static String kind(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_ARRAY, END_ARRAY -> "an array";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_STRING -> "a string";
            case VALUE_NULL -> "null";
            default -> "an object";
        };
    }

    /**
     * The exception for what reading the case with {@code p} threw. Broken JSON anywhere in the input is
     * reported before a wrong value ahead of it, as a reader of the whole text would: so after a wrong value the
     * rest of the input is scanned first.
     */
    static CaseFormatException of(IOException e, JsonParser p, DeserializationConfig config) {
        JsonProcessingException parser = parserCause(e);
        if (parser != null) {
            return fromParser(parser, e, config);
        }
        JsonToken found = p.currentToken();
        CaseFormatException broken = brokenLater(p, config);
        return broken != null ? broken : wrongValue(e, found, config);
    }

    /** What the parser threw, as thrown or wrapped by databind on its way out; null when databind threw. */
    private static JsonProcessingException parserCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException || t instanceof StreamConstraintsException) {
                return (JsonProcessingException) t;
            }
        }
        return null;
    }

    private static CaseFormatException fromParser(JsonProcessingException e, Throwable thrown,
                                                  DeserializationConfig config) {
        if (e instanceof StreamReadException malformed) {
            return malformed(malformed, thrown, config);
        }
        return new CaseFormatException(WHOLE_INPUT, "too large or too deeply nested", thrown);
    }

    private static CaseFormatException brokenLater(JsonParser p, DeserializationConfig config) {
        try {
            while (true) {
                boolean atRoot = p.getParsingContext().inRoot();
                if (p.nextToken() == null) {
                    return null;
                }
                if (atRoot) {
                    return trailing(p);
                }
            }
        } catch (StreamReadException | StreamConstraintsException e) {
            return fromParser(e, e, config);
        } catch (IOException e) {
            return null;
        }
    }

    private static CaseFormatException wrongValue(IOException e, JsonToken found, DeserializationConfig config) {
        if (e instanceof Problem problem) {
            return at(path(problem), problem.getOriginalMessage(), e);
        }
        if (e instanceof PropertyBindingException u) { // unknown, or not among the included (CaseModule)
            return at(path(u), "unknown field; expected one of " + String.join(", ", knownNames(u, config)), e);
        }
        if (e instanceof InvalidNullException n) {
            // Thrown for a null value and, with Nulls.FAIL, for an absent one; only the null's path ends in its name.
            List<String> path = path(n);
            String name = n.getPropertyName().getSimpleName();
            if (path.isEmpty() || !path.get(path.size() - 1).equals(name)) {
                path.add(name);
            }
            return at(path, "required", e);
        }
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            return refusedByConstructor(v.getCause(), e);
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return at(path(m), expected(m.getTargetType(), found), e);
        }
        return new CaseFormatException(WHOLE_INPUT, "could not be read", e);
    }

    /** The names the object takes, in the order its record declares them (Jackson gives them in hash order). */
    private static List<String> knownNames(PropertyBindingException u, DeserializationConfig config) {
        Set<String> known = new TreeSet<>();
        u.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
        List<String> ordered = new ArrayList<>();
        for (BeanPropertyDefinition d : config.introspect(config.constructType(u.getReferringClass())).findProperties()) {
            if (known.remove(d.getName())) {
                ordered.add(d.getName());
            }
        }
        ordered.addAll(known);
        return ordered;
    }

    /** Broken JSON (or content after the case), named by where the parser stopped. */
    private static CaseFormatException malformed(StreamReadException e, Throwable thrown,
                                                 DeserializationConfig config) {
        List<String> path = new ArrayList<>();
        JsonParser p = e.getProcessor();
        for (JsonStreamContext c = p == null ? null : p.getParsingContext(); c != null; c = c.getParent()) {
            if (c.hasCurrentName()) {
                path.add(0, c.getCurrentName());
            }
        }
        // Cut at the first name the format does not have: broken JSON can turn a value (the IIN) into a name.
        Set<String> names = formatNames(config);
        int known = 0;
        while (known < path.size() && names.contains(path.get(known))) {
            known++;
        }
        path = path.subList(0, known);
        String what = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
                ? "duplicate field" : "malformed JSON";
        return at(path, what + at(e.getLocation()), thrown);
    }

    /** Content after the case: the case is not the whole input. */
    static CaseFormatException trailing(JsonParser p) {
        return new CaseFormatException(WHOLE_INPUT, "malformed JSON" + at(p.currentTokenLocation()));
    }

    private static String at(JsonLocation loc) {
        return loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    /**
     * The records check their own fields and name the refused one first, by its path in the case format
     * ({@code "applicant.permanentResident (required unless a citizen)"}): the one check across fields that
     * databind cannot express lands here.
     */
    private static CaseFormatException refusedByConstructor(Throwable cause, Throwable thrown) {
        String message = String.valueOf(cause.getMessage());
        int end = 0;
        while (end < message.length() && message.charAt(end) != ' ' && message.charAt(end) != ':') {
            end++;
        }
        String problem = cause instanceof NullPointerException || !message.startsWith(": ", end)
                ? "required" : message.substring(end + 2);
        return new CaseFormatException(message.substring(0, end), problem, thrown);
    }

    /** What a value of {@code type} must be (databind reads the objects and booleans), and what was found. */
    private static String expected(Class<?> type, JsonToken found) {
        String expected = type == boolean.class || type == Boolean.class ? "expected true or false" : "expected an object";
        return expected + ", found " + kind(found);
    }

    private static List<String> path(JsonMappingException e) {
        List<String> path = new ArrayList<>();
        for (JsonMappingException.Reference r : e.getPath()) {
            path.add(r.getFieldName() != null ? safeName(r.getFieldName()) : Integer.toString(r.getIndex()));
        }
        return path;
    }

    private static CaseFormatException at(List<String> path, String problem, Throwable cause) {
        return new CaseFormatException(path.isEmpty() ? WHOLE_INPUT : String.join(".", path), problem, cause);
    }

    /** The case format's field names and document codes, found once from the records as databind sees them. */
    private static Set<String> formatNames(DeserializationConfig config) {
        Set<String> names = formatNames;
        if (names == null) {
            names = new HashSet<>();
            addNames(config, config.constructType(Case.class), names);
            formatNames = names = Set.copyOf(names);
        }
        return names;
    }

    private static void addNames(DeserializationConfig config, JavaType type, Set<String> names) {
        if (type.isMapLikeType() && type.getKeyType().isEnumType()) {
            for (Object c : type.getKeyType().getRawClass().getEnumConstants()) {
                names.add(((Enum<?>) c).name());
            }
        } else if (type.isRecordType()) {
            for (BeanPropertyDefinition d : config.introspect(type).findProperties()) {
                if (d.hasConstructorParameter() && names.add(d.getName())) {
                    addNames(config, d.getPrimaryType(), names);
                }
            }
        }
    }

    /**
     * A name from the input, safe to put in a message: printable ASCII, at most 40 characters, and no digit (a
     * broken or mistaken document can put the IIN where a name goes, and messages never repeat it).
     */
    static String safeName(String name) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < name.length() && b.length() < 40; i++) {
            char c = name.charAt(i);
            b.append(c >= '0' && c <= '9' ? '#' : c >= 0x20 && c < 0x7f ? c : '?');
        }
        if (name.length() > 40) {
            b.append("...");
        }
        return b.toString();
    }
}
