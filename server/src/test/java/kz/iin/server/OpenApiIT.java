package kz.iin.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import kz.iin.Division;
import kz.iin.EntityType;
import kz.iin.IdError;
import kz.iin.rules.Agency;
import kz.iin.rules.DocumentCode;
import kz.iin.rules.DocumentType;
import kz.iin.rules.Fee;
import kz.iin.rules.Severity;

/**
 * {@code GET /openapi.json} read by swagger-parser as OpenAPI 3.1, and held against what the service really
 * answers: every route is described, the enums are the Java enums, and the actual responses have exactly the
 * properties their schemas list.
 */
class OpenApiIT {
    private static Service service;
    private static OpenAPI api;

    @BeforeAll
    static void start() {
        service = Service.start();
        HttpResponse<String> r = service.get("/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(r.body(), null, options);
        assertThat(result.getMessages()).isEmpty();
        api = result.getOpenAPI();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void isOpenApi31AndDescribesEveryRoute() {
        assertThat(api.getSpecVersion()).isEqualTo(SpecVersion.V31);
        assertThat(api.getOpenapi()).isEqualTo("3.1.0");
        assertThat(api.getInfo().getVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(api.getPaths().keySet()).containsExactlyInAnyOrder("/v1/decisions", "/v1/decisions/batch",
                "/v1/ids/check", "/v1/rules", "/health", "/metrics", "/openapi.json");
        assertThat(api.getPaths().get("/v1/decisions").getPost().getResponses()).containsKeys("200", "400", "413",
                "415");
    }

    @Test
    void enumsAreTheJavaEnums() {
        assertThat(names(schema("DocumentType").getEnum())).isEqualTo(names(DocumentType.values()));
        assertThat(names(schema("DocumentCode").getEnum())).isEqualTo(names(DocumentCode.values()));
        Map<String, Schema> decision = schema("Decision").getProperties();
        assertThat(names(decision.get("fee").getEnum())).isEqualTo(names(Fee.values()));
        assertThat(names(decision.get("agency").getEnum())).isEqualTo(names(Agency.values()));
        Schema<?> finding = decision.get("findings").getItems();
        assertThat(names(((Schema<?>) finding.getProperties().get("severity")).getEnum()))
                .isEqualTo(names(Severity.values()));
        Map<String, Schema> check = schema("IdCheck").getProperties();
        assertThat(names(check.get("reason").getEnum())).isEqualTo(names(IdError.values()));
        assertThat(names(check.get("type").getEnum())).isEqualTo(names(EntityType.values()));
        assertThat(names(check.get("division").getEnum())).isEqualTo(names(Division.values()));
    }

    @Test
    void actualResponsesHaveExactlyTheDescribedProperties() {
        JsonNode decided = Service.json(service.post("/v1/decisions", "application/json", DecisionsIT.CASE).body());
        assertThat(fields(decided)).isEqualTo(new TreeSet<>(schema("Decision").getRequired()));
        JsonNode undecided = Service.json(service.post("/v1/decisions", "application/json",
                DecisionsIT.CASE.replace(DecisionsIT.NUMBER, "900101300008")).body());
        assertThat(fields(undecided)).isEqualTo(new TreeSet<>(schema("Decision").getRequired()));
        Schema<?> finding = schema("Decision").getProperties().get("findings").getItems();
        assertThat(fields(undecided.get("findings").get(0))).isSubsetOf(finding.getProperties().keySet())
                .containsAll(finding.getRequired());

        JsonNode check = Service.json(service.post("/v1/ids/check", "application/json", "\"900101300007\"").body());
        assertThat(fields(check)).isEqualTo(new TreeSet<>(schema("IdCheck").getRequired()));

        JsonNode rule = Service.json(service.get("/v1/rules").body()).get(0);
        assertThat(fields(rule)).isEqualTo(new TreeSet<>(schema("RuleInCatalog").getRequired()));

        JsonNode problem = Service.json(service.post("/v1/decisions", "application/json", "{}").body());
        assertThat(fields(problem)).isSubsetOf(schema("Problem").getProperties().keySet())
                .containsAll(schema("Problem").getRequired());

        String[] batch = service.post("/v1/decisions/batch", "application/jsonl",
                BatchIT.oneLine(kz.iin.rules.RandomCases.generate(1, 1)[0]) + "\n{}\n").body().split("\n");
        Set<String> batchDecision = new TreeSet<>(schema("Decision").getRequired());
        batchDecision.add("line");
        assertThat(fields(Service.json(batch[0]))).isEqualTo(batchDecision);
        assertThat(fields(Service.json(batch[1]))).isEqualTo(new TreeSet<>(schema("BatchError").getRequired()));
    }

    private static Schema<?> schema(String name) {
        return api.getComponents().getSchemas().get(name);
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static List<String> names(List<?> values) {
        List<String> out = new ArrayList<>();
        for (Object v : values) {
            if (v != null) {
                out.add(v.toString());
            }
        }
        return out;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
