package guide.site;

import guide.build.SiteBuilder;
import guide.translation.SourceRevision;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Readers of an outdated translation see which sections are behind: the notice names them and each
 * carries a marker under its heading, in the reader's language; unchanged sections carry nothing.
 * On the test site, where the English pricing article is behind in its "Fixed price" section, plus
 * edits made here: a quiz statement, an invoice intro, and a page translated from English into Polish.
 */
class SectionMarkersTest {
    @TempDir
    static Path project;
    static Path site;

    @BeforeAll
    static void editAndBuild() throws Exception {
        ProjectFixture.copyProject(project);
        // The Polish quiz: one statement of the "communication" sign reworded.
        ProjectFiles.save(project, "content/pl/test-klienta.md", s -> s.replace("Klient podnosi głos.", "Klient podnosi głos na spotkaniach."));
        // The Polish invoice article: only its intro changed, before any section.
        ProjectFiles.save(project, "content/pl/jak-wystawic-fakture.md", s -> s.replaceFirst("(?m)^(~~~~~~\\n\\n)(.+)$", "$1$2 Nowe zdanie wstępu."));
        // An English original with a Polish translation, stamped, then its second and third sections edited (the third's heading has no id).
        String enBody = "Why this page.\n\n## Who we are {#who}\n\nTwo editors.\n\n## How to write to us {#contact}\n\nBy e-mail.\n\n"
                + "## Where we meet\n\nIn Kraków.\n";
        Files.writeString(project.resolve("content/en/contact.md"), "title=Contact\ndate=2026-04-01\ntype=page\nstatus=published\n"
                + "translationKey=contact\nauthor=redakcja\nsummary=How to reach us.\n~~~~~~\n\n" + enBody, StandardCharsets.UTF_8);
        Files.writeString(project.resolve("content/pl/kontakt.md"), "title=Kontakt\ndate=2026-04-01\ntype=page\nstatus=published\n"
                + "translationKey=contact\nauthor=redakcja\nsummary=Jak się z nami skontaktować.\nsourceRevision="
                + SourceRevision.of("en", "Contact", enBody) + "\n~~~~~~\n\nPo co ta strona.\n\n## Kim jesteśmy {#who}\n\nDwoje redaktorów.\n\n"
                + "## Jak do nas napisać {#contact}\n\nMailem.\n\n## Gdzie się spotykamy\n\nW Krakowie.\n", StandardCharsets.UTF_8);
        ProjectFiles.save(project, "content/en/contact.md", s -> s.replace("By e-mail.", "By e-mail; we answer within two days.").replace("In Kraków.", "In Kraków, at the office.")
                .replace("date=2026-04-01\n", "date=2026-04-01\nupdated=2026-04-10\n"));
        site = project.resolve("target/site");
        new SiteBuilder(project).build(site);
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path), StandardCharsets.UTF_8));
    }

    private static List<String> markedSections(Document doc) {
        return doc.select(".section-notice").stream().map(n -> n.attr("data-section-notice")).toList();
    }

    @Test
    void theNoticeNamesTheChangedSectionAndOnlyThatSectionIsMarked() throws IOException {
        Document doc = page("en/pricing-a-project/index.html");
        Element notice = doc.selectFirst(".translation-notice");
        assertNotNull(notice);
        assertEquals("This translation may be behind the Polish original, which has changed since it was translated. "
                + "Changed there since this translation: Fixed price. Read the original", notice.text());
        assertEquals("#fixed-price", notice.selectFirst("a").attr("href"));
        // "Read the original" is English words: a screen reader must not read them with a Polish voice.
        Element readOriginal = notice.select("a").last();
        assertEquals("pl", readOriginal.attr("hreflang"));
        assertEquals("en", readOriginal.closest("[lang]").attr("lang"), "the notice's link words are in the page's language");
        assertEquals(List.of("fixed-price"), markedSections(doc));
        Element marker = doc.selectFirst(".section-notice");
        assertEquals("fixed-price", marker.previousElementSibling().id(), "the marker sits right under the section's heading");
        // The Polish original has no updated=: its date= is when it was first published, not when this section changed.
        assertEquals("This section has changed in the Polish original since it was translated. Read it in the original", marker.text());
        assertEquals("/pl/jak-wycenic-projekt/#fixed-price", marker.selectFirst("a").attr("href"));
        assertEquals("pl", marker.selectFirst("a").attr("hreflang"));
        assertEquals("en", marker.selectFirst("a").closest("[lang]").attr("lang"), "the marker's link words are in the page's language");
        Element unchanged = doc.getElementById("hourly-rate").nextElementSibling();
        assertEquals("p", unchanged.tagName());
        assertTrue(!unchanged.hasClass("section-notice"), "the unchanged section carries nothing");
    }

    @Test
    void aQuizSignIsMarkedUnderItsTitle() throws IOException {
        Document doc = page("en/client-quiz/index.html");
        assertEquals(List.of("sign-communication"), markedSections(doc));
        assertEquals("sign-communication-title", doc.selectFirst(".section-notice").previousElementSibling().id());
        assertEquals("#sign-communication", doc.selectFirst(".translation-notice a").attr("href"));
        assertEquals("2. Communication", doc.selectFirst(".translation-notice a").text());
    }

    @Test
    void aChangeBeforeEverySectionMarksTheWholePageOnly() throws IOException {
        Document doc = page("en/how-to-send-an-invoice/index.html");
        Element notice = doc.selectFirst(".translation-notice");
        assertNotNull(notice, "the page is behind");
        assertTrue(!notice.text().contains("Changed there"), notice.text());
        assertEquals(List.of(), markedSections(doc));
    }

    @Test
    void aPolishReaderReadsTheMarkerInPolish() throws IOException {
        Document doc = page("pl/kontakt/index.html");
        assertEquals(List.of("contact", "gdzie-sie-spotykamy"), markedSections(doc));
        // Polish typography applies to the marker too: no line ends after "w" or before "kwietnia".
        String marker = doc.selectFirst(".section-notice").wholeText();
        // The English original says when it was updated (updated=2026-04-10), so the marker gives that date.
        assertEquals("Tę sekcję zmieniono w angielskim oryginale 10 kwietnia 2026. Przeczytaj ją w oryginale", marker.replace('\u00a0', ' '));
        assertTrue(marker.contains("w\u00a0angielskim") && marker.contains("10\u00a0kwietnia"), "Polish typography: " + marker);
        assertTrue(doc.selectFirst(".translation-notice").text().contains("Od czasu tłumaczenia zmieniono tam: Jak do nas napisać, Gdzie się spotykamy."),
                doc.selectFirst(".translation-notice").text());
    }

    @Test
    void aChangedSectionWhoseHeadingHasNoIdIsNamedAndLinkedByEachPagesOwnId() throws IOException {
        Document doc = page("pl/kontakt/index.html");
        Element named = doc.select(".translation-notice a").get(1);
        assertEquals("Gdzie się spotykamy", named.text());
        assertEquals("#gdzie-sie-spotykamy", named.attr("href"));
        Element heading = doc.getElementById("gdzie-sie-spotykamy");
        assertEquals("Gdzie się spotykamy", heading.text(), "the notice's link leads to the section on this page");
        Element marker = heading.nextElementSibling();
        assertTrue(marker.hasClass("section-notice"), "the section is marked under its heading");
        assertEquals("/en/contact/#where-we-meet", marker.selectFirst("a").attr("href"));
        assertEquals("Where we meet", page("en/contact/index.html").getElementById("where-we-meet").text(),
                "the marker's link leads to the same section of the original");
    }

    @Test
    void noOtherPageCarriesAMarker() throws IOException {
        List<String> marked;
        try (Stream<Path> files = Files.walk(site)) {
            marked = files.filter(f -> f.toString().endsWith(".html")).filter(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8).contains("section-notice");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).map(f -> site.relativize(f).toString()).sorted().toList();
        }
        assertEquals(List.of("en/client-quiz/index.html", "en/pricing-a-project/index.html", "pl/kontakt/index.html"), marked);
    }
}
