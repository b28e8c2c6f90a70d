package kz.iin.server;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Sends each request to its endpoint by exact path and method, and around every request: counts it in flight
 * (for a graceful stop), times it, logs it, and turns any failure into a problem response, never a stack trace.
 */
final class Router implements HttpHandler {
    private static final String UNKNOWN = "(unknown)";

    private record Route(String method, Endpoint endpoint) {
    }

    private final Map<String, Route> routes = new LinkedHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Metrics metrics = new Metrics(inFlight::get);
    private final RequestLog log;
    private volatile boolean draining;

    Router(RequestLog log) {
        this.log = log;
    }

    Router add(String method, String path, Endpoint endpoint) {
        routes.put(path, new Route(method, endpoint));
        return this;
    }

    Metrics metrics() {
        return metrics;
    }

    @Override
    public void handle(HttpExchange x) throws IOException {
        long start = System.nanoTime();
        inFlight.incrementAndGet();
        String path = x.getRequestURI().getRawPath();
        Route route = routes.get(path);
        String name = route == null ? UNKNOWN : path;
        try {
            if (draining) {
                x.getResponseHeaders().set("Connection", "close");
                Http.send(x, Problem.shuttingDown());
            } else if (route == null) {
                Http.send(x, Problem.notFound());
            } else if (!route.method().equals(x.getRequestMethod())) {
                x.getResponseHeaders().set("Allow", route.method());
                Http.send(x, Problem.methodNotAllowed(route.method()));
            } else {
                route.endpoint().handle(x);
            }
        } catch (IOException e) {
            // The client went away or sent a broken stream: nobody to answer.
            log.failed(name, e);
        } catch (RuntimeException | Error e) {
            metrics.internalError();
            log.failed(name, e);
            if (x.getResponseCode() == -1) {
                try {
                    Http.send(x, Problem.internal());
                } catch (IOException ignored) {
                    // Nothing more can be said to this client.
                }
            }
        } finally {
            x.close();
            long nanos = System.nanoTime() - start;
            metrics.request(name, x.getResponseCode(), nanos);
            log.answered(x.getRequestMethod(), name, x.getResponseCode(), nanos);
            inFlight.decrementAndGet();
        }
    }

    /** From now on every new request is answered 503; waits up to {@code grace} for those in flight. */
    boolean drain(Duration grace) throws InterruptedException {
        draining = true;
        long deadline = System.nanoTime() + grace.toNanos();
        while (inFlight.get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }
}
