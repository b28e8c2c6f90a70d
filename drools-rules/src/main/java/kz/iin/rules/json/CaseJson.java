package kz.iin.rules.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.iin.Sex;
import kz.iin.rules.Case;
import kz.iin.rules.Decision;
import kz.iin.rules.Finding;
import kz.iin.rules.FiredRule;
import kz.iin.rules.Question;
import kz.iin.rules.Reason;
import kz.iin.rules.conclusions.MissingDocument;

/**
 * The JSON form of {@link Case} and {@link Decision}.
 *
 * A complete case is {@link #sample()}.
 *
 * Reading is strict: unknown fields, wrong types, missing required fields, duplicate keys and trailing
 * content are a {@link CaseFormatException} naming the field, never a partly filled case. A leading UTF-8 byte
 * order mark is skipped. {@code applicant.iin} may be null or absent (no IIN); any string is accepted there and
 * judged by the rules. {@code applicant.sex} is {@code M} or {@code F} ({@code MALE}/{@code FEMALE} are accepted
 * too; written as {@code M}/{@code F}). {@code applicant.citizenship} is {@code KZ}, {@code STATELESS}, another
 * ISO 3166-1 alpha-2 country code (a foreign citizen) or {@code FOREIGN}; written as {@code KZ}, {@code FOREIGN}
 * or {@code STATELESS}. {@code applicant.permanentResident} is required unless the applicant is a citizen.
 * {@code application.stateFeeExempt} (boolean, default false) is optional.
 */
public final class CaseJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new CaseModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            // Every field is required unless its mix-in in CaseModule says otherwise; absent counts as null.
            .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL))
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final ObjectReader CASE = MAPPER.readerFor(Case.class);
    private static final ObjectWriter COMPACT = MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

    private CaseJson() {
    }

    /**
     * The sample case, {@code sample-case.json} in this jar beside this class: a citizen whose ID card, issued
     * in 1996, has no IIN printed on it, judged on 2014-03-01. The demo and the tests start from it.
     */
    public static String sample() {
        try (InputStream in = CaseJson.class.getResourceAsStream("sample-case.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one case; the reader is consumed but not closed. */
    public static Case read(Reader in) throws CaseFormatException {
        try {
            return bind(CASE.createParser(withoutByteOrderMark(in)));
        } catch (IOException e) {
            throw new CaseFormatException(ReadErrors.WHOLE_INPUT, "could not be read", e);
        }
    }

    /** Reads one case from a string. */
    public static Case read(String json) throws CaseFormatException {
        try {
            return bind(CASE.createParser(json.startsWith("\uFEFF") ? json.substring(1) : json));
        } catch (IOException e) {
            throw new CaseFormatException(ReadErrors.WHOLE_INPUT, "could not be read", e);
        }
    }

    /** Not an overload of read: a caller of read must not need Jackson on its class or module path to compile. */
    private static Case bind(JsonParser p) throws IOException, CaseFormatException {
        try (p) {
            try {
                if (p.nextToken() == null) {
                    throw new CaseFormatException(ReadErrors.WHOLE_INPUT, "empty; expected a JSON object");
                }
                Case c = CASE.readValue(p);
                if (c == null) {
                    throw new CaseFormatException(ReadErrors.WHOLE_INPUT, "required");
                }
                if (p.nextToken() != null) {
                    throw ReadErrors.trailing(p);
                }
                return c;
            } catch (IOException e) {
                throw ReadErrors.of(e, p, CASE.getConfig()); // before the parser is closed: it reads on
            }
        }
    }

    private static Reader withoutByteOrderMark(Reader in) throws IOException {
        PushbackReader r = new PushbackReader(in, 1);
        int first = r.read();
        if (first != -1 && first != '\uFEFF') {
            r.unread(first);
        }
        return r;
    }

    /** The case as pretty JSON, in the form {@link #read} accepts. Contains the IIN: personal data. */
    public static String write(Case c) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("asOf", c.asOf().toString());
        ObjectNode a = root.putObject("applicant");
        if (c.applicant().iin().isPresent()) {
            a.put("iin", c.applicant().iin().text());
        } else {
            a.putNull("iin");
        }
        a.put("citizenship", c.applicant().citizenship().name());
        if (c.applicant().permanentResident() != null) {
            a.put("permanentResident", c.applicant().permanentResident());
        }
        a.put("birthDate", c.applicant().birthDate().toString());
        a.put("sex", c.applicant().sex() == Sex.MALE ? "M" : "F");
        ObjectNode d = root.putObject("document");
        d.put("type", c.document().type().name());
        d.put("issued", c.document().dateIssued().toString());
        d.put("iinPrinted", c.document().iinPrinted());
        ObjectNode p = root.putObject("application");
        p.put("surrendersPreviousDocuments", c.application().surrendersPreviousDocuments());
        p.put("governmentForCitizensOfficeAtResidence", c.application().governmentForCitizensOfficeAtResidence());
        ObjectNode s = p.putObject("submitted");
        c.application().submitted().forEach((code, count) -> s.put(code.name(), count));
        if (c.application().stateFeeExempt()) {
            p.put("stateFeeExempt", true);
        }
        return pretty(root);
    }

    /** The decision as pretty JSON; contains no IIN. */
    public static String write(Decision d) {
        return pretty(tree(d));
    }

    /**
     * The decision as one line of JSON (no line break inside, none at the end), with {@code "line": lineNumber}
     * first: the form of {@code iin decide --jsonl}. Contains no IIN.
     */
    public static String writeLine(Decision d, long lineNumber) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("line", lineNumber);
        root.setAll(tree(d));
        return compact(root);
    }

    /** The line of {@code iin decide --jsonl} for a line that holds no valid case. */
    public static String errorLine(long lineNumber, String error) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("line", lineNumber);
        root.put("error", error);
        return compact(root);
    }

    private static ObjectNode tree(Decision d) {
        ObjectNode root = MAPPER.createObjectNode();
        // Every conclusion by its question, in the questions' order: a new question needs nothing here.
        for (Question q : Question.values()) {
            if (q.isConclusion()) {
                put(root, q.jsonName(), d.answer(q));
            }
        }
        ArrayNode findings = root.putArray(Question.FINDINGS.jsonName());
        for (Finding f : d.findings()) {
            ObjectNode o = findings.addObject().put("code", f.code()).put("severity", f.severity().name());
            if (f.field() != null) {
                o.put("field", f.field());
            }
            o.put("message", f.message()).put("citation", f.citation());
        }
        ArrayNode fired = root.putArray("firedRules");
        for (FiredRule r : d.firedRules()) {
            rule(fired.addObject(), r);
        }
        ArrayNode reasons = root.putArray("reasons");
        for (Reason r : d.reasons()) {
            ObjectNode o = reasons.addObject().put("field", r.question().jsonName()).put("value", r.value());
            rule(o.putObject("rule"), r.rule());
        }
        return root;
    }

    private static void rule(ObjectNode o, FiredRule r) {
        o.put("name", r.name()).put("title", r.title()).put("citation", r.citation());
    }

    private static void put(ObjectNode o, String name, Object value) {
        if (value == null) {
            o.putNull(name);
        } else if (value instanceof Boolean b) {
            o.put(name, b);
        } else if (value instanceof Enum<?> e) {
            o.put(name, e.name());
        } else if (value instanceof List<?> list) {
            ArrayNode array = o.putArray(name);
            for (Object item : list) {
                MissingDocument m = (MissingDocument) item;
                array.addObject().put("code", m.code().name()).put("missing", m.missing()).put("required", m.required());
            }
        } else {
            throw new IllegalStateException("no JSON form for a " + value.getClass().getSimpleName());
        }
    }

    private static String pretty(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    private static String compact(JsonNode node) {
        try {
            return COMPACT.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }
}
