package kz.iin.server;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;

import kz.iin.rules.json.CaseFormatException;

/**
 * {@code POST /v1/ids/check}: a JSON string (one identifier) or an array of strings in; the check of each out,
 * an object or an array of objects in the same order. Inputs are echoed masked unless {@code ?mask=false};
 * {@code ?lenient=true} and {@code ?compact=true} judge as {@code iin check --lenient --compact} do.
 */
final class IdsCheckEndpoint implements Endpoint {
    /** Most identifiers in one request. */
    static final int MAX_IDS = 10_000;

    private final Metrics metrics;
    private final int maxBodyBytes;

    IdsCheckEndpoint(Metrics metrics, int maxBodyBytes) {
        this.metrics = metrics;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void handle(HttpExchange x) throws IOException {
        IdCheck.Options options;
        try {
            options = new IdCheck.Options(flag(x, "lenient", false), flag(x, "compact", false),
                    flag(x, "mask", true));
        } catch (IllegalArgumentException e) {
            Http.send(x, Problem.invalidIds(e.getMessage()));
            return;
        }
        if (!Http.hasContentType(x, Http.JSON)) {
            Http.send(x, Problem.unsupportedMediaType(Http.JSON));
            return;
        }
        JsonNode body;
        try {
            body = Json.MAPPER.readTree(DecisionsEndpoint.utf8(Http.readBody(x, maxBodyBytes)));
        } catch (Http.BodyTooLarge e) {
            Http.refuseTooLarge(x, e, maxBodyBytes);
            return;
        } catch (CaseFormatException e) {
            Http.send(x, Problem.invalidIds("not valid UTF-8"));
            return;
        } catch (JsonProcessingException e) {
            // Jackson's message may quote the offending token (a number): only its place is said.
            String at = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            Http.send(x, Problem.invalidIds("malformed JSON" + at));
            return;
        }
        IdCheck check = new IdCheck(options);
        if (body != null && body.isTextual()) {
            metrics.identifiersChecked(1);
            Http.send(x, 200, Http.JSON, Json.write(check.check(body.textValue())));
            return;
        }
        if (body == null || !body.isArray()) {
            Http.send(x, Problem.invalidIds("expected a JSON string or an array of strings"));
            return;
        }
        if (body.size() > MAX_IDS) {
            Http.send(x, Problem.invalidIds("more than " + MAX_IDS + " identifiers; send several requests"));
            return;
        }
        ArrayNode results = Json.MAPPER.createArrayNode();
        for (int i = 0; i < body.size(); i++) {
            JsonNode id = body.get(i);
            if (!id.isTextual()) {
                Http.send(x, Problem.invalidIds("[" + i + "]: expected a string"));
                return;
            }
            results.add(check.check(id.textValue()));
        }
        metrics.identifiersChecked(body.size());
        Http.send(x, 200, Http.JSON, Json.write(results));
    }

    private static boolean flag(HttpExchange x, String name, boolean fallback) {
        String v = Http.query(x, name);
        if (v == null) {
            return fallback;
        }
        return switch (v) {
            case "true", "" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("query parameter " + name + " must be true or false");
        };
    }
}
