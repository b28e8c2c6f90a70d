package kz.iin.pljava.install;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A build step of the Debian package (the pom runs it before packaging): writes the postgresql.conf line that
 * the package ships beside its jar, for the package's own paths (the jar in /usr/share/postgresql/15/iin,
 * crash logs in /var/log/postgresql, which postgresql-common makes). It is the line the install command
 * prints for those paths, so both routes leave the same file.
 */
public final class DebianConfLine {
    private DebianConfLine() {
    }

    /** {@code args[0]}: the file to write. */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path jar = Path.of("/usr/share/postgresql/" + InstallCommand.PG_MAJOR, "iin", InstallCommand.JAR);
        String line = InstallCommand.confLine(jar, InstallCommand.DEBIAN_LOG_DIR.resolve(InstallCommand.ERROR_FILE_NAME).toString());
        Files.createDirectories(out.getParent());
        Files.writeString(out, line + "\n", StandardCharsets.UTF_8);
    }
}
