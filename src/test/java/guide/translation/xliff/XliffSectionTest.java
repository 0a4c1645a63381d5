package guide.translation.xliff;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static guide.translation.xliff.XliffFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A translation that does not follow its source paragraph for paragraph (fixtures/xliff:
 * content/en/sections-test.md has an extra paragraph, a list where the Polish has paragraphs, a
 * section of its own, none for one Polish section, and other footnotes): it goes out by section,
 * comes back byte for byte, takes a translator's edits, and is refused when a section's structure
 * breaks.
 */
class XliffSectionTest {
    private static final Path FIXTURES = ProjectFixture.projectDir().resolve("src/test/resources/fixtures/xliff/content");

    @TempDir
    Path project;
    Path file;
    String english;
    String polish;

    @BeforeEach
    void setUp() throws IOException {
        XliffFixture.fixtureProject(project);
        file = project.resolve("target/xliff/sections-fixture.pl-en.xlf");
        english = body(FIXTURES.resolve("en/sections-test.md"));
        polish = body(FIXTURES.resolve("pl/sekcje-testowe.md"));
    }

    @Test
    void sectionsThatFollowTheSourceKeepTheirUnitsAndTheOthersGoOutWhole() throws Exception {
        XliffFixture.Run export = export();
        assertTrue(export.out().contains("(11 translated, 1 to translate; 4 of the 12 are whole sections)"), export.out());
        assertFalse(export.out().contains("warning"), export.out());
        String xliff = read(file);
        XliffFile units = Xliff12Reader.read(file, Files.readAllBytes(file));

        assertEquals("The first paragraph of the aligned section.", units.unit("b3.1").orElseThrow().target().markdown());
        assertTrue(unitXml(xliff, "b3.1").contains("state=\"translated\""), unitXml(xliff, "b3.1"));
        assertEquals("The aligned section", units.unit("b2.1").orElseThrow().target().markdown());

        ReadUnit extra = section(units, "extra-paragraph");
        assertEquals(between(polish, "## Sekcja z dodatkowym", "## Powody"), extra.source().markdown());
        assertEquals(between(english, "## A section with an extra", "## Reasons"), extra.target().markdown(),
                "the target is the English section as it stands, extra paragraph and own footnote included");
        assertTrue(unitXml(xliff, extra.id()).contains("state=\"translated\""), unitXml(xliff, extra.id()));

        ReadUnit reasons = section(units, "reasons");
        assertEquals(between(english, "## Reasons in a list", "## Conclusion"), reasons.target().markdown(),
                "the list, and the English-only section after it, travel in this unit");

        ReadUnit polishOnly = section(units, "polish-law");
        assertEquals(between(polish, "## Tylko w polskim", "## Zakończenie"), polishOnly.source().markdown());
        assertTrue(polishOnly.target() == null || polishOnly.target().isEmpty(), "the English has no such section");
        assertTrue(unitXml(xliff, polishOnly.id()).contains("state=\"needs-translation\""), unitXml(xliff, polishOnly.id()));
        assertTrue(unitXml(xliff, polishOnly.id()).contains("Leave the target empty to keep it out"), unitXml(xliff, polishOnly.id()));

        ReadUnit footnotes = section(units, "footnotes");
        assertEquals(polish.substring(polish.indexOf("[^kc]: ")), footnotes.source().markdown());
        assertEquals(english.substring(english.indexOf("[^eu]: ")), footnotes.target().markdown());

        for (ReadUnit unit : units.units()) {
            for (TaggedText text : new TaggedText[]{unit.source(), unit.target()}) {
                String words = text == null ? "" : words(text);
                assertFalse(words.contains("{#") || words.contains("##") || words.contains("[^") || words.contains("\n- "),
                        unit.id() + ": Markdown stays in the tags, out of the words: " + words);
            }
        }
    }

    @Test
    void importingTheFileUnchangedGivesTheSameMarkdownByteForByte() throws Exception {
        export();
        Map<String, String> before = XliffFixture.snapshot(project.resolve("content"));
        XliffFixture.Run imported = XliffFixture.guide(project, "translations", "import", file.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("content/en/sections-test.md: unchanged"), imported.out());
        assertEquals(before, XliffFixture.snapshot(project.resolve("content")));
    }

    @Test
    void aTranslatorsWholeSectionsAreWrittenAsTheTargetsSay() throws Exception {
        export();
        edit(s -> replaceInTarget(s, "reasons", "The second reason.", "The second, better reason."));
        // The Polish-only section, translated: copy the source, translate the words, drop the Polish footnote marker.
        String copied = read(file).replaceFirst("(?s)(<trans-unit id=\"(s\\d+)\" restype=\"x-section\" resname=\"polish-law\".*?<source xml:lang=\"pl\">)(.*?)"
                + "(</source>\\s*<target xml:lang=\"en\" state=\")needs-translation(\">)</target>", "$1$3$4translated$5$3</target>");
        copied = replaceInTarget(copied, "polish-law", "Tylko w polskim prawie", "Only in Polish law");
        copied = replaceInTarget(copied, "polish-law", Pattern.compile("Ten przepis obowiązuje tylko w Polsce\\.<ph id=\"\\d+\" ctype=\"x-footnote\">\\[\\^kc]</ph>"),
                "This rule applies in Poland only.");
        XliffFixture.write(file, copied);
        XliffFixture.Run imported = XliffFixture.guide(project, "translations", "import", file.toString());
        assertEquals(0, imported.code(), imported.err());
        String written = body(project.resolve("content/en/sections-test.md"));
        assertEquals(english.replace("- The second reason.", "- The second, better reason.")
                .replace("## Conclusion", "## Only in Polish law {#polish-law}\n\nThis rule applies in Poland only.\n\n## Conclusion"), written);
    }

    @Test
    void aFootnoteMarkerLeftWithoutItsFootnoteIsRefused() throws Exception {
        export();
        String err = refused(s -> replaceInTarget(s.replaceFirst("(?s)(resname=\"polish-law\".*?<source xml:lang=\"pl\">)(.*?)(</source>\\s*<target xml:lang=\"en\" state=\")"
                + "needs-translation(\">)</target>", "$1$2$3translated$4$2</target>"), "polish-law", "Ten przepis obowiązuje tylko w Polsce.", "This rule applies in Poland only."));
        assertTrue(err.contains("(section polish-law): footnote reference [^kc] has no footnote in the translation"), err);
    }

    @Test
    void aCopyOfTheSourceLeftInASectionTheTranslationLacksKeepsItOut() throws Exception {
        export();
        edit(s -> s.replaceFirst("(?s)(resname=\"polish-law\".*?<source xml:lang=\"pl\">)(.*?)(</source>\\s*<target xml:lang=\"en\" state=\"needs-translation\">)</target>",
                "$1$2$3$2</target>"));
        Map<String, String> before = XliffFixture.snapshot(project.resolve("content"));
        XliffFixture.Run imported = XliffFixture.guide(project, "translations", "import", file.toString());
        assertEquals(0, imported.code(), imported.err());
        assertEquals(before, XliffFixture.snapshot(project.resolve("content")), "what CAT tools write for an untranslated segment is not a translation");
    }

    @Test
    void aSectionWithoutItsHeadingsIdIsRefused() throws Exception {
        export();
        String err = refused(s -> replaceInTarget(s, "extra-paragraph", "<ph id=\"2\" ctype=\"x-block\"> {#extra-paragraph}</ph>", ""));
        assertTrue(err.contains(":" + lineOf("extra-paragraph") + ": unit " + sectionId("extra-paragraph")
                + " (section extra-paragraph): no longer starts with its heading with {#extra-paragraph}"), err);
    }

    @Test
    void unsafeHtmlTypedIntoASectionIsRefused() throws Exception {
        export();
        String err = refused(s -> replaceInTarget(s, "extra-paragraph", "for readers outside Poland.", "for &lt;script&gt;alert(1)&lt;/script&gt;."));
        assertTrue(err.contains(":" + lineOf("extra-paragraph") + ": unit " + sectionId("extra-paragraph")
                + " (section extra-paragraph): would bring unsafe HTML: <script> element is not allowed"), err);
    }

    @Test
    void reorderedPlaceholdersInASectionAreRefused() throws Exception {
        export();
        Matcher bold = Pattern.compile("(<bpt id=\"(\\d+)\" ctype=\"bold\">\\*\\*</bpt>)first(<ept id=\"\\2\">\\*\\*</ept>)").matcher(read(file));
        assertTrue(bold.find(), "the list's bold is a tag pair");
        String err = refused(s -> s.replace(bold.group(), bold.group(3) + "first" + bold.group(1)));
        assertTrue(err.contains("unit " + sectionId("reasons") + " (section reasons): placeholders reordered: <ept id=\"" + bold.group(2)
                + "\"> (**) comes before its start"), err);
    }

    @Test
    void aSectionThatRunsIntoTheNextIsRefused() throws Exception {
        export();
        String err = refused(s -> s.replaceFirst("(?s)(resname=\"extra-paragraph\"(?:(?!</trans-unit>).)*?for readers outside Poland\\.)<ph id=\"\\d+\" ctype=\"x-block\">\n\n</ph>",
                "$1"));
        assertTrue(err.contains("unit " + sectionId("extra-paragraph") + " (section extra-paragraph): runs into what follows it"), err);
    }

    @Test
    void statesFollowTheStampSectionBySection() throws Exception {
        Path source = project.resolve("content/pl/sekcje-testowe.md");
        XliffFixture.write(source, read(source).replace("Pierwszy akapit zgodnej sekcji.", "Pierwszy akapit zgodnej sekcji, poprawiony.")
                .replace("Jedyny akapit tej sekcji po polsku", "Jedyny, poprawiony akapit tej sekcji po polsku")
                .replace("## Zakończenie", "## Nowa sekcja {#new}\n\nNowy tekst.\n\n## Zakończenie"));
        XliffFixture.Run export = export();
        String xliff = read(file);
        XliffFile units = Xliff12Reader.read(file, Files.readAllBytes(file));
        assertTrue(unitXml(xliff, "b3.1").contains("state=\"needs-review-translation\">The first paragraph of the aligned section.</target>"),
                "an edited paragraph of an aligned section: its unit to review, with the old text: " + unitXml(xliff, "b3.1"));
        assertTrue(unitXml(xliff, "b4.1").contains("state=\"translated\""), unitXml(xliff, "b4.1"));
        assertTrue(unitXml(xliff, section(units, "extra-paragraph").id()).contains("state=\"needs-review-translation\""),
                "a whole section with an edited block: to review");
        assertEquals(between(english, "## A section with an extra", "## Reasons"), section(units, "extra-paragraph").target().markdown());
        assertTrue(unitXml(xliff, section(units, "reasons").id()).contains("state=\"translated\""), "an unchanged whole section stays translated");
        ReadUnit added = section(units, "new");
        assertTrue(added.target() == null || added.target().isEmpty(), "a new section has nothing to show");
        assertTrue(unitXml(xliff, added.id()).contains("New in the pl version"), unitXml(xliff, added.id()));
        assertTrue(export.out().contains("(9 translated, 2 to review, 2 to translate; 5 of the 13 are whole sections)"), export.out());

        XliffFixture.Run imported = XliffFixture.guide(project, "translations", "import", file.toString());
        assertEquals(1, imported.code());
        assertTrue(imported.err().contains("unit " + added.id() + " (section new) has no target: translate it"), imported.err());
        assertFalse(imported.err().contains("polish-law"), "the Polish-only section may stay out: " + imported.err());
    }

    /** The Polish edited in the aligned section's first paragraph, exported, and that paragraph's unit translated and confirmed. */
    private void exportAfterAnEditAndTranslateIt() throws Exception {
        Path source = project.resolve("content/pl/sekcje-testowe.md");
        XliffFixture.write(source, read(source).replace("Pierwszy akapit zgodnej sekcji.", "Pierwszy akapit zgodnej sekcji, poprawiony."));
        XliffFixture.Run export = export();
        assertTrue(export.out().contains("(10 translated, 1 to review, 1 to translate; 4 of the 12 are whole sections)"), export.out());
        edit(s -> s.replace("state=\"needs-review-translation\">The first paragraph of the aligned section.</target>",
                "state=\"translated\">The first paragraph of the aligned section, corrected.</target>"));
    }

    @Test
    void aSectionLeftOutAsTheExportSaysDoesNotKeepTheTranslationOutdated() throws Exception {
        exportAfterAnEditAndTranslateIt(); // the Polish-only section's unit comes back as exported: empty, "needs-translation"

        XliffFixture.Run imported = XliffFixture.guide(project, "translations", "import", file.toString());

        assertEquals(0, imported.code(), imported.err());
        // the import says what it did to the stamp, as the report then shows it: the translator need not run the report to know
        assertTrue(imported.out().contains("content/en/sections-test.md: updated from " + file
                + "; stamped current with its source, and ./guide translations reports it current\n"), imported.out());
        assertFalse(imported.out().contains("still marked"), imported.out());
        String written = body(project.resolve("content/en/sections-test.md"));
        assertEquals(english.replace("aligned section.", "aligned section, corrected."), written, "the section stays out");
        XliffFixture.Run report = XliffFixture.guide(project, "translations");
        assertTrue(report.out().contains("sections-fixture     source     current"), report.out());
    }

    @Test
    void aSectionLeftOutAsACopyOfItsSourceDoesNotKeepTheTranslationOutdatedEither() throws Exception {
        exportAfterAnEditAndTranslateIt();
        edit(s -> s.replaceFirst("(?s)(resname=\"polish-law\".*?<source xml:lang=\"pl\">)(.*?)(</source>\\s*<target xml:lang=\"en\" state=\"needs-translation\">)</target>",
                "$1$2$3$2</target>")); // what Okapi's writer puts in a segment nobody translated

        XliffFixture.Run imported = XliffFixture.guide(project, "translations", "import", file.toString());

        assertEquals(0, imported.code(), imported.err());
        assertFalse(imported.out().contains("still marked"), imported.out());
        assertTrue(XliffFixture.guide(project, "translations").out().contains("sections-fixture     source     current"));
    }

    @Test
    void aSectionLeftOutIsDoneInAStampMovedOnOnlyForTheUnitsDone() throws Exception {
        Path source = project.resolve("content/pl/sekcje-testowe.md");
        XliffFixture.write(source, read(source).replace("Pierwszy akapit zgodnej sekcji.", "Pierwszy akapit zgodnej sekcji, poprawiony.")
                .replace("Ten przepis obowiązuje tylko w Polsce.", "Ten przepis obowiązuje tylko w Polsce, od 2013 roku."));
        export(); // the edited paragraph's unit stays to review; the Polish-only section, edited too, stays out

        XliffFixture.Run imported = XliffFixture.guide(project, "translations", "import", file.toString());

        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("1 unit still marked for review, so the stamp"), imported.out());
        String report = XliffFixture.guide(project, "translations").out();
        assertTrue(report.contains("~ edited: Pierwszy akapit zgodnej sekcji, poprawiony."), report);
        assertFalse(report.contains("od 2013 roku"), "the section left out is not listed as still to translate: " + report);
    }

    @Test
    void aSectionTranslatedButNotConfirmedStillKeepsTheStampBack() throws Exception {
        exportAfterAnEditAndTranslateIt();
        edit(s -> replaceInTarget(s.replaceFirst("(?s)(resname=\"polish-law\".*?<source xml:lang=\"pl\">)(.*?)(</source>\\s*<target xml:lang=\"en\" state=\"needs-translation\">)"
                + "</target>", "$1$2$3$2</target>"), "polish-law", Pattern.compile("Ten przepis obowiązuje tylko w Polsce\\.<ph id=\"\\d+\" ctype=\"x-footnote\">\\[\\^kc]</ph>"),
                "This rule applies in Poland only.")); // translated, but its state left as exported

        XliffFixture.Run imported = XliffFixture.guide(project, "translations", "import", file.toString());

        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("1 unit still marked for translation"), imported.out());
        String report = XliffFixture.guide(project, "translations").out();
        assertTrue(report.contains("sections-fixture     source     outdated"), report);
    }

    @Test
    void aQuizSectionThatChangesItsPointsIsRefused() throws Exception {
        Path quiz = project.resolve("content/en/test-quiz.md");
        XliffFixture.write(quiz, read(quiz).replace("The first piece of advice.", "The first piece of advice.\n\nAnd a second one, in English only."));
        assertEquals(0, XliffFixture.guide(project, "translations", "stamp", "content/en/test-quiz.md").code());
        assertEquals(0, XliffFixture.guide(project, "translations", "export", "content/pl/quiz-testowy.md", "--to", "en").code());
        file = project.resolve("target/xliff/quiz-fixture.pl-en.xlf");
        assertTrue(read(file).contains("resname=\"keep\""), read(file));
        String err = refused(s -> replaceInTarget(s, "keep", "{#keep points=0-3}", "{#keep points=0-9}"));
        assertTrue(err.contains("unit " + sectionId("keep") + " (section keep): would change the checklist's ids, points or decides"), err);
    }

    // ------------------------------------------------------------------ helpers

    private XliffFixture.Run export() {
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "export", "content/pl/sekcje-testowe.md", "--to", "en");
        assertEquals(0, run.code(), run.err());
        return run;
    }

    private void edit(UnaryOperator<String> change) throws IOException {
        String text = read(file);
        String edited = change.apply(text);
        assertNotEquals(text, edited, "the test's edit must change the file");
        XliffFixture.write(file, edited);
    }

    /** Imports the file after {@code change}; asserts the refusal and that content/ is untouched; returns stderr. */
    private String refused(UnaryOperator<String> change) throws IOException {
        edit(change);
        Map<String, String> before = XliffFixture.snapshot(project.resolve("content"));
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", file.toString());
        assertEquals(1, run.code(), run.out() + run.err());
        assertTrue(run.err().contains(file.getFileName() + ":") && run.err().contains("Nothing imported"), run.err());
        assertEquals(before, XliffFixture.snapshot(project.resolve("content")), "no file under content/ changed");
        return run.err();
    }

    /** {@code text} with {@code from} replaced by {@code to} inside the target of the section unit named {@code name}. */
    private static String replaceInTarget(String text, String name, String from, String to) {
        return replaceInTarget(text, name, Pattern.compile(Pattern.quote(from)), to);
    }

    private static String replaceInTarget(String text, String name, Pattern from, String to) {
        Matcher m = Pattern.compile("(?s)resname=\"" + name + "\".*?<target[^>]*>(.*?)</target>").matcher(text);
        assertTrue(m.find(), name);
        assertTrue(from.matcher(m.group(1)).find(), from + " in " + m.group(1));
        return text.substring(0, m.start(1)) + from.matcher(m.group(1)).replaceFirst(Matcher.quoteReplacement(to)) + text.substring(m.end(1));
    }

    private String sectionId(String name) throws IOException {
        Matcher m = Pattern.compile("<trans-unit id=\"([^\"]+)\" restype=\"x-section\" resname=\"" + name + "\"").matcher(read(file));
        assertTrue(m.find(), name);
        return m.group(1);
    }

    private int lineOf(String name) throws IOException {
        String text = read(file);
        return (int) text.substring(0, text.indexOf("resname=\"" + name + "\"")).chars().filter(c -> c == '\n').count() + 1;
    }

    private static ReadUnit section(XliffFile file, String name) {
        return file.units().stream().filter(u -> u.restype().equals("x-section") && u.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no section unit " + name));
    }

    private static String unitXml(String xliff, String id) {
        Matcher m = Pattern.compile("(?s)<trans-unit id=\"" + Pattern.quote(id) + "\".*?</trans-unit>").matcher(xliff);
        assertTrue(m.find(), id);
        return m.group();
    }

    private static String words(TaggedText text) {
        StringBuilder out = new StringBuilder();
        text.spans().stream().filter(TaggedText.Text.class::isInstance).forEach(s -> out.append(s.markdown()));
        return out.toString();
    }

    private static String between(String text, String from, String to) {
        return text.substring(text.indexOf(from), text.indexOf(to));
    }

    private static String body(Path file) throws IOException {
        String text = read(file);
        return text.substring(text.indexOf("~~~~~~\n") + 7);
    }
}
