package kz.iin.pljava;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One version number for the project: the poms' version (without -SNAPSHOT), the CHANGELOG's top release
 * heading and the extension's default_version agree, or the build fails here (the Debian package takes the
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
}
