package kz.iin.server;

import java.io.PrintStream;
import java.time.Instant;

/**
 * One line per answered request: time, method, route template, status, milliseconds. Never the path as sent
 * (a client may put a number in it), a query, a header or a body: the log holds no personal data.
 */
final class RequestLog {
    private final PrintStream out;

    RequestLog(PrintStream out) {
        this.out = out;
    }

    static RequestLog off() {
        return new RequestLog(null);
    }

    void answered(String method, String route, int status, long nanos) {
        if (out != null) {
            out.println(Instant.now() + " " + method + " " + route + " " + status + " "
                    + String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e6) + "ms");
        }
    }

    /** A failure inside the service: its kind only (an exception message may quote a value). */
    void failed(String route, Throwable e) {
        if (out != null) {
            out.println(Instant.now() + " ERROR " + route + " " + e.getClass().getName());
        }
    }
}
