package kz.iin.pljava;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks the hand-written deployment descriptor without a server: every Java function's AS string
 * names a public static method that exists with those parameter and return types, every created
 * function is commented, labelled as the contract says and dropped again by the REMOVE actions.
 */
class DeploymentDescriptorTest {
    private static final Pattern CREATE = Pattern.compile(
            "CREATE FUNCTION (iin\\.\\w+)\\(([^)]*)\\) RETURNS (\\S+)\\s+LANGUAGE (\\w+) ([A-Z ]+)\\s+AS '((?:[^']|'')*)';");
    private static final Pattern AS = Pattern.compile("(?:([\\w.]+)=)?([\\w.]+)\\.(\\w+)\\(([^)]*)\\)");
    private static final Map<String, Class<?>> TYPES = Map.of(
            "java.lang.String", String.class, "int", int.class, "boolean", boolean.class,
            "java.lang.Integer", Integer.class, "java.time.LocalDate", LocalDate.class,
            "java.sql.ResultSet", ResultSet.class);

    private final String ddr = read();

    @Test
    void everyJavaFunctionNamesAnExistingStaticMethodWithMatchingTypes() throws Exception {
        int javaFunctions = 0;
        for (Matcher m = CREATE.matcher(installPart()); m.find(); ) {
            if (!m.group(4).equals("java")) {
                continue;
            }
            javaFunctions++;
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
        assertThat(javaFunctions).isEqualTo(19);
    }

    @Test
    void everyFunctionIsLabelledCommentedAndRemovedAgain() {
        Set<String> created = new LinkedHashSet<>();
        for (Matcher m = CREATE.matcher(installPart()); m.find(); ) {
            String signature = m.group(1) + "(" + argTypes(m.group(2)) + ")";
            created.add(signature);
            String labels = m.group(5).strip();
            assertThat(labels).as("labels of %s", signature).isEqualTo(m.group(4).equals("java")
                    ? "IMMUTABLE STRICT PARALLEL UNSAFE" : "IMMUTABLE STRICT PARALLEL SAFE");
            assertThat(installPart()).as("comment on %s", signature).contains("COMMENT ON FUNCTION " + signature + " IS '");
        }
        Set<String> dropped = new LinkedHashSet<>();
        for (Matcher m = Pattern.compile("DROP FUNCTION (iin\\.\\w+\\([^)]*\\));").matcher(removePart()); m.find(); ) {
            dropped.add(m.group(1));
        }
        assertThat(dropped).containsExactlyInAnyOrderElementsOf(created);
        for (String type : List.of("DOMAIN iin.iin", "DOMAIN iin.bin", "TYPE iin.iin_info", "TYPE iin.bin_info")) {
            assertThat(installPart()).contains("CREATE " + type + " AS").contains("COMMENT ON " + type + " IS '");
            assertThat(removePart()).contains("DROP " + type + ";");
        }
        assertThat(removePart()).doesNotContain(" CASCADE;").contains("DROP SCHEMA iin;");
        assertThat(ddr).as("no -- comments: the descriptor joins lines").doesNotContain("\n--");
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

    private String installPart() {
        return ddr.substring(ddr.indexOf("BEGIN INSTALL"), ddr.indexOf("END INSTALL"));
    }

    private String removePart() {
        return ddr.substring(ddr.indexOf("BEGIN REMOVE"), ddr.indexOf("END REMOVE"));
    }

    private static String read() {
        try (InputStream in = DeploymentDescriptorTest.class.getResourceAsStream("/kz/iin/pljava/iin.ddr")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
