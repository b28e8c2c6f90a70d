package kz.iin.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.sun.net.httpserver.HttpExchange;

/** Small pieces every endpoint uses: content types, a bounded body read, writing an answer. */
final class Http {
    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String JSON_LINES = "application/jsonl";
    static final String NDJSON = "application/x-ndjson";

    private Http() {
    }

    /** Most bytes of a refused body read and thrown away, so that the refusal reaches the client. */
    static final long DISCARD_LIMIT = 64L << 20;

    /** The body exceeded its limit; nothing of it was kept. */
    static final class BodyTooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        /** The whole body was read (and dropped): the connection can carry the next request. */
        final boolean drained;

        BodyTooLarge(boolean drained) {
            super(null, null, false, false);
            this.drained = drained;
        }
    }

    /**
     * Whether the request's Content-Type is one of {@code accepted} (parameters aside; a charset, if given, must
     * be UTF-8, the only one JSON allows between systems).
     */
    static boolean hasContentType(HttpExchange x, String... accepted) {
        String header = x.getRequestHeaders().getFirst("Content-Type");
        if (header == null) {
            return false;
        }
        String[] parts = header.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("charset=")) {
                String cs = p.substring("charset=".length()).replace("\"", "");
                if (!cs.equals("utf-8") && !cs.equals("utf8")) {
                    return false;
                }
            }
        }
        for (String a : accepted) {
            if (type.equals(a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The whole body, refused once it passes {@code limit} bytes. A refused body is still read to its end (up to
     * {@link #DISCARD_LIMIT}) without being kept: a server that closes while the client is still sending makes
     * the client's network stack drop the answer, and the client would see a reset instead of the 413.
     */
    static byte[] readBody(HttpExchange x, int limit) throws IOException, BodyTooLarge {
        String length = x.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > DISCARD_LIMIT) {
                    throw new BodyTooLarge(false);
                }
            } catch (NumberFormatException e) {
                // The server itself refuses a malformed Content-Length before we get here.
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = x.getRequestBody()) {
            long read = 0;
            int n;
            while ((n = in.read(buffer)) != -1) {
                read += n;
                if (read > DISCARD_LIMIT) {
                    throw new BodyTooLarge(false);
                }
                if (read <= limit) {
                    body.write(buffer, 0, n);
                }
            }
            if (read > limit) {
                throw new BodyTooLarge(true);
            }
        }
        return body.toByteArray();
    }

    /** Refuses a body over {@code limit} (413); closes the connection when the rest of the body was not read. */
    static void refuseTooLarge(HttpExchange x, BodyTooLarge e, long limit) throws IOException {
        if (!e.drained) {
            x.getResponseHeaders().set("Connection", "close");
        }
        send(x, Problem.tooLarge(limit));
    }

    static void send(HttpExchange x, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", contentType);
        x.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    static void send(HttpExchange x, Problem p) throws IOException {
        send(x, p.status(), PROBLEM_JSON, Json.write(p.toJson()));
    }

    /** The value of query parameter {@code name} ({@code ?name=value}), or null. Values here are plain words. */
    static String query(HttpExchange x, String name) {
        String q = x.getRequestURI().getRawQuery();
        if (q == null) {
            return null;
        }
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                return eq < 0 ? "" : pair.substring(eq + 1);
            }
        }
        return null;
    }
}
