package kz.iin.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import kz.iin.rules.EligibilityService;
import kz.iin.rules.json.CaseFormatException;
import kz.iin.rules.json.CaseJson;

/**
 * The HTTP service on the JDK's built-in server: routes, a fixed pool of request threads, and a graceful stop.
 * Ready when {@link #start} returns: the rules are loaded and have decided one case, so the first request is
 * not the one that pays for it.
 */
public final class DecisionServer implements AutoCloseable {
    /** A case decided once at start, so the rule engine is loaded before the port opens. Synthetic number. */
    private static final String WARM_UP_CASE = "{\"asOf\":\"2014-03-01\",\"applicant\":{\"iin\":\"750304300010\","
            + "\"citizenship\":\"KZ\",\"birthDate\":\"1975-03-04\",\"sex\":\"M\"},\"document\":{\"type\":\"ID_CARD\","
            + "\"issued\":\"1996-05-20\",\"iinPrinted\":false},\"application\":{\"surrendersPreviousDocuments\":true,"
            + "\"governmentForCitizensOfficeAtResidence\":true,\"submitted\":{\"PHOTOS\":1}}}";

    private final ServerConfig config;
    private final HttpServer server;
    private final ExecutorService pool;
    private final Router router;

    private DecisionServer(ServerConfig config, HttpServer server, ExecutorService pool, Router router) {
        this.config = config;
        this.server = server;
        this.pool = pool;
        this.router = router;
    }

    /** Loads the rules, binds, and starts answering; the request log (if on) goes to {@code log}. */
    public static DecisionServer start(ServerConfig config, PrintStream log) throws IOException {
        EligibilityService service = EligibilityService.shared();
        try {
            service.decide(CaseJson.read(WARM_UP_CASE));
        } catch (CaseFormatException e) {
            throw new IllegalStateException("the built-in warm-up case does not read", e);
        }
        Router router = new Router(config.accessLog() ? new RequestLog(log) : RequestLog.off());
        Metrics metrics = router.metrics();
        String openApi = resource("openapi.json");
        String rules = RuleList.json(service.rules());
        router.add("POST", "/v1/decisions", new DecisionsEndpoint(service, metrics, config.maxBodyBytes()))
                .add("POST", "/v1/decisions/batch", new BatchEndpoint(service, metrics, config.maxLineBytes()))
                .add("POST", "/v1/ids/check", new IdsCheckEndpoint(metrics, config.maxBodyBytes()))
                .add("GET", "/v1/rules", x -> Http.send(x, 200, Http.JSON, rules))
                .add("GET", "/health", x -> Http.send(x, 200, Http.JSON, "{\"status\":\"UP\"}\n"))
                .add("GET", "/metrics", x -> Http.send(x, 200, "text/plain; version=0.0.4; charset=utf-8",
                        metrics.text()))
                .add("GET", "/openapi.json", x -> Http.send(x, 200, Http.JSON, openApi));

        // Headers and body leave in two writes; with Nagle's algorithm on, the body waits for the client's
        // delayed ACK (tens of milliseconds per keep-alive request). Read once, when the server class loads.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 0);
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(config.threads(), config.threads(), 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> new Thread(r, "iin-request-" + n.incrementAndGet()));
        server.setExecutor(pool);
        server.createContext("/", router);
        server.start();
        return new DecisionServer(config, server, pool, router);
    }

    /** The bound port (the one chosen when the configuration said 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    public String host() {
        return config.host();
    }

    /**
     * Stops gracefully: new requests are answered 503 at once, those in flight may finish within the
     * configured drain time, then the port closes.
     *
     * @return true when every request in flight finished in time
     */
    public boolean stop() {
        boolean drained;
        try {
            drained = router.drain(Duration.ofSeconds(config.drainSeconds()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            drained = false;
        }
        server.stop(0);
        pool.shutdown();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return drained;
    }

    @Override
    public void close() {
        stop();
    }

    private static String resource(String name) {
        try (InputStream in = DecisionServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
