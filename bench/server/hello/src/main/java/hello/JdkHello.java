package hello;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/** GET /health on the JDK's built-in server, as iin-server sets it up (a fixed pool of request threads). */
public final class JdkHello {
    public static void main(String[] args) throws Exception {
        // Without it, headers and body leave in two packets and Nagle's algorithm holds the second one back.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        byte[] body = "{\"status\":\"UP\"}\n".getBytes(StandardCharsets.UTF_8);
        server.createContext("/health", x -> {
            x.getResponseHeaders().set("Content-Type", "application/json");
            x.sendResponseHeaders(200, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        server.start();
    }
}
