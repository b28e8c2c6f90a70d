package kz.iin.server;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;

/**
 * Counters and a latency histogram, written in the Prometheus text format (version 0.0.4). Labels are route
 * templates and status codes only: never anything from a request.
 */
final class Metrics {
    /** Upper bounds of the latency buckets, in seconds. */
    private static final double[] BOUNDS = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1,
        2.5, 5, 10};

    /** One route's latency histogram. */
    private static final class Histogram {
        final LongAdder[] buckets = new LongAdder[BOUNDS.length];
        final LongAdder count = new LongAdder();
        final DoubleAdder sum = new DoubleAdder();

        Histogram() {
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = new LongAdder();
            }
        }

        void observe(double seconds) {
            for (int i = 0; i < BOUNDS.length; i++) {
                if (seconds <= BOUNDS[i]) {
                    buckets[i].increment();
                    break;
                }
            }
            count.increment();
            sum.add(seconds);
        }
    }

    /** How a case ended: decided, undecided (ERROR findings, still a 200), refused (not a valid case). */
    enum Outcome {
        DECIDED, UNDECIDED, REFUSED
    }

    private final ConcurrentHashMap<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Histogram> latency = new ConcurrentHashMap<>();
    private final LongAdder[] decisions = {new LongAdder(), new LongAdder(), new LongAdder()};
    private final LongAdder identifiers = new LongAdder();
    private final LongAdder internalErrors = new LongAdder();
    private final IntSupplier inFlight;

    Metrics(IntSupplier inFlight) {
        this.inFlight = inFlight;
    }

    void request(String route, int status, long nanos) {
        requests.computeIfAbsent(route + "\u0000" + status, k -> new LongAdder()).increment();
        latency.computeIfAbsent(route, k -> new Histogram()).observe(nanos / 1e9);
    }

    void decision(Outcome outcome) {
        decisions[outcome.ordinal()].increment();
    }

    void identifiersChecked(int n) {
        identifiers.add(n);
    }

    void internalError() {
        internalErrors.increment();
    }

    String text() {
        StringBuilder b = new StringBuilder(4096);
        b.append("# HELP iin_http_requests_total HTTP requests answered, by route and status.\n");
        b.append("# TYPE iin_http_requests_total counter\n");
        for (Map.Entry<String, LongAdder> e : new TreeMap<>(requests).entrySet()) {
            String[] key = e.getKey().split("\u0000");
            b.append("iin_http_requests_total{route=\"").append(key[0]).append("\",status=\"").append(key[1])
                    .append("\"} ").append(e.getValue().sum()).append('\n');
        }
        b.append("# HELP iin_http_request_duration_seconds Time from request to the end of its answer.\n");
        b.append("# TYPE iin_http_request_duration_seconds histogram\n");
        for (Map.Entry<String, Histogram> e : new TreeMap<>(latency).entrySet()) {
            Histogram h = e.getValue();
            String route = e.getKey();
            long cumulative = 0;
            for (int i = 0; i < BOUNDS.length; i++) {
                cumulative += h.buckets[i].sum();
                bucket(b, route, java.math.BigDecimal.valueOf(BOUNDS[i]).toPlainString(), cumulative);
            }
            long count = h.count.sum();
            bucket(b, route, "+Inf", count);
            b.append("iin_http_request_duration_seconds_sum{route=\"").append(route).append("\"} ")
                    .append(h.sum.sum()).append('\n');
            b.append("iin_http_request_duration_seconds_count{route=\"").append(route).append("\"} ")
                    .append(count).append('\n');
        }
        b.append("# HELP iin_http_requests_in_flight Requests being answered now.\n");
        b.append("# TYPE iin_http_requests_in_flight gauge\n");
        b.append("iin_http_requests_in_flight ").append(inFlight.getAsInt()).append('\n');
        b.append("# HELP iin_decisions_total Cases answered: decided, undecided (ERROR findings) or refused"
                + " (not a valid case).\n");
        b.append("# TYPE iin_decisions_total counter\n");
        for (Outcome o : Outcome.values()) {
            b.append("iin_decisions_total{outcome=\"").append(o.name().toLowerCase(java.util.Locale.ROOT))
                    .append("\"} ").append(decisions[o.ordinal()].sum()).append('\n');
        }
        b.append("# HELP iin_identifiers_checked_total Identifiers checked by /v1/ids/check.\n");
        b.append("# TYPE iin_identifiers_checked_total counter\n");
        b.append("iin_identifiers_checked_total ").append(identifiers.sum()).append('\n');
        b.append("# HELP iin_internal_errors_total Requests or batch lines that failed inside the service.\n");
        b.append("# TYPE iin_internal_errors_total counter\n");
        b.append("iin_internal_errors_total ").append(internalErrors.sum()).append('\n');
        return b.toString();
    }

    private static void bucket(StringBuilder b, String route, String le, long count) {
        b.append("iin_http_request_duration_seconds_bucket{route=\"").append(route).append("\",le=\"").append(le)
                .append("\"} ").append(count).append('\n');
    }
}
