package kz.iin.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.iin.Bin;
import kz.iin.Division;
import kz.iin.EntityType;
import kz.iin.Iin;
import kz.iin.Sex;
import kz.iin.rules.json.CaseFormatException;
import kz.iin.rules.json.CaseJson;

/**
 * The rule-path cases in {@code kz/iin/rules/cases.json}, with generated IINs filled in (see the file's
 * "about" for the tokens).
 */
final class CaseTable {
    /** What a decision must be, summarised so that one equality check covers the whole decision. */
    record Summary(Boolean documentValid, Boolean reissueRequired, Boolean reissueAvailable, Fee fee,
                   Agency agency, List<String> missingDocuments, Set<String> findings,
                   Set<String> firedRules) {
        static Summary of(Decision d) {
            List<String> missing = d.missingDocuments() == null ? null
                    : d.missingDocuments().stream().map(m -> m.value()).toList();
            Set<String> findings = new TreeSet<>();
            d.findings().forEach(f -> findings.add(f.severity() + " " + f.code()));
            Set<String> fired = new TreeSet<>();
            d.firedRules().forEach(r -> fired.add(r.name()));
            return new Summary(d.documentValid(), d.reissueRequired(), d.reissueAvailable(), d.fee(), d.agency(),
                    missing, findings, fired);
        }
    }

    record Row(String name, String note, String json, Case theCase, Summary expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CaseTable() {
    }

    static List<Row> rows() {
        try (InputStream in = CaseTable.class.getResourceAsStream("cases.json")) {
            JsonNode root = MAPPER.readTree(in);
            List<Row> rows = new ArrayList<>();
            for (JsonNode row : root.get("cases")) {
                ObjectNode c = (ObjectNode) row.get("case").deepCopy();
                resolveIin((ObjectNode) c.get("applicant"));
                String json = MAPPER.writeValueAsString(c);
                rows.add(new Row(row.get("name").asText(), row.get("note").asText(), json, CaseJson.read(json),
                        expected(row.get("expect"))));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CaseFormatException e) {
            throw new IllegalStateException("cases.json holds an unreadable case: " + e.getMessage(), e);
        }
    }

    private static void resolveIin(ObjectNode applicant) {
        JsonNode token = applicant.get("iin");
        if (token == null || !token.isTextual()) {
            return;
        }
        String t = token.asText();
        LocalDate born = LocalDate.parse(applicant.get("birthDate").asText());
        Sex sex = sex(applicant.get("sex").asText());
        String value;
        if (t.equals("generate")) {
            value = Iin.firstAssignable(born, sex, 1).value();
        } else if (t.startsWith("generate:")) {
            String[] p = t.split(":");
            value = Iin.firstAssignable(LocalDate.parse(p[1]), sex(p[2]), 1).value();
        } else if (t.equals("generate-bin")) {
            value = Bin.firstAssignable(YearMonth.of(2010, 5), EntityType.RESIDENT, Division.HEAD_OFFICE, 1).value();
        } else if (t.equals("mutate-check-digit")) {
            String v = Iin.firstAssignable(born, sex, 1).value();
            value = v.substring(0, 11) + (char) ('0' + (v.charAt(11) - '0' + 1) % 10);
        } else if (Iin.isValid(t)) {
            throw new IllegalStateException("cases.json: write valid IINs as generate tokens, not literally");
        } else {
            value = t;
        }
        applicant.put("iin", value);
    }

    private static Sex sex(String text) {
        return text.startsWith("M") ? Sex.MALE : Sex.FEMALE;
    }

    private static Summary expected(JsonNode e) {
        List<String> missing = null;
        if (!e.get("missingDocuments").isNull()) {
            missing = new ArrayList<>();
            for (JsonNode m : e.get("missingDocuments")) {
                missing.add(m.asText());
            }
        }
        Set<String> findings = new TreeSet<>();
        e.get("findings").forEach(f -> findings.add(f.asText()));
        Set<String> fired = new TreeSet<>();
        e.get("firedRules").forEach(f -> fired.add(f.asText()));
        return new Summary(bool(e.get("documentValid")), bool(e.get("reissueRequired")),
                bool(e.get("reissueAvailable")),
                e.get("fee").isNull() ? null : Fee.valueOf(e.get("fee").asText()),
                e.get("agency").isNull() ? null : Agency.valueOf(e.get("agency").asText()),
                missing == null ? null : List.copyOf(missing), findings, fired);
    }

    private static Boolean bool(JsonNode n) {
        return n.isNull() ? null : n.booleanValue();
    }
}
