package kz.iin.server;

import java.io.IOException;
import java.util.Arrays;

/**
 * {@code java -jar iin-server.jar [options]} ({@code iin serve}): starts the service, prints the address it
 * listens on, and on SIGTERM or Ctrl-C stops gracefully. Exit status 2 for a usage error, 1 if it cannot start.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            System.out.println(ServerConfig.USAGE);
            return;
        }
        ServerConfig config;
        try {
            config = ServerConfig.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("iin serve: " + e.getMessage() + " (--help lists the options)");
            System.exit(2);
            return;
        }
        // Drools logs through SLF4J: warnings and errors only, unless the user chose a level.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        DecisionServer server;
        try {
            server = DecisionServer.start(config, System.err);
        } catch (IOException e) {
            System.err.println("iin serve: cannot listen on " + config.host() + ":" + config.port() + ": "
                    + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("iin serve: stopping; requests in flight may take up to " + config.drainSeconds()
                    + " s");
            boolean drained = server.stop();
            System.err.println(drained ? "iin serve: stopped" : "iin serve: stopped; some requests were cut off");
        }, "iin-shutdown"));
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        System.out.println("iin serve: listening on http://" + host + ":" + server.port() + "/");
        System.out.flush();
    }
}
