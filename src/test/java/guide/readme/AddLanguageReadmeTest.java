package guide.readme;

import guide.site.MarkedTranslation;
import guide.site.ProjectFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's "Add a language" quotes real output. This test takes its steps on a copy of the real project (German,
 * as the README does) and compares what the commands print with what the README quotes, so a stale
 * example fails here with the output to paste, instead of misleading the next translator.
 * The steps build on each other, in the README's order; a case run alone first takes the steps before it ({@link SharedStep}). What editors' work changes (page counts, the
 * lines of {@code content/authors.yaml}, the number of problems those give) is not compared, so adding an
 * article or an author never turns this test red; see {@link #contentBound}. Nor are the lines of
 * {@code templates/i18n/*.yaml} and the count of their words, which move with every interface word added: those the
 * build printed are checked against the files instead ({@link InterfaceWordLines}); but the languageName warning the
 * prose quotes is compared as it is, its line number too, which the file decides as much as the build: a quote that
 * names another line than the build's is stale.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AddLanguageReadmeTest {
    private static final ReadmeSection README = ReadmeSection.named("Add a language");

    @RealProject
    static Path project;

    /** Step 1: {@code de} added to {@code site.languages}. */
    private static final SharedStep<Void> LANGUAGE_ADDED = SharedStep.of(() -> project, () ->
            ProjectFiles.save(project, "jbake.properties", s -> s.replace("site.languages=pl,en\n", "site.languages=pl,en,de\n")));
    /** Steps 2 to 4, after step 1. */
    private static final SharedStep<Void> FILES_COPIED = SharedStep.of(() -> project, () -> {
        LANGUAGE_ADDED.ensure();
        stepsTwoToFour();
    });
    /** The copied home page stamped and the about page translated as a draft, after steps 2 to 4; what it printed. */
    private static final SharedStep<GuideRun> ABOUT_DRAFTED = SharedStep.giving(() -> project, () -> {
        FILES_COPIED.ensure();
        assertEquals(0, GuideRun.run(project, "translations", "stamp", "content/de/index.md").exitCode());
        return GuideRun.run(project, "translate", "content/pl/o-przewodniku.md", "--to", "de", "--name", "ueber-den-leitfaden");
    });

    @BeforeAll
    static void builtOnceBefore() {
        GuideRun first = GuideRun.run(project, "build");
        assertEquals(0, first.exitCode(), "the real project must build before a language is added: " + first.err());
    }

    @Test
    @Order(1)
    void addingTheCodeListsWhatTheLanguageLacks() throws Exception {
        LANGUAGE_ADDED.ensure();
        GuideRun build = GuideRun.run(project, "build");
        assertEquals(1, build.exitCode());
        assertQuotesExactly(README.block(0), build, "./guide build with de added to site.languages");
    }

    @Test
    @Order(2)
    void aCopiedInterfaceFileAndHomePageAreWarnedAbout() throws Exception {
        FILES_COPIED.ensure();
        GuideRun build = GuideRun.run(project, "build");
        assertQuotesExactly(README.block(2), build, "./guide build after steps 2 to 4 (de.yaml a copy of en.yaml, the English home page copied)");
    }

    @Test
    @Order(3)
    void aMisspelledPlaceholderIsRefusedAtItsLine() throws Exception {
        FILES_COPIED.ensure();
        Path strings = project.resolve("templates/i18n/de.yaml");
        String before = Files.readString(strings);
        ProjectFiles.save(project, "templates/i18n/de.yaml", s -> s.replace("legalStatus: \"The law is stated as at {date}.\"", "legalStatus: \"The law is stated as at {data}.\""));
        GuideRun build = GuideRun.run(project, "build");
        InterfaceWordLines words = InterfaceWordLines.in(project);
        Files.writeString(strings, before);
        assertQuotesLines(README.block(1), build, words, "./guide build with {data} for {date} in de.yaml's legalStatus");
    }

    @Test
    @Order(4)
    void theTranslationsReportCountsTheCopyAsNotTranslated() throws Exception {
        FILES_COPIED.ensure();
        GuideRun report = GuideRun.run(project, "translations");
        assertQuotesLines(README.block(3), report, InterfaceWordLines.in(project), "./guide translations with the English home page copied to content/de/index.md");
    }

    @Test
    @Order(5)
    void aDraftAboutPageIsABrokenLinkWithItsWarnings() throws Exception {
        GuideRun draft = ABOUT_DRAFTED.get();
        assertEquals(0, draft.exitCode(), draft.err());
        GuideRun build = GuideRun.run(project, "build");
        assertEquals(1, build.exitCode());
        assertQuotesExactly(README.block(4), build, "./guide build with the German about page a draft");
    }

    @Test
    @Order(6)
    void withTheAboutPageTranslatedItBuildsInThreeLanguages() throws Exception {
        ABOUT_DRAFTED.ensure();
        Path about = project.resolve("content/de/ueber-den-leitfaden.md");
        String draft = Files.readString(about);
        String header = draft.substring(0, draft.indexOf("~~~~~~\n") + 7);
        Files.writeString(about, header.replace("status=draft", "status=published")
                        .replaceFirst("(?m)^title=.*$", "title=Über den Leitfaden")
                        .replaceFirst("(?m)^summary=.*$", "summary=Wer den Leitfaden schreibt und wofür.")
                + "\nDieser Leitfaden hilft Freiberuflern und kleinen Agenturen, schwierige Kunden zu erkennen.\n");
        GuideRun build = GuideRun.run(project, "build");
        assertEquals(0, build.exitCode(), build.err());
        assertQuotesExactly(README.block(5), build, "./guide build with the German home and about pages published");
    }

    @Test
    @Order(7)
    void aTranslatedFileThatKeptTheCopiedNameIsWarnedAtItsLine() throws Exception {
        FILES_COPIED.ensure();
        Path strings = project.resolve("templates/i18n/de.yaml");
        String copy = Files.readString(strings);
        // Every plain word but the name and the addresses marked as translated, placeholders and quotes kept.
        Files.writeString(strings, MarkedTranslation.of(copy, "de", line -> line.matches("(languageName|\\w+Url): .*")));
        GuideRun build = GuideRun.run(project, "build");
        InterfaceWordLines words = InterfaceWordLines.in(project);
        Files.writeString(strings, copy);
        List<ReadmeSection.Quote> quotes = README.quotes('`', Pattern.compile("templates/i18n/de\\.yaml:\\d+: warning: languageName"));
        assertEquals(1, quotes.size(), "the README quotes the languageName warning once: " + quotes);
        String printed = build.lines(project).stream().map(String::strip).filter(l -> l.contains(": warning: languageName")).findFirst()
                .orElse("(no warning about languageName) " + build.lines(project));
        // The line number is the real one (languageName's line in de.yaml, checked against the file), and the README's
        // quote of it is compared as it is, line number and all, not masked: a quote that names another line is stale.
        words.assertRight(List.of(printed));
        assertEquals(quotes.get(0).text(), printed, "README.md:" + quotes.get(0).line()
                + " quotes the warning for a translated de.yaml that kept languageName: English");
    }

    /** Step 2's interface file, step 3's author texts and step 4's copied home page, as the README words them. */
    private static void stepsTwoToFour() throws IOException {
        Files.copy(project.resolve("templates/i18n/en.yaml"), project.resolve("templates/i18n/de.yaml"));
        ProjectFiles.save(project, "templates/i18n/de.yaml", s -> s
                .replace("aboutUrl: /en/about/\n", "aboutUrl: /de/ueber-den-leitfaden/\n")
                .replace("archiveUrl: /en/articles/\n", "archiveUrl: /de/artikel/\n"));
        for (String file : List.of("templates/i18n/en.yaml", "templates/i18n/de.yaml")) {
            ProjectFiles.save(project, file, s -> aboutGerman(s, "the German original", "the German original",
                    "available in German only", "in German"));
        }
        ProjectFiles.save(project, "templates/i18n/pl.yaml", s -> aboutGerman(s, "niemieckim oryginałem", "niemieckim oryginale",
                "tylko po niemiecku", "po niemiecku"));
        ProjectFiles.save(project, "content/authors.yaml", s -> s
                .replace("en: \"Jitendra Vaswani\"}", "en: \"Jitendra Vaswani\", de: \"Jitendra Vaswani\"}")
                .replace("    en: \"Internet marketer and digital marketing consultant\"\n",
                        "    en: \"Internet marketer and digital marketing consultant\"\n    de: \"Internet-Marketer und Berater für digitales Marketing\"\n")
                .replace("    en: Freelancer's Guide editors\n", "    en: Freelancer's Guide editors\n    de: Die Redaktion des Leitfadens\n")
                .replace("    en: \"Editorial team\"\n", "    en: \"Editorial team\"\n    de: \"Redaktion\"\n")
                .replaceFirst("(    en: \"Founder of the SchemaNinja[^\n]*\n)", "$1    de: \"Gründer des WordPress-Plugins SchemaNinja.\"\n")
                .replaceFirst("(    en: \"The Freelancer's Guide editorial team[^\n]*\n)", "$1    de: \"Die Redaktion schreibt und prüft jeden Artikel.\"\n"));
        typeTheShellCommandsOf(README.blockWith("$ cp content/en/index.md content/de/index.md"));
    }

    /**
     * The block's commands other than {@code ./guide}'s, run as a reader types them, in the project's folder: so a
     * step the README leaves out (the folder {@code content/de} made before a file is copied into it) fails here.
     */
    private static void typeTheShellCommandsOf(ReadmeSection.Block block) throws IOException {
        for (String line : block.lines()) {
            if (!line.startsWith("$ ") || line.startsWith("$ ./guide ")) {
                continue;
            }
            Process shell = new ProcessBuilder("sh", "-c", line.substring(2)).directory(project.toFile())
                    .redirectErrorStream(true).start();
            try {
                String said = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(0, shell.waitFor(), "README.md:" + block.line() + ": typed as the README says, " + line + " failed: " + said);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
    }

    private static String aboutGerman(String strings, String originalIn, String originalWhere, String onlyIn, String inLanguage) {
        return strings.replace("originalIn:\n", "originalIn:\n  de: " + originalIn + "\n")
                .replace("originalWhere:\n", "originalWhere:\n  de: " + originalWhere + "\n")
                .replace("onlyIn:\n", "onlyIn:\n  de: " + onlyIn + "\n")
                .replace("inLanguage:\n", "inLanguage:\n  de: " + inLanguage + "\n");
    }

    /**
     * The command printed exactly the block's lines (after its command line), apart from what editors'
     * work changes and the interface files' lines and counts (checked against the files instead): the authors'
     * lines are checked for their wording only.
     */
    private static void assertQuotesExactly(ReadmeSection.Block block, GuideRun run, String what) {
        List<String> real = run.lines(project);
        InterfaceWordLines.in(project).assertRight(real);
        List<String> quoted = block.output().stream().map(AddLanguageReadmeTest::masked).toList();
        List<String> printed = real.stream().map(AddLanguageReadmeTest::masked).toList();
        assertEquals(quoted.stream().filter(line -> !line.startsWith(AUTHORS)).toList(),
                printed.stream().filter(line -> !line.startsWith(AUTHORS)).toList(), QuotedOutput.stale(block, what, real));
        quoted.stream().filter(line -> line.startsWith(AUTHORS))
                .forEach(line -> assertTrue(printed.contains(line), "not printed: " + line + "\n" + QuotedOutput.stale(block, what, real)));
    }

    private static final String AUTHORS = "content/authors.yaml:N:";

    /** A line with the figures that depend on the real content (not on the builder or the templates) masked. */
    static String contentBound(String line) {
        return line.replaceFirst("^content/authors\\.yaml:\\d+:", AUTHORS)
                .replaceFirst("^Build failed: \\d+ problems", "Build failed: N problems")
                .replaceFirst("^Built \\d+ pages into (\\S+) in \\d+\\.\\d s \\(\\d+ files rendered\\)", "Built N pages into $1 in T s (N files rendered)")
                .replaceFirst("^(\\s+(?:pl|en|root)\\s+)\\d+ pages", "$1N pages");
    }

    private static String masked(String line) {
        return InterfaceWordLines.masked(contentBound(line));
    }

    /**
     * The block is shortened output ({@code ...} for what it leaves out), compared line by line in order, with the
     * interface files' lines and counts checked against the files as they were at the run ({@code words}).
     */
    private static void assertQuotesLines(ReadmeSection.Block block, GuideRun run, InterfaceWordLines words, String what) {
        words.assertRight(run.lines(project));
        QuotedOutput.inOrder(block, block.output(), run.lines(project), InterfaceWordLines::masked, what);
    }
}
