package kz.iin.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;

import kz.iin.rules.Case;
import kz.iin.rules.Decision;
import kz.iin.rules.EligibilityService;
import kz.iin.rules.json.CaseFormatException;
import kz.iin.rules.json.CaseJson;

/**
 * {@code POST /v1/decisions}: one case document in, the decision out, exactly as {@code iin decide} prints it.
 * An undecided case (ERROR findings) is a 200 with its findings; a body that is not a case is a 400 problem.
 */
final class DecisionsEndpoint implements Endpoint {
    private final EligibilityService service;
    private final Metrics metrics;
    private final int maxBodyBytes;

    DecisionsEndpoint(EligibilityService service, Metrics metrics, int maxBodyBytes) {
        this.service = service;
        this.metrics = metrics;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void handle(HttpExchange x) throws IOException {
        if (!Http.hasContentType(x, Http.JSON)) {
            Http.send(x, Problem.unsupportedMediaType(Http.JSON));
            return;
        }
        byte[] body;
        try {
            body = Http.readBody(x, maxBodyBytes);
        } catch (Http.BodyTooLarge e) {
            Http.refuseTooLarge(x, e, maxBodyBytes);
            return;
        }
        Case c;
        try {
            c = CaseJson.read(utf8(body));
        } catch (CaseFormatException e) {
            metrics.decision(Metrics.Outcome.REFUSED);
            Http.send(x, Problem.invalidCase(e.getMessage(), e.field()));
            return;
        }
        Decision d = service.decide(c);
        metrics.decision(d.decided() ? Metrics.Outcome.DECIDED : Metrics.Outcome.UNDECIDED);
        Http.send(x, 200, Http.JSON, CaseJson.write(d));
    }

    /** Strict UTF-8: a byte sequence that is not UTF-8 is refused, never replaced. */
    static String utf8(byte[] bytes) throws CaseFormatException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CaseFormatException("(document)", "not valid UTF-8");
        }
    }
}
