package kz.iin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.iin.rules.json.CaseJson;

/**
 * The class-data archive route of docs/java.md ("Start-up"), with the packaged jar and exactly its run-time
 * dependencies: an archive recorded from {@link ArchiveTraining}, then an application on the same class path
 * (plus its own classes) that decides a case the training never saw, with {@code -Xshare:on} so that an archive
 * the JVM refuses fails the run instead of being skipped. Every class the application loads from the rules'
 * jars must come from the archive: a class read from a jar means the training misses part of a decision.
 */
class ClassDataArchiveIT {
    /** A stateless person, a document type and an agency the training cases do not have. */
    private static final String CASE = """
            {"asOf": "2020-06-01",
             "applicant": {"iin": "881122400014", "citizenship": "STATELESS", "permanentResident": true,
                           "birthDate": "1988-11-22", "sex": "F"},
             "document": {"type": "STATELESS_CERTIFICATE", "issued": "2006-04-10", "iinPrinted": false},
             "application": {"surrendersPreviousDocuments": false, "governmentForCitizensOfficeAtResidence": false,
                             "submitted": {"PHOTOS": 1}}}""";

    /** The application: decides the case in its first argument. */
    public static final class Application {
        public static void main(String[] args) throws Exception {
            Decision d = EligibilityService.shared().decide(CaseJson.read(args[0]));
            System.out.println("decided " + d.fee() + " " + d.agency());
        }
    }

    @Test
    void anApplicationDecidesWithEveryRulesClassFromTheArchive(@TempDir Path work) throws Exception {
        // A dynamic archive is a layer over the JDK's own archive, which some JDK builds do not ship.
        Process probe = java("-Xshare:on", "-version");
        probe.getInputStream().readAllBytes();
        boolean jdkArchive = probe.waitFor() == 0;
        if (!jdkArchive) {
            System.err.println("SKIPPED: this JDK has no class-data archive of its own (java -Xshare:on -version "
                    + "fails), so an application archive cannot be recorded over it");
        }
        assumeTrue(jdkArchive, "no JDK class-data archive");
        List<String> jars = new ArrayList<>(List.of(System.getProperty("iin.rules.jar")));
        jars.addAll(List.of(Files.readString(Path.of(System.getProperty("iin.rules.runtime"))).strip()
                .split(File.pathSeparator)));
        String classPath = String.join(File.pathSeparator, jars);
        Path archive = work.resolve("rules.jsa");

        run("-XX:ArchiveClassesAtExit=" + archive, "-cp", classPath, ArchiveTraining.class.getName());
        assertThat(archive).isNotEmptyFile();

        // The application's own classes come after the archived class path, as the JVM requires.
        Path tests = Paths.get(Application.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path loads = work.resolve("class-load.log");
        String output = run("-Xshare:on", "-XX:SharedArchiveFile=" + archive,
                "-Xlog:class+load=info:file=" + loads, "-cp", classPath + File.pathSeparator + tests,
                Application.class.getName(), CASE);
        assertThat(output.lines().filter(l -> l.startsWith("decided "))).containsExactly(
                "decided STATE_FEE INTERNAL_AFFAIRS");

        List<String> log = Files.readAllLines(loads);
        List<String> fromJars = log.stream()
                .filter(l -> jars.stream().anyMatch(jar -> l.endsWith("source: file:" + jar)
                        || l.endsWith("source: jar:file:" + jar + "!/")))
                .toList();
        assertThat(fromJars).as("classes read from the rules' jars, not from the archive").isEmpty();
        long archived = log.stream()
                .filter(l -> l.contains("source: shared objects file (top)"))
                .filter(l -> l.contains(" org.drools.") || l.contains(" com.fasterxml.jackson.")
                        || l.contains(" kz.iin.rules."))
                .count();
        // Drools, Jackson and the rules load over a thousand classes for a first decision.
        assertThat(archived).isGreaterThan(1000);
    }

    /** Runs the JVM running the tests; returns its output, failing on a non-zero exit. */
    private static String run(String... arguments) throws IOException, InterruptedException {
        Process process = java(arguments);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.waitFor()).as("java " + String.join(" ", arguments) + ": " + output).isZero();
        return output;
    }

    /** Starts the JVM running the tests, output and errors in one stream. */
    private static Process java(String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
