package kz.iin.pljava.install;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application class-data-sharing (AppCDS) archive that the install command builds beside the jar, so
 * that every backend's JVM maps the classes of its first call (the JDK's, PL/Java's and this jar's) already
 * parsed and verified instead of loading them: a faster first call and less private memory per backend.
 *
 * <p>A static dump ({@code java -Xshare:dump}) from a class list, with the same class path and the same
 * module path (PL/Java's own jars) that a backend has. The list is the one a real backend loaded
 * ({@code pljava-ext/tuning/pljava-classes.lst}, made by {@code pljava-ext/tuning/class-list.sh}) plus every class of this
 * jar, so a class added to the extension is archived without regenerating the list. The archive records
 * the jars' sizes and times: after any change a backend's {@code -Xshare:auto} ignores it and loads
 * classes the ordinary way, so a stale archive costs speed, never a failure. Rebuilt on every install.
 */
final class ClassDataArchive {
    static final String FILE = "iin-pljava.jsa";
    static final String CLASS_LIST = "pljava-classes.lst";
    /** PL/Java's module, as a backend's JVM resolves it (its module path is pljava.module_path). */
    private static final String PLJAVA_MODULE = "org.postgresql.pljava";
    private static final Pattern DEFAULT_VERSION = Pattern.compile("(?m)^\\s*default_version\\s*=\\s*'([^']+)'");

    /** The archive, or why there is none (then the printed line simply goes without it). */
    record Outcome(Path archive, String whyNot) {
        static Outcome built(Path archive) {
            return new Outcome(archive, null);
        }

        static Outcome skipped(String why) {
            return new Outcome(null, why);
        }
    }

    private ClassDataArchive() {
    }

    /**
     * Builds {@code ownDir/iin-pljava.jsa} for backends started with {@code options} and {@code jar} as their
     * class path. {@code options} are the recommended JVM options (the heap, GC and pointer settings an
     * archive must agree with).
     */
    static Outcome build(Path sharedir, Path jar, List<String> options) throws IOException {
        Path ownDir = jar.getParent();
        Path archive = ownDir.resolve(FILE);
        String modulePath = plJavaModulePath(sharedir);
        if (modulePath == null) {
            Files.deleteIfExists(archive);
            return Outcome.skipped("PL/Java's jars (pljava-VERSION.jar, pljava-api-VERSION.jar) are not in "
                    + sharedir.resolve("pljava"));
        }
        for (String moduleJar : modulePath.split(":")) {
            Path path = Path.of(moduleJar);
            if (!path.toRealPath().equals(path.toAbsolutePath().normalize())) {
                // Seen with a share directory of links: the JVM then refused PL/Java's classes from the archive
                // (a sealing violation) instead of ignoring it, so no archive rather than a broken one.
                Files.deleteIfExists(archive);
                return Outcome.skipped("PL/Java's jars are reached through a symbolic link (" + path + ")");
            }
        }
        Path list = Files.createTempFile(ownDir, ".classes", ".lst");
        Path tmp = ownDir.resolve("." + FILE + ".new");
        try {
            writeClassList(jar, list);
            Files.deleteIfExists(tmp);
            List<String> dump = java(options);
            dump.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + list, "-XX:SharedArchiveFile=" + tmp,
                    "-Djava.class.path=" + jar, "--module-path", modulePath, "--add-modules", PLJAVA_MODULE));
            String failed = run(dump);
            if (failed != null || !Files.isRegularFile(tmp)) {
                Files.deleteIfExists(archive);
                return Outcome.skipped("java -Xshare:dump failed: " + (failed == null ? "no archive written" : failed));
            }
            // The archive must map in a JVM started the way a backend starts one; -Xshare:on refuses otherwise.
            List<String> check = java(options);
            check.addAll(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + tmp, "-Djava.class.path=" + jar,
                    "--module-path", modulePath, "--add-modules", PLJAVA_MODULE, "-version"));
            failed = run(check);
            if (failed != null) {
                Files.deleteIfExists(archive);
                return Outcome.skipped("the new archive does not map: " + failed);
            }
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            try {
                Files.move(tmp, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, archive, StandardCopyOption.REPLACE_EXISTING);
            }
            return Outcome.built(archive);
        } finally {
            Files.deleteIfExists(list);
            Files.deleteIfExists(tmp);
        }
    }

    /** PL/Java's default pljava.module_path: its two jars of the installed version, under sharedir/pljava. */
    static String plJavaModulePath(Path sharedir) throws IOException {
        Path control = sharedir.resolve("extension/pljava.control");
        if (!Files.isReadable(control)) {
            return null;
        }
        Matcher version = DEFAULT_VERSION.matcher(Files.readString(control));
        if (!version.find()) {
            return null;
        }
        Path jar = sharedir.resolve("pljava/pljava-" + version.group(1) + ".jar");
        Path api = sharedir.resolve("pljava/pljava-api-" + version.group(1) + ".jar");
        return Files.isReadable(jar) && Files.isReadable(api) ? jar + ":" + api : null;
    }

    /** The shipped list (JDK and PL/Java classes a backend loads) plus every class of the extension's jar. */
    private static void writeClassList(Path jar, Path list) throws IOException {
        StringBuilder all = new StringBuilder();
        try (InputStream in = ClassDataArchive.class.getClassLoader()
                .getResourceAsStream(InstallCommand.RESOURCES + CLASS_LIST)) {
            if (in == null) {
                throw new IOException("this jar holds no " + InstallCommand.RESOURCES + CLASS_LIST);
            }
            all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        try (JarFile self = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> e = self.entries(); e.hasMoreElements(); ) {
                String name = e.nextElement().getName();
                // The install command itself never runs in a backend.
                if (name.startsWith("kz/iin/") && name.endsWith(".class") && !name.startsWith("kz/iin/pljava/install/")
                        && !name.endsWith("module-info.class")) {
                    all.append('\n').append(name, 0, name.length() - ".class".length());
                }
            }
        }
        Files.writeString(list, all.append('\n'));
    }

    private static List<String> java(List<String> options) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : options) {
            if (!option.startsWith("-Xshare:") && !option.startsWith("-XX:SharedArchiveFile=")) {
                cmd.add(option);
            }
        }
        return cmd;
    }

    /** Runs a command; null when it succeeded, else its last output line. */
    private static String run(List<String> cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return "timed out";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return "interrupted";
        }
        if (p.exitValue() == 0) {
            return null;
        }
        List<String> lines = output.lines().toList();
        return "exit " + p.exitValue() + (lines.isEmpty() ? "" : ": " + lines.get(lines.size() - 1));
    }
}
