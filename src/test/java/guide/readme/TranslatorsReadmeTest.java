package guide.readme;

import guide.site.ProjectFiles;
import guide.translation.GitProject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The output "Keep translations up to date" quotes, compared with a run of the same edits on a copy of
 * the real project (the README quotes the real pages: the about page, the 5 signs article, the
 * not-found page). The report and the translate command do not build, so the copy is built only for the
 * two blocks that quote a build. The first test runs in a copy that is not a git repository, as its
 * block says; then the copy is committed to git, as the real project is. Each test puts back what it
 * changed. A case run alone first commits the copy if it needs git ({@link SharedStep}). Masked, because editors' work changes them: the counts of keys, sources and current pages,
 * the tags English pages use, and the hash of the about page's text.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TranslatorsReadmeTest {
    private static final ReadmeSection README = ReadmeSection.subsection("Keep translations up to date");
    private static final String ABOUT = "content/pl/o-przewodniku.md";
    private static final String SIGNS = "content/pl/5-oznak-ze-czas-rozstac-sie-z-klientem.md";

    @RealProject
    static Path project;

    /** The copy committed to git, as the real project is: every case but the first, which runs outside git, needs it. */
    private static final SharedStep<Void> IN_GIT = SharedStep.of(() -> project, () -> GitProject.init(project));

    @Test
    @Order(1)
    void outsideGitAnEditedParagraphIsShownAsItIsNow() throws IOException {
        assertReport(4, List.of(SIGNS), s -> s.replace("brak wiedzy.\n", "brak wiedzy. Wyjaśnij więc, z czego składa się twoja stawka.\n"),
                "./guide translations in a copy that is not a git repository, a sentence added to a paragraph of " + SIGNS);
    }

    @Test
    @Order(2)
    void anEditedHeadingAndAnAddedSectionAreListed() throws Exception {
        IN_GIT.ensure();
        assertReport(0, List.of(ABOUT), TranslatorsReadmeTest::headingEditedAndSectionAdded,
                "./guide translations with a heading of " + ABOUT + " edited and a section added at its end");
    }

    /**
     * The README says stamping after the first example's heading edits names another hash, that of the edited text: not
     * the one the translation was stamped with before them. It quotes no such hash: one would go stale with every edit of the about page (it did once), and an
     * editor's edit must not fail the README's tests.
     */
    @Test
    @Order(3)
    void stampingAfterTheHeadingEditsNamesAnotherHashThanTheBlock() throws Exception {
        IN_GIT.ensure();
        String english = Files.readString(project.resolve("content/en/about.md"));
        Matcher stamped = Pattern.compile("(?m)^sourceRevision=(pl [0-9a-f]{12}) ").matcher(english);
        assertTrue(stamped.find(), "content/en/about.md has a current stamp before the edits: " + english.lines().limit(12).toList());
        GuideRun stamp;
        try (ProjectEdits edits = new ProjectEdits(project)) {
            stamp = edits.write("content/en/about.md", english)
                    .save(ABOUT, TranslatorsReadmeTest::headingEditedAndSectionAdded)
                    .run("translations", "stamp", "content/en/about.md");
        }
        assertEquals(0, stamp.exitCode(), stamp.err());
        ReadmeSection.Block block = README.block(6);
        assertTrue(block.output().get(0).matches(".*\\(pl [0-9a-f]{12}\\)"), "README.md:" + block.line() + " should quote a stamp: " + block.output());
        String printed = stamp.lines(project).get(0);
        assertTrue(printed.matches(".*\\(pl [0-9a-f]{12}\\)") && !printed.endsWith("(" + stamped.group(1) + ")"),
                "README.md says the stamp after the heading edits names another hash than the one before them (" + stamped.group(1)
                        + "); it printed: " + printed);
    }

    /** The first example's edits: a heading of the about page lengthened, a section added at its end. */
    private static String headingEditedAndSectionAdded(String polish) {
        return polish.replace("\n## Bez śledzenia\n", "\n## Bez śledzenia i bez reklam\n")
                + "\n## Kontakt\n\nPiszesz do nas? Odpowiadamy w ciągu dwóch dni roboczych.\n";
    }

    @Test
    @Order(4)
    void aSentenceAddedToAParagraphIsMarkedAsGitMarksIt() throws Exception {
        IN_GIT.ensure();
        assertReport(3, List.of(SIGNS), s -> s.replace("brak wiedzy.\n", "brak wiedzy. Wyjaśnij więc, z czego składa się twoja stawka.\n"),
                "./guide translations with a sentence added to a paragraph of " + SIGNS);
    }

    @Test
    @Order(5)
    void aChangedSummaryIsShownAndStampingMarksTheTranslationCurrent() throws Exception {
        IN_GIT.ensure();
        String english = Files.readString(project.resolve("content/en/about.md"));
        assertReport(5, List.of(ABOUT), s -> s.replace("kto go tworzy", "kto go pisze"),
                "./guide translations with 'kto go tworzy' made 'kto go pisze' in the summary of " + ABOUT);
        String polish = Files.readString(project.resolve(ABOUT));
        ProjectFiles.save(project, ABOUT, s -> s.replace("kto go tworzy", "kto go pisze"));
        GuideRun stamp = GuideRun.run(project, "translations", "stamp", "content/en/about.md");
        Files.writeString(project.resolve(ABOUT), polish);
        Files.writeString(project.resolve("content/en/about.md"), english);
        assertEquals(0, stamp.exitCode(), stamp.err());
        QuotedOutput.exactly(README.block(6), README.block(6).output(), stamp.lines(project), TranslatorsReadmeTest::contentBound,
                "./guide translations stamp content/en/about.md after the summary change");
    }

    @Test
    @Order(6)
    void anUnreadableStampIsNamedAtItsLine() throws Exception {
        IN_GIT.ensure();
        assertReport(7, List.of("content/en/about.md"), s -> s.replaceFirst("(?m)^(sourceRevision=pl [0-9a-f]{10})[0-9a-f]{2} ", "$1zz "),
                "./guide translations with zz typed into the hash of content/en/about.md's stamp");
    }

    @Test
    @Order(7)
    void aTranslationThatCannotBeReadIsUnreadable() throws Exception {
        IN_GIT.ensure();
        GuideRun report = withEnglishAboutUnreadable(() -> GuideRun.run(project, "translations"));
        assertEquals(0, report.exitCode(), report.err());
        QuotedOutput.inOrder(README.block(1), README.block(1).output(), report.lines(project), TranslatorsReadmeTest::contentBound,
                "./guide translations with bytes in another encoding appended to content/en/about.md");
    }

    @Test
    @Order(8)
    void aTranslationOfASourceThatCannotBeReadIsUnknown() throws Exception {
        IN_GIT.ensure();
        Path polish = project.resolve(ABOUT);
        byte[] before = Files.readAllBytes(polish);
        Files.write(polish, new byte[] {(byte) 0xff, (byte) 0xfe, '\n'}, java.nio.file.StandardOpenOption.APPEND);
        GuideRun report = GuideRun.run(project, "translations");
        Files.write(polish, before);
        assertEquals(0, report.exitCode(), report.err());
        QuotedOutput.inOrder(README.block(2), README.block(2).output(), report.lines(project), TranslatorsReadmeTest::contentBound,
                "./guide translations with bytes in another encoding appended to " + ABOUT);
    }

    @Test
    @Order(9)
    void aCopiedHeaderKeepsItsKeyAndTheBuildNamesTheNewerPage() throws Exception {
        IN_GIT.ensure();
        Path copy = project.resolve("content/pl/test-czy-przyjac-projekt.md");
        Files.writeString(copy, Files.readString(project.resolve("content/pl/test-czy-rozstac-sie-z-klientem.md"))
                .replaceFirst("(?m)^date=.*$", "date=2026-12-01").replaceFirst("(?m)^updated=.*$", "updated=2026-12-02"));
        GuideRun build = GuideRun.run(project, "build");
        Files.delete(copy);
        assertEquals(1, build.exitCode(), build.out());
        ReadmeSection.Quote quote = ReadmeSection.subsection("Translate an article").quote('`', "content/pl/test-czy-przyjac-projekt.md:");
        assertEquals(quote.text(), build.lines(project).get(0), "README.md:" + quote.line() + " quotes the build with the quiz copied to"
                + " content/pl/test-czy-przyjac-projekt.md, dated after it");
    }

    @Test
    @Order(10)
    void stampsForTheWrongLanguageAreNamedAtTheirLine() throws Exception {
        IN_GIT.ensure();
        String notFound = "content/en/404.md";
        assertReportLine(notFound, s -> s.replaceFirst("(?m)^(sourceRevision=pl .*) to=en$", "$1 to=pl"),
                "content/en/404.md:8: outdated, its stamp is for", "./guide translations with to=pl typed into " + notFound + "'s stamp");
        String text = Files.readString(project.resolve(notFound));
        ProjectFiles.save(project, notFound, s -> s.replaceFirst("(?m)^sourceRevision=pl ", "sourceRevision=en "));
        GuideRun report = GuideRun.run(project, "translations");
        GuideRun export = GuideRun.run(project, "translations", "export", "content/pl/404.md", "--to", "en", "--replace");
        ProjectFiles.writeWhole(project.resolve(notFound), text);
        assertLineQuoted(report, "content/en/404.md:8: outdated, its stamp says it was", "./guide translations with sourceRevision=en typed"
                + " into " + notFound + "'s stamp");
        assertLineQuoted(export, "content/pl/404.md -> target/xliff/", "./guide translations export content/pl/404.md --to en with"
                + " sourceRevision=en typed into " + notFound + "'s stamp");
    }

    @Test
    @Order(11)
    void theJsonReportSaysGoneWhereTheDeletedSourceWas() throws Exception {
        IN_GIT.ensure();
        String polish = Files.readString(project.resolve(ABOUT));
        Files.delete(project.resolve(ABOUT));
        GuideRun json = GuideRun.run(project, "translations", "--json");
        ProjectFiles.writeWhole(project.resolve(ABOUT), polish);
        assertEquals(0, json.exitCode(), json.err());
        ReadmeSection.Block block = README.block(8);
        String quoted = block.output().get(0);
        String start = quoted.substring(0, quoted.length() - "…".length());
        assertEquals(start, json.out().substring(0, Math.min(start.length(), json.out().length())),
                "README.md:" + block.line() + " quotes the start of ./guide translations --json with " + ABOUT + " deleted");
    }

    @Test
    @Order(12)
    void failOnUnreadableStopsWhereFailOnMissingDoesNot() throws Exception {
        IN_GIT.ensure();
        List<GuideRun> runs = withEnglishAboutUnreadable(() -> List.of(GuideRun.run(project, "translations", "--fail-on", "missing"),
                GuideRun.run(project, "translations", "--fail-on", "unreadable")));
        int missing = runs.get(0).exitCode();
        GuideRun unreadable = runs.get(1);
        List<String> stopped = new ArrayList<>(new GuideRun(unreadable.exitCode(), "", unreadable.err()).lines(project));
        stopped.add(String.valueOf(unreadable.exitCode()));
        ReadmeSection.Block block = README.block(9);
        assertEquals(List.of(List.of(String.valueOf(missing)), stopped), List.of(block.outputOf(0), block.outputOf(1)),
                "README.md:" + block.line() + " quotes the exit code of --fail-on missing, and what --fail-on unreadable prints on"
                        + " standard error and its exit code, with bytes in another encoding appended to content/en/about.md");
    }

    /** Applies the edit to the file, runs the report, puts the file back and finds the README's quote starting {@code start} in it. */
    private static void assertReportLine(String file, UnaryOperator<String> edit, String start, String what) throws IOException {
        String before = Files.readString(project.resolve(file));
        ProjectFiles.save(project, file, edit);
        GuideRun report = GuideRun.run(project, "translations");
        ProjectFiles.writeWhole(project.resolve(file), before);
        assertLineQuoted(report, start, what);
    }

    /** The run printed, as one of its lines, the README's quote that starts {@code start}. */
    private static void assertLineQuoted(GuideRun run, String start, String what) {
        assertEquals(0, run.exitCode(), run.err());
        ReadmeSection.Quote quote = README.quote('`', start);
        String printed = run.lines(project).stream().filter(line -> line.startsWith(start)).findFirst().orElse("(no line starting " + start + ")");
        assertEquals(quote.text(), printed, "README.md:" + quote.line() + " quotes " + what);
    }

    /** Applies the edit to the files, runs the report, puts the files back and compares with the block's lines. */
    private static void assertReport(int block, List<String> files, UnaryOperator<String> edit, String what)
            throws IOException {
        Map<String, String> before = new HashMap<>();
        for (String file : files) {
            before.put(file, Files.readString(project.resolve(file)));
            ProjectFiles.save(project, file, edit);
        }
        GuideRun report = GuideRun.run(project, "translations");
        for (String file : files) {
            Files.writeString(project.resolve(file), before.get(file));
        }
        assertEquals(0, report.exitCode(), report.err());
        QuotedOutput.inOrder(README.block(block), README.block(block).output(), report.lines(project), TranslatorsReadmeTest::contentBound, what);
    }

    /** A line with what editors' work changes masked: counts of pages, the tags in use, the hash of a page's text. */
    static String contentBound(String line) {
        return line.replaceFirst("^\\d+ keys: \\d+ source, \\d+ current", "N keys: N source, N current")
                .replaceFirst("\\((\\w+) pages use: [^)]*\\)", "($1 pages use: …)")
                .replaceFirst("\\(pl [0-9a-f]{12}\\)", "(pl HASH)")
                .replaceFirst("its hash '[0-9a-f]{10}zz'", "its hash 'HASHzz'")
                .replaceFirst("^(\\s*content/(?:en/about|pl/o-przewodniku)\\.md:)\\d+(: not valid UTF-8)", "$1N$2");
    }

    /**
     * What {@code runs} gives with bytes in another encoding appended to content/en/about.md, which ./guide translations then
     * reports unreadable; the file is put back afterwards, also when a run fails, so the tests after it see the project whole.
     */
    private static <T> T withEnglishAboutUnreadable(Supplier<T> runs) throws IOException {
        Path english = project.resolve("content/en/about.md");
        byte[] before = Files.readAllBytes(english);
        Files.write(english, new byte[] {(byte) 0xff, (byte) 0xfe, '\n'}, StandardOpenOption.APPEND);
        try {
            return runs.get();
        } finally {
            Files.write(english, before);
        }
    }
}
