package kz.iin.rules.json;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    CaseModule() {
        super("iin-case");
        setMixInAnnotation(Applicant.class, ApplicantJson.class);
        setMixInAnnotation(Document.class, DocumentJson.class);
        setMixInAnnotation(Application.class, ApplicationJson.class);
        addDeserializer(LocalDate.class, new IsoDate());
        addDeserializer(Sex.class, new SexCode());
        addDeserializer(Citizenship.class, new CitizenshipCode());
        addDeserializer(IdNumber.class, new IdNumberText());
        addDeserializer(DocumentType.class, new ExactName<>(DocumentType.class));
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

    /** Exactly YYYY-MM-DD with ASCII digits, and a real calendar date (no time-zone module needed). */
    static final class IsoDate extends StdDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;
        private static final String EXPECTED = "expected an ISO date YYYY-MM-DD";

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new ReadErrors.Problem(p, EXPECTED + ", found " + ReadErrors.kind(p.currentToken()));
            }
            String s = p.getText();
            if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
                throw new ReadErrors.Problem(p, EXPECTED);
            }
            int year = digits(p, s, 0, 4);
            int month = digits(p, s, 5, 7);
            int day = digits(p, s, 8, 10);
            try {
                return LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new ReadErrors.Problem(p, "not a calendar date (" + EXPECTED + ")");
            }
        }

        private static int digits(JsonParser p, String s, int from, int to) throws ReadErrors.Problem {
            int value = 0;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    throw new ReadErrors.Problem(p, EXPECTED);
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }
    }

    /** One of the enum's names exactly (databind's own would trim spaces and take quoted ordinals). */
    static final class ExactName<E extends Enum<E>> extends StdDeserializer<E> {
        private static final long serialVersionUID = 1L;
        private final String expected;

        ExactName(Class<E> type) {
            super(type);
            expected = "expected one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", "));
        }

        @Override
        @SuppressWarnings("unchecked")
        public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new ReadErrors.Problem(p, expected + ", found " + ReadErrors.kind(p.currentToken()));
            }
            for (Object c : handledType().getEnumConstants()) {
                if (((E) c).name().equals(p.getText())) {
                    return (E) c;
                }
            }
            throw new ReadErrors.Problem(p, expected);
        }
    }

    /** {@code M} or {@code F}; {@code MALE} and {@code FEMALE} too. */
    static final class SexCode extends StdDeserializer<Sex> {
        private static final long serialVersionUID = 1L;
        private static final String EXPECTED = "expected M or F (MALE or FEMALE)";

        SexCode() {
            super(Sex.class);
        }

        @Override
        public Sex deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new ReadErrors.Problem(p, EXPECTED + ", found " + ReadErrors.kind(p.currentToken()));
            }
            return switch (p.getText()) {
                case "M", "MALE" -> Sex.MALE;
                case "F", "FEMALE" -> Sex.FEMALE;
                default -> throw new ReadErrors.Problem(p, EXPECTED);
            };
        }
    }

    /** {@code KZ}, {@code STATELESS}, {@code FOREIGN}, or another country's ISO 3166-1 alpha-2 code (foreign). */
    static final class CitizenshipCode extends StdDeserializer<Citizenship> {
        private static final long serialVersionUID = 1L;
        private static final String EXPECTED = "expected KZ, STATELESS, FOREIGN or an ISO 3166-1 alpha-2 country code";
        private static final Set<String> COUNTRIES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

        CitizenshipCode() {
            super(Citizenship.class);
        }

        @Override
        public Citizenship deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new ReadErrors.Problem(p, EXPECTED + ", found " + ReadErrors.kind(p.currentToken()));
            }
            return switch (p.getText()) {
                case "KZ" -> Citizenship.KZ;
                case "STATELESS" -> Citizenship.STATELESS;
                case "FOREIGN" -> Citizenship.FOREIGN;
                default -> {
                    if (COUNTRIES.contains(p.getText())) {
                        yield Citizenship.FOREIGN;
                    }
                    throw new ReadErrors.Problem(p, EXPECTED);
                }
            };
        }
    }

    /** Any string, judged by the rules, not here; null or absent is no number. */
    static final class IdNumberText extends StdDeserializer<IdNumber> {
        private static final long serialVersionUID = 1L;

        IdNumberText() {
            super(IdNumber.class);
        }

        @Override
        public IdNumber deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new ReadErrors.Problem(p, "expected a string, found " + ReadErrors.kind(p.currentToken()));
            }
            return IdNumber.of(p.getText());
        }

        @Override
        public IdNumber getNullValue(DeserializationContext ctxt) {
            return IdNumber.absent();
        }
    }

    /** Document code to count: the codes by name, each count a whole number from 0 to {@link #MAX_COUNT}. */
    static final class Submitted extends StdDeserializer<Map<DocumentCode, Integer>> {
        private static final long serialVersionUID = 1L;
        private static final String CODES = Arrays.stream(DocumentCode.values()).map(Enum::name)
                .collect(Collectors.joining(", "));

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
                DocumentCode code = code(name);
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

        private static DocumentCode code(String name) {
            for (DocumentCode c : DocumentCode.values()) {
                if (c.name().equals(name)) {
                    return c;
                }
            }
            return null;
        }

        private static ReadErrors.Problem problemAt(JsonParser p, String name, String problem) {
            ReadErrors.Problem e = new ReadErrors.Problem(p, problem);
            e.prependPath(Map.class, name);
            return e;
        }
    }
}
