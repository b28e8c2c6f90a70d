package kz.iin.docs;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout these tests read: the first folder above the module's that holds README.md beside core/. */
final class Repository {
    static final Path ROOT = find();

    private Repository() {
    }

    private static Path find() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("README.md")) && Files.isDirectory(p.resolve("core"))) {
                return p.normalize();
            }
        }
        throw new IllegalStateException("no repository root (README.md beside core/) above " + Path.of("").toAbsolutePath());
    }
}
