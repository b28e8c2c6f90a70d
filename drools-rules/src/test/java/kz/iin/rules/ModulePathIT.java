package kz.iin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application module on the module path decides a case with the packaged rules, with exactly the flags
 * docs/java.md gives ("On the module path"): iin-drools-rules is an automatic module (the rule unit it registers
 * is generated after compilation, so it cannot be named in a module-info), iin-drools-authoring and iin-core are
 * named modules.
 */
class ModulePathIT {
    /** The modules an automatic module cannot pull in by itself; the same list as in docs/java.md. */
    static final String ADD_MODULES = "com.fasterxml.jackson.databind,org.slf4j";

    @Test
    void anApplicationModuleDecidesOnTheModulePath(@TempDir Path work) throws Exception {
        Path rules = Path.of(System.getProperty("iin.rules.jar"));
        List<String> path = new ArrayList<>(List.of(rules.toString()));
        path.addAll(List.of(Files.readString(Path.of(System.getProperty("iin.rules.runtime"))).strip()
                .split(File.pathSeparator)));
        String modulePath = String.join(File.pathSeparator, path);

        assertThat(ModuleFinder.of(rules).findAll()).singleElement()
                .extracting(m -> m.descriptor().name()).isEqualTo("kz.iin.drools.rules");
        ModuleDescriptor authoring = ModuleFinder.of(path.stream().map(Path::of).toArray(Path[]::new))
                .find("kz.iin.drools.authoring").orElseThrow().descriptor();
        assertThat(authoring.isAutomatic()).isFalse();

        Path source = work.resolve("src");
        Files.createDirectories(source.resolve("app"));
        Files.writeString(source.resolve("module-info.java"), String.join("\n",
                "module app {",
                "    requires kz.iin;",
                "    requires kz.iin.drools.authoring;",
                "    requires kz.iin.drools.rules;",
                "}", ""));
        Files.writeString(source.resolve("app/Main.java"), String.join("\n",
                "package app;",
                "import kz.iin.rules.Decision;",
                "import kz.iin.rules.EligibilityService;",
                "import kz.iin.rules.json.CaseJson;",
                "public class Main {",
                "    public static void main(String[] args) throws Exception {",
                "        Decision d = EligibilityService.shared().decide(CaseJson.read(args[0]));",
                "        System.out.println(d.fee() + \" \" + d.agency() + \" \"",
                "                + EligibilityService.class.getModule().getName());",
                "    }",
                "}", ""));
        Path classes = work.resolve("classes");
        assertThat(run("javac", "--module-path", modulePath, "-d", classes.toString(),
                source.resolve("module-info.java").toString(), source.resolve("app/Main.java").toString()))
                .doesNotContain("error");

        String output = run("java", "--module-path", classes + File.pathSeparator + modulePath,
                "--add-modules", ADD_MODULES, "-m", "app/app.Main", """
                {"asOf": "2017-03-01",
                 "applicant": {"iin": null, "citizenship": "KZ", "birthDate": "1975-03-04", "sex": "M"},
                 "document": {"type": "ID_CARD", "issued": "1996-05-20", "iinPrinted": false},
                 "application": {"surrendersPreviousDocuments": false, "governmentForCitizensOfficeAtResidence": true,
                                 "submitted": {}}}""");
        assertThat(output.lines().reduce((a, b) -> b).orElse(""))
                .isEqualTo("STATE_FEE GOVERNMENT_FOR_CITIZENS kz.iin.drools.rules");
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
