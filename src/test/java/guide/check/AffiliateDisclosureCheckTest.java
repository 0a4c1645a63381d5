package guide.check;

import guide.site.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page with an affiliate link shows the disclosure, before the first such link; the fault is named at the link's Markdown line. */
class AffiliateDisclosureCheckTest {
    private static final String DISCLOSURE = "<aside data-affiliate-disclosure>We earn a commission.</aside>";
    private static final String LINK = "<a href=\"https://shop.example/?ref=guide\" rel=\"sponsored noopener\">shop</a>";

    @TempDir
    Path project;

    private List<String> problems(String body) throws IOException {
        Files.createDirectories(project.resolve("content/en"));
        Files.writeString(project.resolve("content/en/tools.md"), "title=Tools\n~~~~~~\n\nBuy at [shop](https://shop.example/?ref=guide).\n");
        SourceLocator locator = new SourceLocator(project, project.resolve("target/site"), Map.of("en/tools/index.html", Path.of("content/en/tools.md")), List.of());
        Document doc = Jsoup.parse("<html><body>" + body + "</body></html>");
        List<Problem> problems = new ArrayList<>();
        new AffiliateDisclosureCheck().checkPage(null, "en/tools/index.html", doc, locator, problems);
        assertEquals(!problems.isEmpty(), PageLinks.of(doc).affiliateProblem(), "the note taken while rendering agrees");
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void anAffiliateLinkWithoutTheDisclosureIsAnErrorAtItsLine() throws IOException {
        assertEquals(List.of("content/en/tools.md:4: affiliate link without the affiliate disclosure on the page: https://shop.example/?ref=guide"),
                problems("<main><p>" + LINK + "</p></main>"));
    }

    @Test
    void theDisclosureMustComeBeforeTheFirstAffiliateLink() throws IOException {
        assertEquals(List.of("content/en/tools.md:4: affiliate link comes before the affiliate disclosure: https://shop.example/?ref=guide"),
                problems("<main><p>" + LINK + "</p>" + DISCLOSURE + "</main>"));
        assertEquals(List.of(), problems("<main>" + DISCLOSURE + "<p>" + LINK + "</p><p>" + LINK + "</p></main>"));
    }

    @Test
    void aPageWithoutAffiliateLinksNeedsNoDisclosure() throws IOException {
        assertEquals(List.of(), problems("<main><a href=\"https://shop.example/\" rel=\"noopener\">shop</a></main>"));
        assertFalse(PageLinks.of(Jsoup.parse(DISCLOSURE)).affiliateProblem());
        assertTrue(PageLinks.of(Jsoup.parse(LINK)).affiliateProblem());
    }
}
