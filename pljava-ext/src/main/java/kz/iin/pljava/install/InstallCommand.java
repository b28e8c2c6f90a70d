package kz.iin.pljava.install;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
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
 * {@code java -jar iin-pljava.jar install|uninstall [--pg-config PATH] [--error-file PATTERN]}: puts the
 * extension's control file and every versioned script into {@code $(pg_config --sharedir)/extension},
 * and this very jar into {@code $(pg_config --sharedir)/iin}, each by an atomic rename (a jar overwritten
 * in place breaks sessions that have it open; a renamed one does not), then builds the class-data archive
 * beside the jar ({@link ClassDataArchive}). The last line of standard output is the complete
 * {@code pljava.vmoptions} line for postgresql.conf. Errors: one line on stderr, exit 1.
 */
public final class InstallCommand {
    static final String RESOURCES = "kz/iin/pljava/extension/";
    static final String JAR = "iin-pljava.jar";
    static final String CONF_LINE_FILE = "pljava-vmoptions.conf";
    /** The PostgreSQL major version this jar and its Debian package are for (paths, package names). */
    static final int PG_MAJOR = 15;
    /** Where PostgreSQL's Debian packages keep server logs; crash logs go there when it exists. */
    static final Path DEBIAN_LOG_DIR = Path.of("/var/log/postgresql");
    static final String ERROR_FILE_NAME = "pljava-hs_err_pid%p.log";

    private final PrintStream out;

    InstallCommand(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        try {
            new InstallCommand(System.out).run(args);
        } catch (InstallException e) {
            System.err.println("iin-pljava: " + e.getMessage());
            System.exit(e.usage ? 2 : 1);
        }
    }

    void run(String[] args) throws InstallException {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            out.println(usage());
            return;
        }
        String action = args[0];
        Path pgConfig = null;
        String errorFile = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--pg-config" -> pgConfig = Path.of(value(args, ++i, "--pg-config"));
                case "--error-file" -> errorFile = value(args, ++i, "--error-file");
                default -> throw new InstallException("unknown argument " + args[i] + "\n" + usage(), true);
            }
        }
        Path sharedir = sharedir(pgConfig);
        switch (action) {
            case "install" -> install(sharedir, errorFile);
            case "uninstall" -> uninstall(sharedir);
            default -> throw new InstallException("unknown command " + action + "\n" + usage(), true);
        }
    }

    private void install(Path sharedir, String errorFile) throws InstallException {
        Path extension = sharedir.resolve("extension");
        if (!Files.isDirectory(extension)) {
            throw new InstallException("no extension directory " + extension + ": is the PostgreSQL that pg_config names"
                    + " installed (e.g. postgresql-15)? Give --pg-config PATH for another one");
        }
        if (!Files.exists(extension.resolve("pljava.control"))) {
            throw new InstallException("PL/Java is not installed in " + sharedir + " (no extension/pljava.control):"
                    + " install the package postgresql-15-pljava from the PostgreSQL apt repository (apt.postgresql.org),"
                    + " or build PL/Java 1.6.9 from source and run java -jar pljava-pg15.jar; then run this again");
        }
        requireWritable(extension);
        Path ownDir = sharedir.resolve("iin");
        Path jar = ownDir.resolve(JAR);
        String errorPath = errorFile(errorFile);
        String confLine = confLine(jar, errorPath);
        try {
            Files.createDirectories(ownDir);
            Files.setPosixFilePermissions(ownDir, PosixFilePermissions.fromString("rwxr-xr-x"));
            List<String> installed = new ArrayList<>();
            try (JarFile self = new JarFile(ownJar().toFile())) {
                for (Enumeration<JarEntry> e = self.entries(); e.hasMoreElements(); ) {
                    JarEntry entry = e.nextElement();
                    String name = entry.getName();
                    if (name.startsWith(RESOURCES) && !entry.isDirectory()) {
                        String file = name.substring(RESOURCES.length());
                        if (file.equals("iin.control") || file.matches("iin--[0-9.]+(--[0-9.]+)?\\.sql")) {
                            try (InputStream in = self.getInputStream(entry)) {
                                replace(in, extension.resolve(file));
                            }
                            installed.add(extension.resolve(file).toString());
                        }
                    }
                }
            }
            if (!installed.contains(extension.resolve("iin.control").toString())) {
                throw new InstallException(ownJar() + " holds no extension files: it is not a complete iin-pljava.jar");
            }
            try (InputStream in = Files.newInputStream(ownJar())) {
                replace(in, jar);
            }
            installed.add(jar.toString());
            ClassDataArchive.Outcome archive = ClassDataArchive.build(sharedir, jar,
                    List.of(recommendedOptions().split(" ")));
            if (archive.archive() != null) {
                installed.add(archive.archive().toString());
                confLine = confLine(jar, errorPath, archive.archive());
            } else {
                out.println("no class-data archive (" + archive.whyNot() + "): the line below works without it,"
                        + " only each backend's first call is slower");
            }
            try (InputStream in = new java.io.ByteArrayInputStream((confLine + "\n").getBytes(StandardCharsets.UTF_8))) {
                replace(in, ownDir.resolve(CONF_LINE_FILE));
            }
            for (String f : installed) {
                out.println("installed " + f);
            }
        } catch (IOException e) {
            throw new InstallException("could not install into " + sharedir + ": " + e);
        }
        out.println("Next: add the line below to postgresql.conf (cluster-wide, not per database: pg_dump does not carry"
                + " per-database settings), reload, then in each database: CREATE EXTENSION iin CASCADE;");
        out.println("PL/Java also needs pljava.libjvm_location, e.g. pljava.libjvm_location = '"
                + Path.of(System.getProperty("java.home"), "lib", "server", "libjvm.so") + "'");
        out.println(confLine);
    }

    private void uninstall(Path sharedir) throws InstallException {
        Path extension = sharedir.resolve("extension");
        Path ownDir = sharedir.resolve("iin");
        if (Files.isDirectory(extension)) {
            requireWritable(extension);
        }
        List<Path> files = new ArrayList<>();
        try {
            if (Files.isDirectory(extension)) {
                try (DirectoryStream<Path> ours = Files.newDirectoryStream(extension, "iin{.control,--*.sql}")) {
                    ours.forEach(files::add);
                }
            }
            if (Files.isDirectory(ownDir)) {
                try (DirectoryStream<Path> ours = Files.newDirectoryStream(ownDir)) {
                    ours.forEach(files::add);
                }
            }
            for (Path f : files) {
                Files.delete(f);
                out.println("removed " + f);
            }
            Files.deleteIfExists(ownDir);
        } catch (IOException e) {
            throw new InstallException("could not uninstall from " + sharedir + ": " + e);
        }
        if (files.isEmpty()) {
            out.println("nothing to remove: the iin extension is not installed in " + sharedir);
        }
        out.println("Databases that ran CREATE EXTENSION iin keep their objects, but its functions and domains fail"
                + " from now on: DROP EXTENSION iin in each first (CASCADE also drops every column of type iin.iin"
                + " or iin.bin, with its data), and remove the pljava.vmoptions class path from postgresql.conf.");
    }

    private static void requireWritable(Path dir) throws InstallException {
        if (Files.isWritable(dir)) {
            return;
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new InstallException(dir + " is not writable by " + System.getProperty("user.name")
                    + ": run this as root (sudo java -jar iin-pljava.jar ...)");
        }
        throw new InstallException(dir + " is not writable, even as root (read-only file system?)");
    }

    /** Copies to a temp file beside the target, then renames it over the target in one step. */
    private static void replace(InputStream in, Path target) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".new");
        try {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The complete postgresql.conf line for backends that load {@code jar}, crash logs going to {@code errorFile}. */
    static String confLine(Path jar, String errorFile) throws InstallException {
        return confLine(jar, errorFile, null);
    }

    /** The same, naming the class-data archive the install built (null: none). */
    static String confLine(Path jar, String errorFile, Path archive) throws InstallException {
        String options = recommendedOptions() + " -XX:ErrorFile=" + errorFile + " -Djava.class.path=" + jar
                + (archive == null ? "" : " -XX:SharedArchiveFile=" + archive);
        if (options.contains("'")) {
            throw new InstallException("a path contains a single quote, which postgresql.conf cannot hold here: " + options);
        }
        return "pljava.vmoptions = '" + options + "'";
    }

    /** The JVM options recommended in pljava-ext/tuning/pljava-vmoptions.conf, packaged in this jar. */
    static String recommendedOptions() throws InstallException {
        try (InputStream in = InstallCommand.class.getClassLoader().getResourceAsStream(RESOURCES + CONF_LINE_FILE)) {
            if (in == null) {
                throw new InstallException("this jar holds no " + RESOURCES + CONF_LINE_FILE);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("pljava.vmoptions = '") && line.endsWith("'")) {
                    return line.substring("pljava.vmoptions = '".length(), line.length() - 1);
                }
            }
            throw new InstallException("no pljava.vmoptions line in " + RESOURCES + CONF_LINE_FILE);
        } catch (IOException e) {
            throw new InstallException("could not read the recommended options: " + e);
        }
    }

    /** Crash logs (hs_err) outside the data directory, where the server's OS user may write. */
    private static String errorFile(String given) {
        if (given != null) {
            return given;
        }
        return (Files.isDirectory(DEBIAN_LOG_DIR) ? DEBIAN_LOG_DIR : Path.of("/tmp")).resolve(ERROR_FILE_NAME).toString();
    }

    private static Path sharedir(Path given) throws InstallException {
        Path pgConfig = given;
        if (pgConfig == null) {
            pgConfig = onPath("pg_config");
        }
        if (pgConfig == null || !Files.isExecutable(pgConfig)) {
            throw new InstallException((given == null ? "pg_config is not on PATH" : given + " is not an executable pg_config")
                    + ": give --pg-config /usr/lib/postgresql/15/bin/pg_config (package postgresql-15 or postgresql-server-dev-15)");
        }
        try {
            requireMajorVersion(pgConfig, ask(pgConfig, "--version"));
            String dir = ask(pgConfig, "--sharedir");
            if (dir.contains(" ")) {
                throw new InstallException("the share directory " + dir + " contains a space, which pljava.vmoptions cannot hold");
            }
            return Path.of(dir);
        } catch (IOException e) {
            throw new InstallException("could not run " + pgConfig + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InstallException("interrupted");
        }
    }

    /** pg_config's answer to one option, or an exception when it fails or says nothing. */
    private static String ask(Path pgConfig, String option) throws IOException, InterruptedException, InstallException {
        Process p = new ProcessBuilder(pgConfig.toString(), option).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String answer = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0 || answer.isEmpty()) {
            throw new InstallException(pgConfig + " " + option + " failed: " + answer);
        }
        return answer;
    }

    /**
     * Refuses another PostgreSQL major version than {@link #PG_MAJOR}: the Debian package, PL/Java's package name
     * and the documented paths are for that one, and a second major version would get a half-matching install.
     */
    static void requireMajorVersion(Path pgConfig, String versionAnswer) throws InstallException {
        Matcher m = Pattern.compile("^PostgreSQL ([0-9]+)").matcher(versionAnswer);
        if (!m.find()) {
            throw new InstallException(pgConfig + " --version says \"" + versionAnswer.lines().findFirst().orElse("")
                    + "\", not a PostgreSQL version");
        }
        if (!m.group(1).equals(Integer.toString(PG_MAJOR))) {
            throw new InstallException(pgConfig + " is " + versionAnswer.lines().findFirst().orElse("") + ", but this jar is"
                    + " built for PostgreSQL " + PG_MAJOR + ": give --pg-config /usr/lib/postgresql/" + PG_MAJOR + "/bin/pg_config");
        }
    }

    private static Path onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return Path.of(dir, program);
            }
        }
        Path debian = Path.of("/usr/lib/postgresql/15/bin", program);
        return Files.isExecutable(debian) ? debian : null;
    }

    private static Path ownJar() throws InstallException {
        try {
            Path self = Path.of(InstallCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(self)) {
                throw new InstallException("run this from the built jar: java -jar pljava-ext/target/iin-pljava.jar install");
            }
            return self;
        } catch (URISyntaxException e) {
            throw new InstallException("cannot locate this jar: " + e.getMessage());
        }
    }

    private static String value(String[] args, int i, String option) throws InstallException {
        if (i >= args.length) {
            throw new InstallException(option + " needs a value\n" + usage(), true);
        }
        return args[i];
    }

    static String usage() {
        return """
            usage: java -jar iin-pljava.jar install   [--pg-config PATH] [--error-file PATTERN]
                   java -jar iin-pljava.jar uninstall [--pg-config PATH]
              install    copies iin.control, every iin--*.sql and this jar into the directories pg_config names
                         (as root), builds a class-data archive beside the jar (a faster first call per backend),
                         and prints, as its last line, the pljava.vmoptions line for postgresql.conf
              uninstall  removes those files again
              --pg-config   the pg_config of the PostgreSQL 15 to install into (default: pg_config on PATH);
                            another major version is refused
              --error-file  where JVM crash logs go (-XX:ErrorFile; default /var/log/postgresql/pljava-hs_err_pid%p.log)""";
    }

    static final class InstallException extends Exception {
        private static final long serialVersionUID = 1L;
        final boolean usage;

        InstallException(String message) {
            this(message, false);
        }

        InstallException(String message, boolean usage) {
            super(message);
            this.usage = usage;
        }
    }
}
