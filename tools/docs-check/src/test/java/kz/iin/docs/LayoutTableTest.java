package kz.iin.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * CONTRIBUTING.md's layout table (section "The layout, and why") matches the tree: a row for every
 * top-level folder (so for every Maven module's folder too), and no row for a path that is gone. A
 * failure names the row to add or remove, so a new module is documented in the change that adds it.
 */
class LayoutTableTest {
    private static final Path CONTRIBUTING = Repository.ROOT.resolve("CONTRIBUTING.md");
    private static final String SECTION = "## The layout, and why";
    /** A table row whose first cell is a path in backticks: | `core/` | ... */
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|");
    /** Build output, never committed. */
    private static final Set<String> NOT_LAYOUT = Set.of("target");

    @Test
    void everyTopLevelFolderHasARow() throws IOException {
        Set<String> rows = rows();
        List<String> missing = new ArrayList<>();
        for (String folder : topLevelFolders()) {
            if (!rows.contains(folder)) {
                missing.add("`" + folder + "` (a top-level folder): add the row | `" + folder + "` | what | why it is separate |");
            }
        }
        assertThat(missing).as("rows missing from CONTRIBUTING.md's layout table").isEmpty();
    }

    @Test
    void everyRowIsAPathThatExists() throws IOException {
        List<String> stale = new ArrayList<>();
        for (String row : rows()) {
            if (!Files.exists(Repository.ROOT.resolve(row))) {
                stale.add("`" + row + "`: no such path in the repository; remove or rename the row");
            }
        }
        assertThat(stale).as("rows of CONTRIBUTING.md's layout table naming nothing").isEmpty();
    }

    /** The first cells of the table in the layout section, as written ({@code core/}, {@code examples/}). */
    static Set<String> rows() throws IOException {
        String text = Files.readString(CONTRIBUTING, StandardCharsets.UTF_8);
        int start = text.indexOf("\n" + SECTION + "\n");
        assertThat(start).as("CONTRIBUTING.md has a section \"" + SECTION + "\"").isNotNegative();
        int end = text.indexOf("\n## ", start + SECTION.length());
        Set<String> rows = new TreeSet<>();
        for (String line : text.substring(start, end < 0 ? text.length() : end).split("\n")) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                rows.add(row.group(1));
            }
        }
        // Finding no rows would pass the stale-row check and fail the other with a misleading message.
        assertThat(rows).as("rows of the table under \"" + SECTION + "\" in CONTRIBUTING.md").contains("core/", "docs/");
        return rows;
    }

    /** Top-level folders as {@code name/}: hidden ones (.git, .mvn, .ci) and build output left out. */
    static Set<String> topLevelFolders() throws IOException {
        Set<String> folders = new TreeSet<>();
        try (Stream<Path> entries = Files.list(Repository.ROOT)) {
            entries.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith(".") && !NOT_LAYOUT.contains(name))
                    .forEach(name -> folders.add(name + "/"));
        }
        return folders;
    }
}
