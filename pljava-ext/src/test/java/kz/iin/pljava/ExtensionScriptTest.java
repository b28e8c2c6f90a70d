package kz.iin.pljava;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the extension's scripts (packaged from this module's iin--*.sql) without a server: the psql guard is the
 * first line, every Java function's AS string names a public static method that exists with those
 * parameter and return types, and every created function is labelled as the contract says and commented.
 */
class ExtensionScriptTest {
    private static final Pattern CREATE = Pattern.compile(
            "CREATE (?:OR REPLACE )?FUNCTION (iin\\.\\w+)\\(([^)]*)\\) RETURNS (\\S+)\\s+LANGUAGE (\\w+) ([A-Z ]+)\\s+AS '((?:[^']|'')*)';");
    private static final Pattern AS = Pattern.compile("(?:([\\w.]+)=)?([\\w.]+)\\.(\\w+)\\(([^)]*)\\)");
    private static final Map<String, Class<?>> TYPES = Map.of(
            "java.lang.String", String.class, "int", int.class, "boolean", boolean.class,
            "java.lang.Integer", Integer.class, "java.time.LocalDate", LocalDate.class,
            "java.sql.ResultSet", ResultSet.class);

    static Stream<Path> scripts() throws IOException, URISyntaxException {
        Path dir = Path.of(ExtensionScriptTest.class.getResource("/kz/iin/pljava/extension/iin.control").toURI()).getParent();
        List<Path> all;
        try (Stream<Path> files = Files.list(dir)) {
            all = files.filter(p -> p.getFileName().toString().matches("iin--.*\\.sql")).sorted().toList();
        }
        assertThat(all).as("scripts in " + dir).isNotEmpty();
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void firstLineRefusesToRunInPsql(Path script) throws IOException {
        Matcher update = Pattern.compile("iin--[0-9.]+--([0-9.]+)\\.sql").matcher(script.getFileName().toString());
        String command = update.matches() ? "ALTER EXTENSION iin UPDATE TO '" + update.group(1) + "'" : "CREATE EXTENSION iin";
        assertThat(Files.readAllLines(script).get(0)).isEqualTo("\\echo Use \"" + command + "\" to load this file. \\quit");
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void everyJavaFunctionNamesAnExistingStaticMethodWithMatchingTypes(Path script) throws Exception {
        String sql = Files.readString(script, StandardCharsets.UTF_8);
        for (Matcher m = CREATE.matcher(sql); m.find(); ) {
            if (!m.group(4).equals("java")) {
                continue;
            }
            Matcher as = AS.matcher(m.group(6));
            assertThat(as.matches()).as("AS string of %s", m.group(1)).isTrue();
            List<Class<?>> params = new ArrayList<>();
            for (String p : as.group(4).split(",")) {
                if (!p.isBlank()) {
                    params.add(TYPES.get(p.strip()));
                }
            }
            assertThat(params).as("parameter types of %s", m.group(1)).doesNotContainNull();
            Method method = Class.forName(as.group(2)).getMethod(as.group(3), params.toArray(Class[]::new));
            assertThat(Modifier.isStatic(method.getModifiers())).as("%s is static", method).isTrue();
            boolean composite = params.contains(ResultSet.class);
            Class<?> expectedReturn = composite ? boolean.class : TYPES.get(as.group(1));
            assertThat(method.getReturnType()).as("return type of %s", method).isEqualTo(expectedReturn);
            assertThat(params.size() - (composite ? 1 : 0)).as("arity of %s", m.group(1))
                    .isEqualTo(argTypes(m.group(2)).split(",", -1).length - (m.group(2).isBlank() ? 1 : 0));
        }
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void everyFunctionIsLabelledAndCommented(Path script) throws IOException {
        String sql = Files.readString(script, StandardCharsets.UTF_8);
        for (Matcher m = CREATE.matcher(sql); m.find(); ) {
            String signature = m.group(1) + "(" + argTypes(m.group(2)) + ")";
            assertThat(m.group(5).strip()).as("labels of %s", signature).isEqualTo(m.group(4).equals("java")
                    ? "IMMUTABLE STRICT PARALLEL UNSAFE" : "IMMUTABLE STRICT PARALLEL SAFE");
            if (!m.group().startsWith("CREATE OR REPLACE")) { // a replaced function keeps its comment
                assertThat(sql).as("comment on %s", signature).contains("COMMENT ON FUNCTION " + signature + " IS '");
            }
        }
        assertThat(sql).as("nothing dropped with CASCADE").doesNotContain(" CASCADE;");
    }

    /** "s text" -> "text"; "birth_date date, sex text" -> "date, text". */
    private static String argTypes(String declared) {
        List<String> types = new ArrayList<>();
        for (String arg : declared.split(",")) {
            String[] words = arg.strip().split("\\s+");
            if (!arg.isBlank()) {
                types.add(words[words.length - 1]);
            }
        }
        return String.join(", ", types);
    }
}
