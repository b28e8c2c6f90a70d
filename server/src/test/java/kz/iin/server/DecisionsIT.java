package kz.iin.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import kz.iin.rules.Case;
import kz.iin.rules.EligibilityService;
import kz.iin.rules.RandomCases;
import kz.iin.rules.engine.RuleInfo;
import kz.iin.rules.json.CaseJson;

/** {@code POST /v1/decisions} through real HTTP: the same bytes as {@code iin decide}, and every refusal. */
class DecisionsIT {
    /** Valid IIN 900101300007 (golden vectors), a KZ citizen with an ID card printed without an IIN. */
    static final String CASE = "{\"asOf\":\"2014-03-01\",\"applicant\":{\"iin\":\"900101300007\","
            + "\"citizenship\":\"KZ\",\"birthDate\":\"1990-01-01\",\"sex\":\"M\"},\"document\":{\"type\":\"ID_CARD\","
            + "\"issued\":\"2006-05-20\",\"iinPrinted\":false},\"application\":{\"surrendersPreviousDocuments\":true,"
            + "\"governmentForCitizensOfficeAtResidence\":true,\"submitted\":{\"ID_COPY\":1,\"ID_ORIGINAL\":1,"
            + "\"ADDRESS_REFERENCE\":1,\"PHOTOS\":2}}}";
    static final String NUMBER = "900101300007";

    private static Service service;

    @BeforeAll
    static void start() {
        service = Service.start();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void answersExactlyWhatTheSharedWriterWritesForTheInProcessDecision() throws Exception {
        for (Case c : RandomCases.generate(200, 19)) {
            String body = CaseJson.write(c);
            HttpResponse<String> r = service.post("/v1/decisions", "application/json", body);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(r.body()).isEqualTo(CaseJson.write(EligibilityService.shared().decide(c)));
        }
    }

    @Test
    void aDecidedCase() {
        HttpResponse<String> r = service.post("/v1/decisions", "application/json; charset=UTF-8", CASE);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode d = Service.json(r.body());
        assertThat(d.get("documentValid").asBoolean()).isFalse();
        assertThat(d.get("reissueRequired").asBoolean()).isTrue();
        assertThat(d.get("findings").toString()).doesNotContain("\"ERROR\"");
        assertThat(r.body()).doesNotContain(NUMBER);
    }

    @Test
    void anUndecidedCaseIsA200WithItsFindings() {
        String noCheckDigit = CASE.replace(NUMBER, "900101300008");
        HttpResponse<String> r = service.post("/v1/decisions", "application/json", noCheckDigit);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode d = Service.json(r.body());
        assertThat(d.get("documentValid").isNull()).isTrue();
        assertThat(d.get("findings").get(0).get("severity").asText()).isEqualTo("ERROR");
        assertThat(d.get("findings").get(0).get("field").asText()).isEqualTo("applicant.iin");
    }

    @Test
    void aByteOrderMarkAndTheAliasesAreAccepted() {
        String aliased = "\uFEFF" + CASE.replace("\"sex\":\"M\"", "\"sex\":\"MALE\"");
        HttpResponse<String> r = service.post("/v1/decisions", "application/json", aliased);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(service.post("/v1/decisions", "application/json", CASE).body());
    }

    @Test
    void anUnknownFieldIsAProblemNamingTheField() {
        HttpResponse<String> r = service.post("/v1/decisions", "application/json",
                CASE.replace("\"sex\":\"M\"", "\"sex\":\"M\",\"nickname\":\"" + NUMBER + "\""));
        JsonNode p = problem(r, 400);
        assertThat(p.get("type").asText()).endsWith("#invalid-case");
        assertThat(p.get("field").asText()).startsWith("applicant");
        assertThat(p.get("detail").asText()).isNotBlank();
    }

    @Test
    void malformedJsonIsAProblemThatDoesNotRepeatTheNumber() {
        // A broken document can turn the number into a field name: the answer must still not repeat it.
        HttpResponse<String> r = service.post("/v1/decisions", "application/json",
                "{\"applicant\":{\"" + NUMBER + "\" \"iin\"}");
        JsonNode p = problem(r, 400);
        assertThat(p.get("detail").asText()).contains("malformed JSON");
        assertThat(r.body()).doesNotContain(NUMBER).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] latin1 = CASE.replace("\"KZ\"", "\"K\u00c9\"").getBytes(StandardCharsets.ISO_8859_1);
        JsonNode p = problem(service.post("/v1/decisions", "application/json", latin1), 400);
        assertThat(p.get("detail").asText()).contains("UTF-8");
    }

    @Test
    void anEmptyBodyIsRefused() {
        problem(service.post("/v1/decisions", "application/json", ""), 400);
    }

    @Test
    void aWrongOrMissingContentTypeIs415() {
        assertThat(problem(service.post("/v1/decisions", "text/plain", CASE), 415).get("detail").asText())
                .contains("application/json");
        problem(service.post("/v1/decisions", null, CASE), 415);
        problem(service.post("/v1/decisions", "application/json; charset=windows-1251", CASE), 415);
    }

    @Test
    void aBodyOverTheLimitIs413() {
        byte[] big = new byte[ServerConfig.DEFAULT_MAX_BODY_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        HttpResponse<String> r = service.post("/v1/decisions", "application/json", big);
        JsonNode p = problem(r, 413);
        assertThat(p.get("detail").asText()).contains(Integer.toString(ServerConfig.DEFAULT_MAX_BODY_BYTES));
        // The refused body was read to its end, so the connection carries the next request.
        assertThat(service.post("/v1/decisions", "application/json", CASE).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownPathsAndWrongMethodsAreProblemsToo() {
        JsonNode notFound = problem(service.get("/v1/ids/" + NUMBER), 404);
        assertThat(notFound.toString()).doesNotContain(NUMBER);
        HttpResponse<String> wrongMethod = service.get("/v1/decisions");
        problem(wrongMethod, 405);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void rulesListEveryRuleOfTheServiceWithItsCitationAndPeriod() {
        HttpResponse<String> r = service.get("/v1/rules");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode rules = Service.json(r.body());
        List<RuleInfo> expected = EligibilityService.shared().rules();
        assertThat(rules.size()).isEqualTo(expected.size()).isGreaterThan(30);
        for (int i = 0; i < expected.size(); i++) {
            RuleInfo rule = expected.get(i);
            JsonNode item = rules.get(i);
            assertThat(item.get("name").asText()).isEqualTo(rule.name());
            assertThat(item.get("title").asText()).isEqualTo(rule.title());
            assertThat(item.get("citation").asText()).isEqualTo(rule.citation());
            assertThat(item.get("effectiveFrom").asText()).isEqualTo(rule.from().toString());
            assertThat(item.get("effectiveUntil").isNull()).isEqualTo(rule.until() == null);
        }
        // Every rule a decision names is in the catalog, with the same citation.
        JsonNode decision = Service.json(service.post("/v1/decisions", "application/json", CASE).body());
        for (JsonNode fired : decision.get("firedRules")) {
            assertThat(rules.findValuesAsText("name")).contains(fired.get("name").asText());
        }
    }

    @Test
    void healthSaysUp() {
        HttpResponse<String> r = service.get("/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Service.json(r.body()).get("status").asText()).isEqualTo("UP");
    }

    static JsonNode problem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode p = Service.json(r.body());
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("type").asText()).isNotBlank();
        assertThat(p.get("title").asText()).isNotBlank();
        return p;
    }
}
