package kz.iin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API of {@code kz.iin} is a contract: every public signature that differs from the record
 * ({@code core/api/kz.iin.txt}) must be named in the [Unreleased] section of {@code CHANGELOG.md}
 * (as {@code Type.member} or {@code Type}).
 *
 * <p>Refresh the record (after a release, or once the changelog names the change):
 * {@code mvn -B -q -pl core test -Dtest=PublicApiTest -Diin.api.record=true}
 */
class PublicApiTest {
    static final Path RECORD = Paths.get("api", "kz.iin.txt");
    static final Path CHANGELOG = Paths.get("..", "CHANGELOG.md");
    static final String REFRESH = "mvn -B -q -pl core test -Dtest=PublicApiTest -Diin.api.record=true";

    @Test
    void everyChangeToThePublicApiIsInTheChangelog() throws Exception {
        List<String> current = signatures();
        if (Boolean.getBoolean("iin.api.record")) {
            Files.writeString(RECORD, String.join("\n", current) + "\n", StandardCharsets.UTF_8);
            System.out.println("RECORDED: " + current.size() + " public signatures of kz.iin in core/" + RECORD);
            return;
        }
        List<String> recorded = Files.readAllLines(RECORD, StandardCharsets.UTF_8);
        String unreleased = unreleasedSection();
        List<String> unnamed = new ArrayList<>();
        for (String line : difference(current, recorded)) {
            if (!unreleased.contains(nameOf(line.substring(2)))) {
                unnamed.add(line + "   (CHANGELOG.md names no " + nameOf(line.substring(2)) + ")");
            }
        }
        assertThat(unnamed).as("public API of kz.iin changed without the changelog saying so (+ added, - removed)."
                + " Name each change in CHANGELOG.md under [Unreleased]; to accept the API as it is: " + REFRESH)
                .isEmpty();
    }

    @Test
    void theRecordIsReadableAndCoversTheCore() throws IOException {
        List<String> recorded = Files.readAllLines(RECORD, StandardCharsets.UTF_8);
        assertThat(recorded).isSorted().anyMatch(l -> l.contains("kz.iin.Iin.isValid(java.lang.CharSequence)"));
        assertThat(nameOf("public static boolean kz.iin.Iin.isValid(java.lang.CharSequence)")).isEqualTo("Iin.isValid");
        assertThat(nameOf("public final class kz.iin.InvalidIdException extends java.lang.IllegalArgumentException"))
                .isEqualTo("InvalidIdException");
        assertThat(nameOf("public static final kz.iin.Sex kz.iin.Sex.MALE")).isEqualTo("Sex.MALE");
    }

    /** "+ line" for each signature only in {@code current}, "- line" for each only in {@code recorded}. */
    static List<String> difference(List<String> current, List<String> recorded) {
        return Stream.concat(current.stream().filter(s -> !recorded.contains(s)).map(s -> "+ " + s),
                recorded.stream().filter(s -> !current.contains(s)).map(s -> "- " + s)).collect(Collectors.toList());
    }

    /** {@code Type.member} for a member's signature, {@code Type} for a type's. */
    static String nameOf(String signature) {
        String beforeParameters = signature.contains("(") ? signature.substring(0, signature.indexOf('(')) : signature;
        String[] words = beforeParameters.split(" ");
        boolean isType = Arrays.asList(words).stream().anyMatch(w -> w.equals("class") || w.equals("interface")
                || w.equals("enum") || w.equals("record") || w.equals("@interface"));
        String qualified = isType ? typeNameIn(words) : words[words.length - 1];
        String local = qualified.substring("kz.iin.".length());
        return local.replace('$', '.');
    }

    private static String typeNameIn(String[] words) {
        for (int i = 0; i < words.length; i++) {
            if (words[i].startsWith("kz.iin.")) {
                return words[i];
            }
        }
        throw new IllegalArgumentException("no type name in " + String.join(" ", words));
    }

    private static String unreleasedSection() throws IOException {
        String changelog = Files.readString(CHANGELOG, StandardCharsets.UTF_8);
        int start = changelog.indexOf("## [Unreleased]");
        assertThat(start).as("CHANGELOG.md has an [Unreleased] section").isNotNegative();
        int end = changelog.indexOf("\n## [", start + 1);
        return end < 0 ? changelog.substring(start) : changelog.substring(start, end);
    }

    /** The public and protected signatures of the public types of kz.iin, sorted. */
    static List<String> signatures() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Paths.get(Iin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names;
        try (Stream<Path> files = Files.list(classes.resolve("kz/iin"))) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class"))
                    .map(n -> "kz.iin." + n.substring(0, n.length() - ".class".length())).sorted()
                    .collect(Collectors.toList());
        }
        TreeSet<String> lines = new TreeSet<>();
        for (String name : names) {
            Class<?> type = Class.forName(name, false, Iin.class.getClassLoader());
            if (!isVisible(type)) {
                continue;
            }
            lines.add(describe(type));
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (isVisible(constructor)) {
                    lines.add(constructor.toGenericString());
                }
            }
            for (Method method : type.getDeclaredMethods()) {
                if (isVisible(method) && !method.isSynthetic() && !method.isBridge()) {
                    lines.add(method.toGenericString());
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (isVisible(field) && !field.isSynthetic()) {
                    lines.add(field.toGenericString());
                }
            }
        }
        return new ArrayList<>(lines);
    }

    private static boolean isVisible(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                return false;
            }
        }
        return !type.isAnonymousClass() && !type.isLocalClass() && !type.isSynthetic();
    }

    private static boolean isVisible(Member member) {
        return Modifier.isPublic(member.getModifiers()) || Modifier.isProtected(member.getModifiers());
    }

    private static String describe(Class<?> type) {
        String kind = type.isAnnotation() ? "@interface" : type.isInterface() ? "interface" : type.isEnum() ? "enum"
                : type.isRecord() ? "record" : "class";
        int modifiers = type.getModifiers() & (type.isInterface() ? ~(Modifier.ABSTRACT | Modifier.INTERFACE) : ~0);
        StringBuilder out = new StringBuilder();
        String flags = Modifier.toString(modifiers) + (type.isSealed() ? " sealed" : "");
        out.append(flags.strip()).append(flags.isBlank() ? "" : " ").append(kind).append(' ').append(type.getName());
        if (type.getGenericSuperclass() != null && !type.isEnum() && !type.isRecord()
                && type.getSuperclass() != Object.class) {
            out.append(" extends ").append(type.getGenericSuperclass().getTypeName());
        }
        String interfaces = Arrays.stream(type.getGenericInterfaces()).map(java.lang.reflect.Type::getTypeName)
                .collect(Collectors.joining(", "));
        if (!interfaces.isEmpty()) {
            out.append(type.isInterface() ? " extends " : " implements ").append(interfaces);
        }
        if (type.isSealed()) {
            out.append(" permits ").append(Arrays.stream(type.getPermittedSubclasses()).map(Class::getName).sorted()
                    .collect(Collectors.joining(", ")));
        }
        return out.toString();
    }
}
