package kz.iin.server;

import java.io.IOException;

import com.sun.net.httpserver.HttpExchange;

/** What answers one route; the {@link Router} has already checked the path and method. */
@FunctionalInterface
interface Endpoint {
    void handle(HttpExchange x) throws IOException;
}
