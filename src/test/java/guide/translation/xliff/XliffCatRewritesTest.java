package guide.translation.xliff;

import guide.build.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What CAT tools do to an XLIFF 1.2 file when they save it, tried on the test article: Okapi's writer (under Rainbow and
 * OmegaT's Okapi filter) rewrites the header and the escapes; a segmenting tool adds a {@code <seg-source>} and
 * {@code <mrk mtype="seg">} in the target; Windows tools write CRLF and a UTF-8 byte order mark; tools reorder attributes and add
 * {@code <alt-trans>} matches and {@code <note>}s. Each gives the page a translator filling in the file by hand would give.
 * (the same Markdown, byte for byte, so the same page; XliffCatToolTest builds such an import of the whole test site). A target
 * left empty or dropped is refused, and a unit marked for review holds the stamp back. The file filled in by hand is imported
 * and its project built: the reader gets the new words with their tags and links as they were.
 */
class XliffCatRewritesTest {
    private static final String ARTICLE = "content/en/test-article.md";
    private static final UnaryOperator<String> UPPER = text -> text.toUpperCase(Locale.ROOT);
    private static final Pattern TARGET = Pattern.compile("(?s)(<target[^>]*>)(.*?)(</target>)");
    private static final Pattern PLACEHOLDER_OR_ENTITY = Pattern.compile("(?s)<(bpt|ept|ph)\\b[^>]*>.*?</\\1>|&[a-z]+;|&#[0-9]+;");
    @TempDir
    Path dir;

    @Test
    void everyToolsRewriteImportsAsTheSameTextAsTheFileFilledInByHand() throws Exception {
        Map<String, UnaryOperator<String>> tools = new LinkedHashMap<>();
        tools.put("Okapi's writer", xliff -> OkapiXliff.rewriteTargets(xliff, "pl", "en", UPPER));
        tools.put("segmented, as XLIFF 1.2 writes segments", xliff -> byHand(xliff)
                .replaceAll("(?s)<source xml:lang=\"pl\">(.*?)</source>", "$0<seg-source><mrk mtype=\"seg\" mid=\"1\">$1</mrk></seg-source>")
                .replaceAll("(?s)(<target [^>]*>)(.*?)(</target>)", "$1<mrk mtype=\"seg\" mid=\"1\">$2</mrk>$3"));
        tools.put("Okapi's writer on a file saved with CRLF and a byte order mark",
            xliff -> "\uFEFF" + OkapiXliff.rewriteTargets(xliff.replace("\n", "\r\n"), "pl", "en", UPPER).replace("\n", "\r\n"));
        tools.put("attributes reordered, a match and a note added", xliff -> byHand(xliff)
                .replace("<target xml:lang=\"en\" state=\"translated\">", "<target state=\"translated\" xml:lang=\"en\">")
                .replaceAll("<trans-unit id=\"([^\"]+)\" restype=\"([^\"]+)\"", "<trans-unit restype=\"$2\" id=\"$1\"")
                .replace("</target>", "</target>\n<alt-trans match-quality=\"80\"><source xml:lang=\"pl\">Inny</source><target xml:lang=\"en\">Other</target>"
                        + "</alt-trans>\n<note from=\"translator\">Checked.</note>"));
        Path byHand = exported("by-hand");
        XliffFixture.write(byHand, byHand(XliffFixture.read(byHand)));
        String expected = imported(byHand);
        assertTrue(expected.contains("A FIRST PARAGRAPH WITH **BOLD**"), expected);
        Document page = built(byHand.getParent().getParent().getParent());
        assertEquals("TEST ARTICLE: FOOTNOTES, TABLES AND CODE", page.selectFirst("h1").text());
        Element first = page.selectFirst("[data-prose] p");
        assertTrue(first.text().startsWith("A FIRST PARAGRAPH WITH BOLD, ITALICS, kod_bez_tłumaczenia AND A LINK TO A SECTION"), first::outerHtml);
        assertEquals("BOLD", first.selectFirst("strong").text(), "the tags kept around the translator's words");
        assertEquals("ITALICS", first.selectFirst("em").text());
        assertEquals("/en/other-test/#sekcja", first.selectFirst("a[href*=other-test]").attr("href"), "the link still leads to its section");
        for (Map.Entry<String, UnaryOperator<String>> tool : tools.entrySet()) {
            Path file = exported(tool.getKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
            String rewritten = tool.getValue().apply(XliffFixture.read(file));
            assertNotEquals(byHand(XliffFixture.read(file)), rewritten, tool.getKey() + " rewrote the file");
            XliffFixture.write(file, rewritten);
            assertEquals(expected, imported(file), tool.getKey());
        }
    }

    /**
     * A translator (or a reviewer) who marks a unit of a current translation for review: before, the import wrote the page
     * stamped current and said nothing, so the mark was lost. It holds the stamp back for that unit, as for any unit to review.
     */
    @Test
    void aUnitMarkedForReviewInACurrentTranslationKeepsItOutdated() throws Exception {
        Path file = exported("review");
        String xliff = XliffFixture.read(file);
        String marked = xliff.replaceFirst("state=\"translated\">A first", "state=\"needs-review-translation\">A first");
        assertNotEquals(xliff, marked);
        XliffFixture.write(file, marked);
        Path project = dir.resolve("review");
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", file.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains(ARTICLE + ": updated from " + file + "; 1 unit still marked for review, so the stamp was updated only for the"
                + " units marked translated, and ./guide translations still reports the page outdated"), run.out());
        String report = XliffFixture.guide(project, "translations").out();
        assertTrue(report.contains(ARTICLE + ": outdated, parts of it were still marked for review at the last XLIFF import"), report);
        assertTrue(report.contains("? still marked for review: Pierwszy akapit z **pogrubieniem**"), report);
    }

    /**
     * A current translation, still a draft, with a part copied from the source (a list item, which the export marks to
     * translate, as the stamp already covers it), and a unit the reviewer marks for review: the import holds the stamp back for
     * that unit only. Before, the draft part's block went into the stamp's review list too, so the next export asked to review
     * the other item of that list, which nobody had marked, and the published page's report listed the list as marked for review.
     */
    @Test
    void aUnitMarkedForReviewBesideADraftPartHoldsBackOnlyThatUnit() throws Exception {
        Path project = dir.resolve("draft");
        XliffFixture.fixtureProject(project);
        Path article = project.resolve(ARTICLE);
        XliffFixture.write(article, XliffFixture.read(article).replace("- first point", "- punkt pierwszy").replace("status=published", "status=draft"));
        assertEquals(0, XliffFixture.guide(project, "translations", "stamp", ARTICLE).code());
        Path file = project.resolve("target/xliff/xliff-fixture.pl-en.xlf");
        assertTrue(export(project).contains("(13 translated, 1 to translate)"), "the setup: the copied item is left to translate");
        XliffFixture.write(file, XliffFixture.read(file).replaceFirst("state=\"translated\">A first", "state=\"needs-review-translation\">A first"));
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", file.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains(ARTICLE + ": updated from " + file + "; 1 unit still marked for review, so"), run.out());

        assertTrue(export(project).contains("(12 translated, 1 to review, 1 to translate)"), "only the unit marked is to review again");
        String again = XliffFixture.read(file);
        assertTrue(again.contains("state=\"translated\">second point with"), again);
        XliffFixture.write(article, XliffFixture.read(article).replace("status=draft", "status=published"));
        String report = XliffFixture.guide(project, "translations").out();
        assertTrue(report.contains(ARTICLE + ": outdated, parts of it were still marked for review at the last XLIFF import"), report);
        assertTrue(report.contains("? still marked for review: Pierwszy akapit z **pogrubieniem**"), report);
        assertFalse(report.contains("punkt"), "the list was never marked for review: " + report);
    }

    /** What exporting the test article again prints. */
    private static String export(Path project) {
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "export", "content/pl/artykul-testowy.md", "--to", "en", "--replace");
        assertEquals(0, run.code(), run.err());
        return run.out();
    }

    /** An empty {@code <target/>} and a dropped one are both refused at the unit's line, and nothing is written. */
    @Test
    void aTargetLeftEmptyOrDroppedIsRefusedAtItsUnit() throws Exception {
        for (String way : new String[] {"<target xml:lang=\"en\"/>", ""}) {
            Path file = exported("empty" + way.length());
            String xliff = XliffFixture.read(file);
            Matcher paragraph = Pattern.compile("(?s)<target xml:lang=\"en\" state=\"translated\">A first.*?</target>").matcher(xliff);
            assertTrue(paragraph.find());
            XliffFixture.write(file, xliff.substring(0, paragraph.start()) + way + xliff.substring(paragraph.end()));
            Path project = dir.resolve("empty" + way.length());
            Map<String, String> before = XliffFixture.snapshot(project.resolve("content"));
            XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", file.toString());
            assertEquals(1, run.code(), run.out());
            int line = (int) xliff.substring(0, xliff.lastIndexOf("<trans-unit ", paragraph.start())).chars().filter(c -> c == '\n').count() + 1;
            assertTrue(run.err().startsWith(file + ":" + line + ": unit b1.1 (paragraph) has no target: translate it\nNothing imported: 1 problem"), run.err());
            assertEquals(before, XliffFixture.snapshot(project.resolve("content")));
        }
    }

    /** The test article exported in a fixture project of its own, {@code name}. */
    private Path exported(String name) {
        Path project = dir.resolve(name);
        XliffFixture.fixtureProject(project);
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "export", "content/pl/artykul-testowy.md", "--to", "en");
        assertEquals(0, run.code(), run.err());
        return project.resolve("target/xliff/xliff-fixture.pl-en.xlf");
    }

    /** The imported article as a reader gets it: the project built, its English page. */
    private static Document built(Path project) throws Exception {
        new SiteBuilder(project).build(project.resolve("target/site"));
        return Jsoup.parse(project.resolve("target/site/en/test-article/index.html").toFile(), "UTF-8");
    }

    /** The translation after importing {@code file} into its project. */
    private static String imported(Path file) throws Exception {
        Path project = file.getParent().getParent().getParent();
        XliffFixture.Run run = XliffFixture.guide(project, "translations", "import", file.toString());
        assertEquals(0, run.code(), file + ": " + run.err());
        String text = XliffFixture.read(project.resolve(ARTICLE));
        assertFalse(text.contains("\r") || text.contains("\uFEFF"), file.toString());
        // Each file is an export of its own: the line the import records it in names it (LastImport), the text's hash is the same.
        return text.replaceFirst("(?m)^lastImport=\\d{8}T\\d{6}Z-[0-9a-f]{6}:", "lastImport=…:");
    }

    /** What a translator typing in a text editor does: every target's words in capitals, its tags and escapes as they were. */
    private static String byHand(String xliff) {
        return TARGET.matcher(xliff).replaceAll(target -> {
            StringBuilder words = new StringBuilder();
            Matcher kept = PLACEHOLDER_OR_ENTITY.matcher(target.group(2));
            int at = 0;
            while (kept.find()) {
                words.append(target.group(2).substring(at, kept.start()).toUpperCase(Locale.ROOT)).append(kept.group());
                at = kept.end();
            }
            words.append(target.group(2).substring(at).toUpperCase(Locale.ROOT));
            return Matcher.quoteReplacement(target.group(1) + words + target.group(3));
        });
    }
}
