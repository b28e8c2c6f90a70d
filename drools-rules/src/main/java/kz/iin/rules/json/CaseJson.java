package kz.iin.rules.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.iin.Sex;
import kz.iin.rules.Applicant;
import kz.iin.rules.Application;
import kz.iin.rules.Case;
import kz.iin.rules.Citizenship;
import kz.iin.rules.Decision;
import kz.iin.rules.Document;
import kz.iin.rules.DocumentCode;
import kz.iin.rules.DocumentType;
import kz.iin.rules.Finding;
import kz.iin.rules.FiredRule;
import kz.iin.rules.Question;
import kz.iin.rules.Reason;
import kz.iin.rules.conclusions.MissingDocument;
import kz.iin.rules.authoring.IdNumber;

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
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final ObjectWriter COMPACT = MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

    private static final Set<String> ROOT_FIELDS = names("asOf", "applicant", "document", "application");
    private static final Set<String> APPLICANT_FIELDS =
            names("iin", "citizenship", "permanentResident", "birthDate", "sex");
    private static final Set<String> DOCUMENT_FIELDS = names("type", "issued", "iinPrinted");
    private static final Set<String> APPLICATION_FIELDS = names("surrendersPreviousDocuments",
            "governmentForCitizensOfficeAtResidence", "submitted", "stateFeeExempt");
    private static final Set<String> KNOWN_NAMES = new java.util.HashSet<>();
    private static final int MAX_COUNT = 1000;
    private static final Set<String> COUNTRIES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

    static {
        KNOWN_NAMES.addAll(ROOT_FIELDS);
        KNOWN_NAMES.addAll(APPLICANT_FIELDS);
        KNOWN_NAMES.addAll(DOCUMENT_FIELDS);
        KNOWN_NAMES.addAll(APPLICATION_FIELDS);
        for (DocumentCode c : DocumentCode.values()) {
            KNOWN_NAMES.add(c.name());
        }
    }

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
        JsonNode root;
        try {
            root = MAPPER.readTree(withoutByteOrderMark(in));
        } catch (StreamConstraintsException e) {
            throw new CaseFormatException(Fields.WHOLE_INPUT, "too large or too deeply nested", e);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new CaseFormatException(Fields.WHOLE_INPUT, "could not be read", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new CaseFormatException(Fields.WHOLE_INPUT, "empty; expected a JSON object");
        }
        Fields c = Fields.object("", root, ROOT_FIELDS);
        return new Case(
                c.date("asOf"),
                applicant(Fields.object("applicant", c.get("applicant"), APPLICANT_FIELDS)),
                document(Fields.object("document", c.get("document"), DOCUMENT_FIELDS)),
                application(Fields.object("application", c.get("application"), APPLICATION_FIELDS)));
    }

    /** Reads one case from a string. */
    public static Case read(String json) throws CaseFormatException {
        return read(new StringReader(json));
    }

    private static Reader withoutByteOrderMark(Reader in) throws IOException {
        PushbackReader r = new PushbackReader(in, 1);
        int first = r.read();
        if (first != -1 && first != '\uFEFF') {
            r.unread(first);
        }
        return r;
    }

    private static Applicant applicant(Fields a) throws CaseFormatException {
        IdNumber iin = a.has("iin") ? IdNumber.of(a.text("iin")) : IdNumber.absent();
        Citizenship citizenship = citizenship(a);
        Boolean resident = citizenship == Citizenship.KZ && !a.has("permanentResident")
                ? null : a.bool("permanentResident");
        return new Applicant(iin, citizenship, resident, a.date("birthDate"), sex(a));
    }

    private static Citizenship citizenship(Fields a) throws CaseFormatException {
        String problem = "expected KZ, STATELESS, FOREIGN or an ISO 3166-1 alpha-2 country code";
        JsonNode v = a.required("citizenship");
        if (!v.isTextual()) {
            throw new CaseFormatException(a.path("citizenship"), problem + ", found " + Fields.kind(v));
        }
        String s = v.textValue();
        switch (s) {
            case "KZ":
                return Citizenship.KZ;
            case "STATELESS":
                return Citizenship.STATELESS;
            case "FOREIGN":
                return Citizenship.FOREIGN;
            default:
                if (COUNTRIES.contains(s)) {
                    return Citizenship.FOREIGN;
                }
                throw new CaseFormatException(a.path("citizenship"), problem);
        }
    }

    private static Sex sex(Fields a) throws CaseFormatException {
        String problem = "expected M or F (MALE or FEMALE)";
        JsonNode v = a.required("sex");
        if (!v.isTextual()) {
            throw new CaseFormatException(a.path("sex"), problem + ", found " + Fields.kind(v));
        }
        return switch (v.textValue()) {
            case "M", "MALE" -> Sex.MALE;
            case "F", "FEMALE" -> Sex.FEMALE;
            default -> throw new CaseFormatException(a.path("sex"), problem);
        };
    }

    private static Document document(Fields d) throws CaseFormatException {
        return new Document(d.enumValue("type", DocumentType.class), d.date("issued"), d.bool("iinPrinted"));
    }

    private static Application application(Fields a) throws CaseFormatException {
        boolean surrenders = a.bool("surrendersPreviousDocuments");
        boolean office = a.bool("governmentForCitizensOfficeAtResidence");
        JsonNode s = a.required("submitted");
        String path = a.path("submitted");
        if (!s.isObject()) {
            throw new CaseFormatException(path, "expected an object of document code to count, found "
                    + Fields.kind(s));
        }
        Map<DocumentCode, Integer> submitted = new EnumMap<>(DocumentCode.class);
        Iterator<Map.Entry<String, JsonNode>> it = s.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            DocumentCode code = documentCode(path, e.getKey());
            JsonNode n = e.getValue();
            String at = Fields.child(path, code.name());
            if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < 0 || n.intValue() > MAX_COUNT) {
                throw new CaseFormatException(at, "expected a whole number from 0 to " + MAX_COUNT);
            }
            submitted.put(code, n.intValue());
        }
        return new Application(surrenders, office, submitted, a.bool("stateFeeExempt", false));
    }

    private static DocumentCode documentCode(String path, String name) throws CaseFormatException {
        for (DocumentCode c : DocumentCode.values()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new CaseFormatException(Fields.child(path, Fields.safeName(name)),
                "unknown document code; expected one of " + Arrays.stream(DocumentCode.values()).map(Enum::name)
                        .collect(Collectors.joining(", ")));
    }

    private static CaseFormatException malformed(JsonProcessingException e) {
        String where = Fields.WHOLE_INPUT;
        if (e.getProcessor() instanceof JsonParser p && p.getParsingContext() != null) {
            where = knownPrefix(p.getParsingContext().pathAsPointer());
        }
        String what = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
                ? "duplicate field" : "malformed JSON";
        JsonLocation loc = e.getLocation();
        String at = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        return new CaseFormatException(where, what + at, e);
    }

    /**
     * The path where parsing stopped, cut at the first name that is not one of ours: a broken document can
     * turn a value (an IIN) into a field name, and messages must not repeat values.
     */
    private static String knownPrefix(JsonPointer pointer) {
        StringBuilder path = new StringBuilder();
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            String name = p.getMatchingProperty();
            if (!KNOWN_NAMES.contains(name)) {
                break;
            }
            path.append(path.length() == 0 ? "" : ".").append(name);
        }
        return path.length() == 0 ? Fields.WHOLE_INPUT : path.toString();
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

    private static Set<String> names(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }
}
