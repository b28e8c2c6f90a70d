package kz.iin.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A refusal as RFC 9457 problem details ({@code application/problem+json}). {@code detail} and {@code field}
 * never hold a value from the request: only where and what kind of thing was wrong.
 *
 * @param type   a URI naming the kind of problem: a section of docs/server.md, or {@code about:blank} when the
 *               status says it all
 * @param field  the offending field's path in a case ({@code applicant.birthDate}), or null
 */
public record Problem(int status, String type, String title, String detail, String field) {
    /** Where the problem types are described: the sections of docs/server.md. */
    public static final String TYPES = "https://github.com/iin-kz/iin/blob/main/docs/server.md#";

    public static Problem invalidCase(String detail, String field) {
        return new Problem(400, TYPES + "invalid-case", "The case is not a valid case document", detail, field);
    }

    public static Problem invalidIds(String detail) {
        return new Problem(400, TYPES + "invalid-ids", "The identifiers cannot be checked as sent", detail, null);
    }

    public static Problem tooLarge(long limit) {
        return new Problem(413, TYPES + "body-too-large", "The request body is too large",
                "the limit is " + limit + " bytes (--max-body-bytes)", null);
    }

    public static Problem unsupportedMediaType(String expected) {
        return new Problem(415, TYPES + "unsupported-media-type", "Unsupported content type",
                "send Content-Type: " + expected, null);
    }

    public static Problem notFound() {
        return new Problem(404, "about:blank", "Not Found", "no such resource; see /openapi.json", null);
    }

    public static Problem methodNotAllowed(String allowed) {
        return new Problem(405, "about:blank", "Method Not Allowed", "use " + allowed, null);
    }

    public static Problem shuttingDown() {
        return new Problem(503, "about:blank", "Service Unavailable", "the service is shutting down", null);
    }

    public static Problem internal() {
        return new Problem(500, TYPES + "internal-error", "Internal error",
                "the request could not be answered; the service log has the kind of failure", null);
    }

    ObjectNode toJson() {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("type", type).put("title", title).put("status", status).put("detail", detail);
        if (field != null) {
            o.put("field", field);
        }
        return o;
    }
}
