package guide.translation.xliff;

import guide.build.SiteBuilder;
import guide.content.ContentDocument;
import guide.content.SiteContent;
import guide.site.ProjectFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole translator's round trip on the real content: export, a CAT tool (Okapi's XLIFF filter
 * and writer) rewrites the words of every target and leaves the tags, import, build. The new words
 * are on the pages; ids, anchors, internal links and the quiz's scoring are what they were.
 */
class XliffCatToolTest {
    @TempDir
    Path project;

    @Test
    void rewrittenTargetsReachThePagesWithTheSameIdsLinksAndScoring() throws Exception {
        ProjectFixture.copyProject(project);
        List<ContentDocument> english = SiteContent.load(project).documents().stream().filter(d -> d.lang().equals("en")).toList();
        assertFalse(english.isEmpty());
        new SiteBuilder(project).build(project.resolve("before"));

        XliffFixture.Run export = XliffFixture.guide(project, "translations", "export", "content/pl", "--to", "en");
        assertEquals(0, export.code(), export.err());
        List<Path> files;
        try (Stream<Path> list = Files.list(project.resolve("target/xliff"))) {
            files = list.sorted().toList();
        }
        for (Path file : files) {
            // The "translation": every word in upper case. Slugs (generated heading ids) ignore case, so ids must not move.
            // ... and confirmed: Okapi's writer keeps the states as exported, and a unit still to review keeps the old stamp.
            XliffFixture.write(file, OkapiXliff.rewriteTargets(XliffFixture.read(file), "pl", "en", text -> text.toUpperCase(Locale.ROOT))
                    .replaceAll("state=\"needs-[a-z-]+\"", "state=\"translated\""));
        }
        List<String> args = new ArrayList<>(List.of("translations", "import"));
        files.forEach(f -> args.add(f.toString()));
        args.addAll(List.of("--name", "advance-or-deposit")); // the one Polish-only page, new in English
        XliffFixture.Run imported = XliffFixture.guide(project, args.toArray(String[]::new));
        assertEquals(0, imported.code(), imported.err());
        new SiteBuilder(project).build(project.resolve("after"));

        for (ContentDocument doc : english) {
            Document before = Jsoup.parse(project.resolve("before").resolve(doc.outputPath()).toFile(), "UTF-8");
            Document after = Jsoup.parse(project.resolve("after").resolve(doc.outputPath()).toFile(), "UTF-8");
            assertEquals(doc.title().toUpperCase(Locale.ROOT), after.selectFirst("h1").text(), doc.source() + ": the new title");
            assertFalse(before.selectFirst("h1").text().equals(after.selectFirst("h1").text()), doc.source().toString());
            for (Element block : after.select("[data-prose] p, [data-prose] li, [data-prose] td, [data-prose] th, [data-prose] h2, [data-prose] h3, "
                    + ".quiz-sign-title, .quiz-text, .quiz-band-title, .quiz-advice")) {
                if (block.parent() != null && block.parent().hasClass("footnotes")) {
                    continue; // the notes' heading, "Notes", is the interface's word, not the text's
                }
                Element words = block.clone();
                words.select("code, a[href^=#fn], sup, .affiliate-label").remove(); // the label is the interface's word, not the text's
                assertFalse(words.text().chars().anyMatch(Character::isLowerCase), doc.source() + ": untranslated words in " + block.outerHtml());
            }
            assertEquals(structure(before), structure(after), doc.source() + ": ids, anchors, internal links and quiz data");
        }
        assertTrue(files.size() >= english.size(), "every English page had an XLIFF file");
    }

    @Test
    void aRewrittenWholeSectionReachesThePageAsTheTargetSays() throws Exception {
        ProjectFixture.copyProject(project);
        Path fixtures = ProjectFixture.projectDir().resolve("src/test/resources/fixtures/xliff/content");
        Files.copy(fixtures.resolve("pl/sekcje-testowe.md"), project.resolve("content/pl/sekcje-testowe.md"));
        Files.copy(fixtures.resolve("en/sections-test.md"), project.resolve("content/en/sections-test.md"));
        assertEquals(0, XliffFixture.guide(project, "translations", "stamp", "content/en/sections-test.md").code());
        ContentDocument doc = SiteContent.load(project).documents().stream()
                .filter(d -> d.source().toString().equals("content/en/sections-test.md")).findFirst().orElseThrow();
        new SiteBuilder(project).build(project.resolve("before"));

        assertEquals(0, XliffFixture.guide(project, "translations", "export", "content/pl/sekcje-testowe.md", "--to", "en").code());
        Path file = project.resolve("target/xliff/sections-fixture.pl-en.xlf");
        String xliff = XliffFixture.read(file);
        assertTrue(xliff.contains("restype=\"x-section\" resname=\"reasons\""), "the list section goes out whole: " + xliff);
        // Okapi's writer, like many tools, fills the empty target of the Polish-only section with its source: that keeps it out.
        XliffFixture.write(file, OkapiXliff.rewriteTargets(xliff, "pl", "en", text -> text.toUpperCase(Locale.ROOT)));
        XliffFixture.Run imported = XliffFixture.guide(project, "translations", "import", file.toString());
        assertEquals(0, imported.code(), imported.err());
        new SiteBuilder(project).build(project.resolve("after"));

        Document before = Jsoup.parse(project.resolve("before").resolve(doc.outputPath()).toFile(), "UTF-8");
        Document after = Jsoup.parse(project.resolve("after").resolve(doc.outputPath()).toFile(), "UTF-8");
        Element prose = after.selectFirst("[data-prose]");
        assertEquals(List.of("THE FIRST REASON.", "THE SECOND REASON.", "THE THIRD REASON."), prose.select("ul > li").eachText(),
                "the English list, rewritten, is still a list");
        assertTrue(prose.select("p").eachText().contains("THE ENGLISH ADDS A SECOND ONE, FOR READERS OUTSIDE POLAND."), prose.outerHtml());
        assertTrue(prose.select("p").eachText().stream().anyMatch(t -> t.startsWith("OUTSIDE POLAND, CHECK YOUR LOCAL LAW.")), prose.outerHtml());
        assertTrue(prose.select(".footnotes li").eachText().stream().anyMatch(t -> t.startsWith("DIRECTIVE 2011/7/EU, ART. 3.")), prose.outerHtml());
        assertEquals(List.of("aligned", "extra-paragraph", "reasons", "elsewhere", "end"), prose.select("h2:not(.footnotes > h2)").eachAttr("id"),
                "the English sections, the English-only one included, with their ids; the Polish-only one stays out");
        for (Element block : prose.select("p, li, h2:not(.footnotes > h2)")) {
            Element words = block.clone();
            words.select("code, a[href^=#fn], sup").remove();
            assertFalse(words.text().chars().anyMatch(Character::isLowerCase), "untranslated words in " + block.outerHtml());
        }
        assertEquals(structure(before), structure(after), "ids, anchors and internal links");
    }

    /**
     * What must not move: ids, label targets, form values, data-* (the quiz's scoring) and the site's own link targets.
     * Not the share button's {@code data-title}: that is the page's title, which the translator writes.
     */
    private static List<String> structure(Document page) {
        List<String> found = new ArrayList<>();
        // An import stamps the translation current, so an outdated page's note (and its link to the original) goes: expected;
        // so do the markers of its sections behind the original.
        for (Element e : page.select("body *:not(.translation-notice, .translation-notice *, .section-notice, .section-notice *)")) {
            for (Attribute a : e.attributes()) {
                String name = a.getKey();
                boolean kept = name.equals("id") || name.equals("for") || name.equals("name") || name.equals("value") || name.startsWith("data-") && !name.equals("data-title")
                        || (name.equals("href") || name.equals("src")) && (a.getValue().startsWith("/") || a.getValue().startsWith("#"));
                if (kept) {
                    found.add(e.tagName() + " " + name + "=" + a.getValue());
                }
            }
        }
        return found;
    }
}
