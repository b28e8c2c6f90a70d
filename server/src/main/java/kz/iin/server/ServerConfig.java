package kz.iin.server;

import java.util.Map;

/**
 * How the service runs: from flags, else environment variables ({@code IIN_SERVER_*}), else defaults.
 *
 * @param host          address to bind; loopback unless asked otherwise, so a laptop run is not on the network
 * @param port          TCP port; 0 takes any free port (the bound one is printed)
 * @param maxBodyBytes  largest body of a single-case or id-check request; larger ones are refused (413)
 * @param maxLineBytes  longest line of a batch request; a longer line is answered by an error line
 * @param threads       requests handled at once
 * @param drainSeconds  how long a SIGTERM waits for requests in flight before closing
 * @param accessLog     one line per request on stderr (route, status, bytes, time; never a body or a query)
 */
public record ServerConfig(String host, int port, int maxBodyBytes, int maxLineBytes, int threads,
                           int drainSeconds, boolean accessLog) {
    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;
    public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;
    public static final int DEFAULT_DRAIN_SECONDS = 30;

    public static final String USAGE = String.join("\n",
            "Usage: iin serve [--host ADDRESS] [--port N] [--threads N] [--max-body-bytes N] [--drain-seconds N]"
                    + " [--no-access-log]",
            "Serves the eligibility rules and the IIN/BIN check over HTTP (see docs/server.md).",
            "  --host ADDRESS        address to bind (default 127.0.0.1; 0.0.0.0 for every interface)",
            "  --port N              port (default " + DEFAULT_PORT + "; 0 = any free port, printed on start)",
            "  --threads N           requests handled at once (default: 4 per processor, at least 8)",
            "  --max-body-bytes N    largest request body of /v1/decisions and /v1/ids/check (default "
                    + DEFAULT_MAX_BODY_BYTES + ")",
            "  --max-line-bytes N    longest line of /v1/decisions/batch (default " + DEFAULT_MAX_LINE_BYTES + ")",
            "  --drain-seconds N     on SIGTERM, how long requests in flight may still take (default "
                    + DEFAULT_DRAIN_SECONDS + ")",
            "  --no-access-log       no request log on stderr",
            "Each option may also be set by environment: IIN_SERVER_HOST, IIN_SERVER_PORT, IIN_SERVER_THREADS,",
            "IIN_SERVER_MAX_BODY_BYTES, IIN_SERVER_MAX_LINE_BYTES, IIN_SERVER_DRAIN_SECONDS,"
                    + " IIN_SERVER_ACCESS_LOG=false; a flag wins.");

    public ServerConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("--host must not be empty");
        }
        positiveOrZero("--port", port);
        if (port > 65535) {
            throw new IllegalArgumentException("--port must be at most 65535");
        }
        positive("--max-body-bytes", maxBodyBytes);
        positive("--max-line-bytes", maxLineBytes);
        positive("--threads", threads);
        positiveOrZero("--drain-seconds", drainSeconds);
    }

    /** The defaults: loopback, port 8080. */
    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_LINE_BYTES,
                Math.max(8, 4 * Runtime.getRuntime().availableProcessors()), DEFAULT_DRAIN_SECONDS, true);
    }

    /**
     * The configuration from {@code env} overridden by {@code args}.
     *
     * @throws IllegalArgumentException naming the option that is unknown, lacks a value or has a bad one
     */
    public static ServerConfig parse(String[] args, Map<String, String> env) {
        ServerConfig d = defaults();
        String host = env.getOrDefault("IIN_SERVER_HOST", d.host());
        int port = number("IIN_SERVER_PORT", env.get("IIN_SERVER_PORT"), d.port());
        int threads = number("IIN_SERVER_THREADS", env.get("IIN_SERVER_THREADS"), d.threads());
        int maxBody = number("IIN_SERVER_MAX_BODY_BYTES", env.get("IIN_SERVER_MAX_BODY_BYTES"), d.maxBodyBytes());
        int maxLine = number("IIN_SERVER_MAX_LINE_BYTES", env.get("IIN_SERVER_MAX_LINE_BYTES"), d.maxLineBytes());
        int drain = number("IIN_SERVER_DRAIN_SECONDS", env.get("IIN_SERVER_DRAIN_SECONDS"), d.drainSeconds());
        boolean accessLog = !"false".equalsIgnoreCase(env.getOrDefault("IIN_SERVER_ACCESS_LOG", "true"));
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--no-access-log")) {
                accessLog = false;
                continue;
            }
            String value;
            int eq = name.indexOf('=');
            if (name.startsWith("--") && eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(known(name) ? name + " needs a value" : "unknown option " + name);
            }
            switch (name) {
                case "--host" -> host = value;
                case "--port" -> port = number(name, value, port);
                case "--threads" -> threads = number(name, value, threads);
                case "--max-body-bytes" -> maxBody = number(name, value, maxBody);
                case "--max-line-bytes" -> maxLine = number(name, value, maxLine);
                case "--drain-seconds" -> drain = number(name, value, drain);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        return new ServerConfig(host, port, maxBody, maxLine, threads, drain, accessLog);
    }

    private static boolean known(String name) {
        return switch (name) {
            case "--host", "--port", "--threads", "--max-body-bytes", "--max-line-bytes", "--drain-seconds" -> true;
            default -> false;
        };
    }

    private static int number(String name, String value, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number");
        }
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    private static void positiveOrZero(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
    }
}
