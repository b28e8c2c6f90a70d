package kz.iin.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ServerConfigTest {
    @Test
    void defaultsBindLoopbackOnly() {
        ServerConfig c = ServerConfig.parse(new String[0], Map.of());
        assertThat(c.host()).isEqualTo("127.0.0.1");
        assertThat(c.port()).isEqualTo(ServerConfig.DEFAULT_PORT);
        assertThat(c.accessLog()).isTrue();
    }

    @Test
    void environmentThenFlags() {
        Map<String, String> env = Map.of("IIN_SERVER_HOST", "0.0.0.0", "IIN_SERVER_PORT", "9000",
                "IIN_SERVER_ACCESS_LOG", "false", "IIN_SERVER_MAX_BODY_BYTES", "4096");
        ServerConfig fromEnv = ServerConfig.parse(new String[0], env);
        assertThat(fromEnv.host()).isEqualTo("0.0.0.0");
        assertThat(fromEnv.port()).isEqualTo(9000);
        assertThat(fromEnv.accessLog()).isFalse();
        assertThat(fromEnv.maxBodyBytes()).isEqualTo(4096);
        ServerConfig flags = ServerConfig.parse(new String[] {"--port", "0", "--host=::1", "--threads", "3"}, env);
        assertThat(flags.port()).isZero();
        assertThat(flags.host()).isEqualTo("::1");
        assertThat(flags.threads()).isEqualTo(3);
        assertThat(flags.maxBodyBytes()).isEqualTo(4096);
    }

    @Test
    void mistakesNameTheOption() {
        assertThatThrownBy(() -> ServerConfig.parse(new String[] {"--port"}, Map.of()))
                .hasMessage("--port needs a value");
        assertThatThrownBy(() -> ServerConfig.parse(new String[] {"--port", "http"}, Map.of()))
                .hasMessage("--port must be a whole number");
        assertThatThrownBy(() -> ServerConfig.parse(new String[] {"--port", "70000"}, Map.of()))
                .hasMessage("--port must be at most 65535");
        assertThatThrownBy(() -> ServerConfig.parse(new String[] {"--verbose"}, Map.of()))
                .hasMessage("unknown option --verbose");
        assertThatThrownBy(() -> ServerConfig.parse(new String[0], Map.of("IIN_SERVER_THREADS", "0")))
                .hasMessage("--threads must be positive");
    }
}
