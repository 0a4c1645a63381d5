package guide.readme;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's "Regional variants of a language" (in "Add a language"), taken on a copy of the real project as an editor
 * would: English becomes British ({@code en-GB}: its folder, interface file, settings and addresses renamed), and American
 * English ({@code en-US}) is added as copies of the British files with their addresses changed and a word or two
 * ("colour" to "color"), and an article written in British English gets its American version. The build's warnings are
 * the README's, and the pages say which variant they are in. Page counts are not compared: editors' articles change them.
 */
class RegionalVariantsReadmeTest {
    private static final ReadmeSection README = ReadmeSection.named("Add a language");

    @RealProject
    static Path project;
    private static GuideRun build;

    @BeforeAll
    static void britishAndAmericanEnglish() throws IOException {
        Path content = project.resolve("content");
        Path strings = project.resolve("templates/i18n");
        Files.move(content.resolve("en"), content.resolve("en-GB"));
        Files.move(strings.resolve("en.yaml"), strings.resolve("en-GB.yaml"));
        edit(project.resolve("jbake.properties"), s -> s.replace("site.languages=pl,en\n", "site.languages=pl,en-GB,en-US\n")
                .replace("site.language.en.", "site.language.en-GB.") + "site.language.en-US.typography=dashes,quotes,slashes,hyphens,dates\n");
        edit(project.resolve("content/authors.yaml"), s -> s.replaceAll(", en: (\"[^\"]*\")}", ", en-GB: $1, en-US: $1}")
                .replaceAll("(?m)^    en: (.*)$", "    en-GB: $1\n    en-US: $1"));
        for (Path file : files(strings)) {
            // Each language's words about the others: "the English original" for both Englishes, as a copy starts.
            edit(file, s -> s.replace("/en/", "/en-GB/").replaceAll("(?m)^  en: (.*)$", "  en-GB: $1\n  en-US: $1"));
        }
        Files.writeString(strings.resolve("en-US.yaml"), Files.readString(strings.resolve("en-GB.yaml"))
                .replace("aboutUrl: /en-GB/about/", "aboutUrl: /en-US/about/").replace("archiveUrl: /en-GB/articles/", "archiveUrl: /en-US/articles/"));
        Files.createDirectories(content.resolve("en-US"));
        for (Path file : files(content.resolve("pl"))) {
            edit(file, s -> s.replace("/en/", "/en-GB/"));
        }
        for (Path file : files(content.resolve("en-GB"))) {
            String british = Files.readString(file).replace("/en/", "/en-GB/").replaceAll("(?m) to=en$", " to=en-GB");
            Files.writeString(file, british);
            // The American copy is stamped as its own, as the README says once it is adapted.
            Files.writeString(content.resolve("en-US").resolve(file.getFileName()), british.replace("/en-GB/", "/en-US/")
                    .replaceAll("(?m) to=en-GB$", " to=en-US").replace("colour", "color").replace("behaviour", "behavior"));
        }
        // An article written in British English, and its American version as ./guide translate starts it, a word changed.
        Files.writeString(content.resolve("en-GB/late-fees.md"), LATE_FEES);
        GuideRun translate = GuideRun.run(project, "translate", "content/en-GB/late-fees.md", "--to", "en-US", "--name", "late-fees");
        assertEquals(0, translate.exitCode(), translate.err());
        assertTrue(translate.out().contains("as current until content/en-GB/late-fees.md changes.\n"),
                "a variant is not told it will be named as still copied: " + translate.out());
        assertFalse(translate.out().contains("tags="), "an American page keeps its British source's English tags by right: " + translate.out());
        edit(content.resolve("en-US/late-fees.md"), s -> s.replace("status=draft", "status=published").replace("favour", "favor"));
        build = GuideRun.run(project, "build");
        assertEquals(0, build.exitCode(), build.err());
        GuideRun report = GuideRun.run(project, "translations");
        assertFalse(report.out().contains("source's (content/en-GB/late-fees.md)"), "its tags are named as still the British page's: " + report.out());
    }

    private static final String LATE_FEES = """
            title=Late fees: what to say to a client who pays late
            date=2026-11-20
            type=post
            status=published
            translationKey=late-fees
            author=redakcja
            tags=late-payment,invoices
            summary=How to remind a client of a late invoice without souring the relationship.
            ~~~~~~
            A client who pays late costs you more than the money: chasing payment eats into the time you would spend on paid work.

            ## Keep a record {#record}

            Write down every reminder you send, with its date and the favour you asked for, so that nothing depends on memory.
            """;

    /** The build warns of the two files' names alike, and of nothing else: no copied page, interface file or drawing. */
    @Test
    void theBuildWarnsOfTheNamesAloneAsTheReadmeQuotes() {
        ReadmeSection.Block block = README.blockWith("  en-US    8 pages");
        List<String> quoted = block.output().stream().filter(l -> l.contains(": warning: ")).map(String::strip).toList();
        List<String> printed = build.lines(project).stream().filter(l -> l.contains(": warning: ")).map(String::strip).toList();
        assertEquals(quoted, printed, "README.md:" + block.line() + " quotes the warnings of the build with en-GB and en-US; it printed:\n"
                + String.join("\n", build.lines(project)));
        assertTrue(printed.size() == 2 && printed.get(0).contains("('American English')"), printed.toString());
    }

    /** Each variant's pages name their own: lang, hreflang to both, og:locale, and a date as each writes it. */
    @Test
    void eachVariantsPagesSayWhichTheyAreIn() throws IOException {
        Document british = page("en-GB/late-fees/index.html");
        Document american = page("en-US/late-fees/index.html");
        assertEquals("en-GB", british.selectFirst("html").attr("lang"));
        assertEquals("en-US", american.selectFirst("html").attr("lang"));
        for (Document doc : List.of(british, american)) {
            assertEquals(List.of("en-GB", "en-US", "x-default"), doc.select("link[rel=alternate][hreflang]").eachAttr("hreflang"));
        }
        assertEquals("en_GB", british.selectFirst("meta[property=og:locale]").attr("content"));
        assertEquals("en_US", american.selectFirst("meta[property=og:locale]").attr("content"));
        String britishDate = british.selectFirst("time").text();
        String americanDate = american.selectFirst("time").text();
        assertTrue(britishDate.matches("\\d{1,2}\\W[A-Z][a-z]+\\W\\d{4}"), "day, month, year on a British page: " + britishDate);
        assertTrue(americanDate.matches("[A-Z][a-z]+\\W\\d{1,2},\\W\\d{4}"), "month, day, year on an American page: " + americanDate);
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(project.resolve("target/site").resolve(path), StandardCharsets.UTF_8));
    }

    private interface Edit {
        String apply(String text) throws IOException;
    }

    private static void edit(Path file, Edit edit) throws IOException {
        Files.writeString(file, edit.apply(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
