package kz.iin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core is a named module {@code kz.iin}: a consumer module compiles against it with {@code --module-path}
 * and runs on the module path. (The other tests run on the class path, as the fuzz run's child JVM needs.)
 */
class ModuleDescriptorTest {
    static Path coreClasses() throws URISyntaxException {
        return Paths.get(Iin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void theDescriptorExportsOnlyKzIinAndRequiresNothingButJavaBase() throws URISyntaxException {
        Path classes = coreClasses();
        ModuleReference reference = ModuleFinder.of(classes).find("kz.iin").orElseThrow(
                () -> new AssertionError("no module kz.iin in " + classes));
        ModuleDescriptor descriptor = reference.descriptor();
        assertThat(descriptor.isAutomatic()).isFalse();
        assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("kz.iin");
        assertThat(descriptor.exports()).allMatch(e -> !e.isQualified());
        assertThat(descriptor.requires()).extracting(ModuleDescriptor.Requires::name).containsExactly("java.base");
        assertThat(descriptor.packages()).containsExactly("kz.iin");
    }

    @Test
    void aConsumerModuleCompilesAndRunsOnTheModulePath(@TempDir Path work) throws Exception {
        Path source = work.resolve("src");
        Files.createDirectories(source.resolve("consumer"));
        Files.writeString(source.resolve("module-info.java"), "module consumer { requires kz.iin; }\n");
        Files.writeString(source.resolve("consumer/Main.java"), String.join("\n",
                "package consumer;",
                "import kz.iin.Iin;",
                "public class Main {",
                "    public static void main(String[] args) {",
                "        System.out.println(Iin.isValid(args[0]) + \" \" + Iin.parse(args[0]).birthDate()",
                "                + \" \" + Iin.class.getModule().getName() + \" \" + Main.class.getModule().getName());",
                "    }",
                "}", ""));
        Path classes = work.resolve("classes");
        String compiled = run("javac", "--module-path", coreClasses().toString(), "-d", classes.toString(),
                source.resolve("module-info.java").toString(), source.resolve("consumer/Main.java").toString());
        assertThat(compiled).isEmpty();

        String output = run("java", "--module-path", classes + File.pathSeparator + coreClasses(),
                "-m", "consumer/consumer.Main", "900101300007");
        assertThat(output).isEqualTo("true 1990-01-01 kz.iin consumer");
    }

    /** Runs a JDK tool (the JDK running the tests) and returns its output; fails on a non-zero exit. */
    private static String run(String tool, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", tool).toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.waitFor()).as(tool + ": " + output).isZero();
        return output;
    }
}
