package kz.iin.server;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A service on a free loopback port, in this JVM, and a JDK HttpClient talking to it over real HTTP. */
final class Service implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    final DecisionServer server;
    final HttpClient client = HttpClient.newHttpClient();

    private Service(DecisionServer server) {
        this.server = server;
    }

    static Service start(ServerConfig config, PrintStream log) {
        try {
            return new Service(DecisionServer.start(config, log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Defaults but any free port and no request log. */
    static Service start() {
        ServerConfig d = ServerConfig.defaults();
        return start(new ServerConfig(d.host(), 0, d.maxBodyBytes(), d.maxLineBytes(), d.threads(), 5, false),
                System.err);
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<String> post(String path, String contentType, String body) {
        return post(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
