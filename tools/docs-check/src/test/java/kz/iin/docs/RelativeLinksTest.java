package kz.iin.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link in the project's pages (README.md, CONTRIBUTING.md, FALSEHOODS.md, docs/*.md)
 * reaches a file or folder of the repository, and every #anchor a heading of the page it points to.
 */
class RelativeLinksTest {
    private static final Path ROOT = Repository.ROOT;

    @Test
    void everyRelativeLinkAndAnchorResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        int relative = 0;
        for (Path page : pages()) {
            MarkdownLinks links = read(page);
            for (MarkdownLinks.Link link : links.links()) {
                if (link.isExternal()) {
                    continue;
                }
                relative++;
                String problem = problem(page, links, link);
                if (problem != null) {
                    broken.add(ROOT.relativize(page) + ":" + link.line() + ": " + link.target() + " — " + problem);
                }
            }
        }
        assertThat(broken).as("broken links").isEmpty();
        // The README alone links several pages; finding none would mean the reader is broken, not the pages.
        assertThat(relative).as("relative links found").isGreaterThan(10);
    }

    @Test
    void theCheckFindsABrokenFileABrokenAnchorAndIgnoresCode() {
        MarkdownLinks links = new MarkdownLinks("""
                # A page
                ## The project's contract
                See [ok](#the-projects-contract), [gone](#no-such-heading) and [file](missing.md).
                Not a link: `[x](nowhere.md)`.
                ```
                [y](also-nowhere.md)
                ```
                """);
        assertThat(links.links()).extracting(MarkdownLinks.Link::target)
                .containsExactly("#the-projects-contract", "#no-such-heading", "missing.md");
        assertThat(links.hasAnchor("the-projects-contract")).isTrue();
        assertThat(links.hasAnchor("no-such-heading")).isFalse();
        assertThat(MarkdownLinks.slug("Core (JMH)")).isEqualTo("core-jmh");
        assertThat(MarkdownLinks.slug("The 2013 change: the digits are a claim"))
                .isEqualTo("the-2013-change-the-digits-are-a-claim");
        assertThat(MarkdownLinks.slug("PL/Java")).isEqualTo("pljava");
    }

    private static String problem(Path page, MarkdownLinks links, MarkdownLinks.Link link) throws IOException {
        String path = link.path();
        Path target = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        if (!target.startsWith(ROOT)) {
            return "points outside the repository";
        }
        if (!Files.exists(target)) {
            return "no such file";
        }
        String anchor = link.anchor();
        if (anchor == null || anchor.isEmpty() || !target.toString().endsWith(".md")) {
            return null;
        }
        MarkdownLinks targetLinks = target.equals(page) ? links : read(target);
        return targetLinks.hasAnchor(anchor) ? null : "no heading with anchor #" + anchor;
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        for (String name : List.of("README.md", "CONTRIBUTING.md", "FALSEHOODS.md")) {
            Path page = ROOT.resolve(name);
            assertThat(page).as("a page the project must have").exists();
            pages.add(page);
        }
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    private static MarkdownLinks read(Path page) throws IOException {
        return new MarkdownLinks(Files.readString(page, StandardCharsets.UTF_8));
    }
}
