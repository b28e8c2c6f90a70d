package kz.iin.rules.json;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import kz.iin.Sex;
import kz.iin.rules.Applicant;
import kz.iin.rules.Application;
import kz.iin.rules.Citizenship;
import kz.iin.rules.Document;
import kz.iin.rules.DocumentCode;
import kz.iin.rules.DocumentType;
import kz.iin.rules.authoring.IdNumber;

/**
 * Where the case format differs from what databind makes of the records by itself: the JSON names and optional
 * fields (as mix-ins, so the records carry no JSON annotations), and the values the format reads its own way.
 * Everything else (the objects and the booleans) is plain databind.
 */
final class CaseModule extends SimpleModule {
    private static final long serialVersionUID = 1L;
    /** The most papers of one kind a case may list. */
    static final int MAX_COUNT = 1000;
    private static final String DATE = "expected an ISO date YYYY-MM-DD";
    private static final Set<String> COUNTRIES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

    CaseModule() {
        super("iin-case");
        setMixInAnnotation(Applicant.class, ApplicantJson.class);
        setMixInAnnotation(Document.class, DocumentJson.class);
        setMixInAnnotation(Application.class, ApplicationJson.class);
        addDeserializer(LocalDate.class, new Text<>(LocalDate.class, DATE, null, CaseModule::isoDate));
        addDeserializer(Sex.class, new Text<>(Sex.class, "expected M or F (MALE or FEMALE)", null, CaseModule::sex));
        addDeserializer(Citizenship.class, new Text<>(Citizenship.class,
                "expected KZ, STATELESS, FOREIGN or an ISO 3166-1 alpha-2 country code", null, CaseModule::citizenship));
        addDeserializer(DocumentType.class, new Text<>(DocumentType.class, "expected one of " + names(DocumentType.class),
                null, text -> exactName(DocumentType.class, text)));
        // Any string: the rules judge it. Null or absent is no number.
        addDeserializer(IdNumber.class, new Text<>(IdNumber.class, "expected a string", IdNumber.absent(), IdNumber::of));
        setDeserializerModifier(new UnknownFieldsFirst());
    }

    /**
     * Jackson keeps a record's unknown fields aside until the record is built, so a missing field would be
     * reported before a misspelt one ({@code "asof"} as "asOf: required"). Naming the record's own fields as the
     * only ones it includes makes any other name an ignored field, refused where it stands
     * (FAIL_ON_IGNORED_PROPERTIES).
     */
    static final class UnknownFieldsFirst extends BeanDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
                                                     BeanDeserializerBuilder builder) {
            builder.getProperties().forEachRemaining(p -> builder.addIncludable(p.getName()));
            return builder;
        }
    }

    /** The IIN and, for a citizen, permanent residence may be null or left out. */
    abstract static class ApplicantJson {
        @JsonSetter(nulls = Nulls.SET)
        abstract IdNumber iin();

        @JsonSetter(nulls = Nulls.SET)
        abstract Boolean permanentResident();
    }

    /** {@code dateIssued} in Java (see {@link Document}), {@code issued} in JSON. */
    abstract static class DocumentJson {
        @JsonProperty("issued")
        abstract LocalDate dateIssued();
    }

    abstract static class ApplicationJson {
        @JsonDeserialize(using = Submitted.class)
        abstract Map<DocumentCode, Integer> submitted();

        @JsonSetter(nulls = Nulls.SET)
        abstract boolean stateFeeExempt();
    }

    /**
     * A value the format writes as a JSON string: anything else is "expected ..., found a number" (or whatever was
     * found); a string {@code parse} does not take (null) is "expected ...". {@code parse} may throw a
     * {@link DateTimeException} for a string of the right shape that names no calendar date.
     */
    static final class Text<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final String expected;
        private final transient T nullValue;
        private final transient Function<String, T> parse;

        Text(Class<T> type, String expected, T nullValue, Function<String, T> parse) {
            super(type);
            this.expected = expected;
            this.nullValue = nullValue;
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new ReadErrors.Problem(p, expected + ", found " + ReadErrors.kind(p.currentToken()));
            }
            T value;
            try {
                value = parse.apply(p.getText());
            } catch (DateTimeException e) {
                throw new ReadErrors.Problem(p, "not a calendar date (" + expected + ")");
            }
            if (value == null) {
                throw new ReadErrors.Problem(p, expected);
            }
            return value;
        }

        @Override
        public T getNullValue(DeserializationContext ctxt) {
            return nullValue;
        }
    }

    /** Exactly YYYY-MM-DD with ASCII digits (no time-zone module needed); a date of the calendar or an exception. */
    private static LocalDate isoDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        return year < 0 || month < 0 || day < 0 ? null : LocalDate.of(year, month, day);
    }

    /** The ASCII digits from {@code from} to {@code to} as a number, -1 when one is no such digit. */
    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** {@code M} or {@code F}; {@code MALE} and {@code FEMALE} too. */
    private static Sex sex(String s) {
        return switch (s) {
            case "M", "MALE" -> Sex.MALE;
            case "F", "FEMALE" -> Sex.FEMALE;
            default -> null;
        };
    }

    /** {@code KZ}, {@code STATELESS}, {@code FOREIGN}, or another country's ISO 3166-1 alpha-2 code (foreign). */
    private static Citizenship citizenship(String s) {
        return switch (s) {
            case "KZ" -> Citizenship.KZ;
            case "STATELESS" -> Citizenship.STATELESS;
            case "FOREIGN" -> Citizenship.FOREIGN;
            default -> COUNTRIES.contains(s) ? Citizenship.FOREIGN : null;
        };
    }

    /** One of the enum's names exactly (databind's own reading trims spaces and takes quoted ordinals). */
    private static <E extends Enum<E>> E exactName(Class<E> type, String s) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        return null;
    }

    private static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** Document code to count: the codes by name, each count a whole number from 0 to {@link #MAX_COUNT}. */
    static final class Submitted extends StdDeserializer<Map<DocumentCode, Integer>> {
        private static final long serialVersionUID = 1L;
        private static final String CODES = names(DocumentCode.class);

        Submitted() {
            super(Map.class);
        }

        @Override
        public Map<DocumentCode, Integer> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.START_OBJECT)) {
                throw new ReadErrors.Problem(p, "expected an object of document code to count, found "
                        + ReadErrors.kind(p.currentToken()));
            }
            Map<DocumentCode, Integer> counts = new EnumMap<>(DocumentCode.class);
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                DocumentCode code = exactName(DocumentCode.class, name);
                if (code == null) {
                    throw problemAt(p, name, "unknown document code; expected one of " + CODES);
                }
                if (p.nextToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
                        || p.getIntValue() < 0 || p.getIntValue() > MAX_COUNT) {
                    throw problemAt(p, name, "expected a whole number from 0 to " + MAX_COUNT);
                }
                counts.put(code, p.getIntValue());
            }
            return counts;
        }

        private static ReadErrors.Problem problemAt(JsonParser p, String name, String problem) {
            ReadErrors.Problem e = new ReadErrors.Problem(p, problem);
            e.prependPath(Map.class, name);
            return e;
        }
    }
}
