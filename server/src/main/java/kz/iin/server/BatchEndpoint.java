package kz.iin.server;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;

import kz.iin.rules.Decision;
import kz.iin.rules.EligibilityService;
import kz.iin.rules.json.CaseFormatException;
import kz.iin.rules.json.CaseJson;

/**
 * {@code POST /v1/decisions/batch}: JSON Lines in, JSON Lines out, one answer per non-blank line in input order,
 * as {@code iin decide --jsonl} writes them. Streamed both ways: one line is held at a time, answers go out while
 * the request is still arriving, so memory does not grow with the batch. A line that is not a case is answered by
 * an error line at its place, with its line number, and the batch goes on.
 */
final class BatchEndpoint implements Endpoint {
    private final EligibilityService service;
    private final Metrics metrics;
    private final int maxLineBytes;

    BatchEndpoint(EligibilityService service, Metrics metrics, int maxLineBytes) {
        this.service = service;
        this.metrics = metrics;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public void handle(HttpExchange x) throws IOException {
        if (!Http.hasContentType(x, Http.JSON_LINES, Http.NDJSON)) {
            Http.send(x, Problem.unsupportedMediaType(Http.JSON_LINES + " (or " + Http.NDJSON + ")"));
            return;
        }
        x.getResponseHeaders().set("Content-Type", Http.JSON_LINES);
        x.sendResponseHeaders(200, 0);
        try (InputStream in = x.getRequestBody();
             OutputStream out = new BufferedOutputStream(x.getResponseBody(), 1 << 16)) {
            JsonLinesReader lines = new JsonLinesReader(in, maxLineBytes);
            JsonLinesReader.Line line;
            while ((line = lines.next()) != null) {
                String answer = answer(line);
                if (answer != null) {
                    out.write(answer.getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                }
                if (!lines.moreReady()) {
                    // The client is waiting for us (or sends slowly): let it have what is decided so far.
                    out.flush();
                }
            }
        }
    }

    /** The answer line for one input line, or null for a blank line (skipped, as {@code iin decide} does). */
    private String answer(JsonLinesReader.Line line) {
        if (line.tooLong()) {
            metrics.decision(Metrics.Outcome.REFUSED);
            return CaseJson.errorLine(line.number(), "line longer than " + maxLineBytes + " bytes");
        }
        String text;
        try {
            text = DecisionsEndpoint.utf8(line.bytes());
        } catch (CaseFormatException e) {
            metrics.decision(Metrics.Outcome.REFUSED);
            return CaseJson.errorLine(line.number(), "not valid UTF-8");
        }
        if (text.isBlank()) {
            return null;
        }
        try {
            Decision d = service.decide(CaseJson.read(text));
            metrics.decision(d.decided() ? Metrics.Outcome.DECIDED : Metrics.Outcome.UNDECIDED);
            return CaseJson.writeLine(d, line.number());
        } catch (CaseFormatException e) {
            metrics.decision(Metrics.Outcome.REFUSED);
            return CaseJson.errorLine(line.number(), "not a valid case: " + e.getMessage());
        } catch (RuntimeException e) {
            // A defect of the rules for this one case: said on its line (its kind only), the others still decided.
            metrics.internalError();
            return CaseJson.errorLine(line.number(), "not decided (internal error, please report)");
        }
    }
}
