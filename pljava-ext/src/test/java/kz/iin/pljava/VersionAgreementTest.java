package kz.iin.pljava;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One version number for the project: every pom's version (the BOM and the examples name it themselves),
 * the CHANGELOG's top release heading and the extension's default_version agree (without -SNAPSHOT), or the build fails here (the Debian package takes the
 * pom's version, so it agrees by construction). Bumping one without the others is the mistake this catches.
 */
class VersionAgreementTest {
    private static final Pattern VERSION = Pattern.compile("[0-9]+\\.[0-9]+\\.[0-9]+");

    private static String projectVersion() {
        String pom = System.getProperty("iin.version");
        assertThat(pom).as("iin.version (the pom's, passed by surefire)").isNotBlank();
        return pom.replaceFirst("-SNAPSHOT$", "");
    }

    @Test
    void theControlFilesDefaultVersionIsThePomsVersion() throws IOException {
        String control = Files.readString(Extension.extensionDir().resolve("iin.control"));
        Matcher m = Pattern.compile("(?m)^default_version = '([^']*)'$").matcher(control);
        assertThat(m.find()).as("default_version in iin.control").isTrue();
        assertThat(m.group(1)).as("iin.control's default_version against the pom's version").isEqualTo(projectVersion());
    }

    @Test
    void theChangelogsTopReleaseHeadingIsThePomsVersion() throws IOException {
        Path changelog = Path.of(System.getProperty("iin.changelog", "../CHANGELOG.md"));
        String heading = Files.readAllLines(changelog).stream().filter(l -> l.startsWith("## ["))
                .findFirst().orElseThrow(() -> new AssertionError("no '## [' release heading in " + changelog));
        Matcher m = VERSION.matcher(heading);
        assertThat(m.find()).as("a version in the CHANGELOG's heading %s", heading).isTrue();
        assertThat(m.group()).as("the CHANGELOG's top heading %s against the pom's version", heading).isEqualTo(projectVersion());
    }

    @Test
    void everyPomInTheRepositoryNamesThisVersionAndNoOther() throws IOException {
        Path repository = Path.of(System.getProperty("iin.changelog", "../CHANGELOG.md")).toAbsolutePath().normalize().getParent();
        List<Path> poms;
        try (Stream<Path> walk = Files.walk(repository)) {
            poms = walk.filter(p -> p.getFileName().toString().equals("pom.xml"))
                    .filter(p -> !repository.relativize(p).toString().matches("(.*/)?(target|\\..*)/.*")).toList();
        }
        assertThat(poms).as("poms under " + repository).hasSizeGreaterThan(5);
        String version = System.getProperty("iin.version");
        Pattern snapshot = Pattern.compile("<[\\w.-]+>([0-9]+\\.[0-9]+\\.[0-9]+-SNAPSHOT)</");
        for (Path pom : poms) {
            String text = Files.readString(pom);
            assertThat(text).as("%s names the project's version", pom).contains(version);
            for (Matcher m = snapshot.matcher(text); m.find(); ) {
                assertThat(m.group(1)).as("a snapshot version in %s", pom).isEqualTo(version);
            }
        }
    }
}
