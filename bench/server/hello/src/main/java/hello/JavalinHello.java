package hello;

import io.javalin.Javalin;

/** GET /health on Javalin 6 (Jetty 11), as its own examples start a server. */
public final class JavalinHello {
    public static void main(String[] args) {
        Javalin.create(config -> config.showJavalinBanner = false)
                .get("/health", ctx -> ctx.contentType("application/json").result("{\"status\":\"UP\"}\n"))
                .start("127.0.0.1", Integer.parseInt(args[0]));
    }
}
