package guide.check;

import guide.site.Problem;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** hreflang alternates are complete and reciprocal: a page lists itself, and each page it lists lists it back. */
class HreflangCheckTest {
    @TempDir
    Path project;

    private static String page(String canonical, String... alternates) {
        StringBuilder head = new StringBuilder("<html><head>\n");
        if (canonical != null) {
            head.append("<link rel=\"canonical\" href=\"https://example.org").append(canonical).append("\">\n");
        }
        for (int i = 0; i < alternates.length; i += 2) {
            String href = alternates[i + 1].startsWith("/") ? "https://example.org" + alternates[i + 1] : alternates[i + 1];
            head.append("<link rel=\"alternate\" hreflang=\"").append(alternates[i]).append("\" href=\"").append(href).append("\">\n");
        }
        return head.append("</head><body></body></html>").toString();
    }

    private final SitePages pages = new SitePages()
            .page("pl/a/index.html", page("/pl/a/", "pl", "/pl/a/", "en", "/en/a/", "x-default", "/pl/a/"))
            .page("en/a/index.html", page("/en/a/", "pl", "/pl/a/", "en", "/en/a/", "x-default", "/pl/a/"))
            .page("pl/b/index.html", page("/pl/b/", "pl", "/pl/b/", "en", "/en/b/"))
            .page("en/b/index.html", page("/en/b/", "en", "/en/b/"))
            .page("pl/c/index.html", page("/pl/c/", "en", "/en/c/", "de", "https://other.example/de/c/"))
            .page("pl/d/index.html", page("/pl/d/"))
            .page("pl/e/index.html", page(null, "pl", "/pl/e/"));
    private final HreflangCheck check = new HreflangCheck(SitePages.SITE);

    private List<String> problems(String page) {
        List<Problem> problems = new ArrayList<>();
        check.checkPage(pages.site(), page, pages.parsed(page), SitePages.builtPagesOnly(project), problems);
        boolean passes = check.passes(pages.site(), pages.site().facts(page));
        assertEquals(problems.isEmpty(), passes, "the quick judgement agrees with the check on " + page);
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void reciprocalAlternatesPass() {
        assertEquals(List.of(), problems("pl/a/index.html"));
        assertEquals(List.of(), problems("en/a/index.html"));
        assertEquals(List.of(), problems("pl/d/index.html"), "a page without alternates has nothing to check");
    }

    @Test
    void aTargetThatDoesNotListThePageBackIsNamed() {
        assertEquals(List.of("target/site/pl/b/index.html:2: hreflang en target https://example.org/en/b/ does not list this page back"),
                problems("pl/b/index.html"));
    }

    @Test
    void aPageMustListItselfAndItsAlternatesMustExist() {
        assertEquals(List.of(
                "target/site/pl/c/index.html:2: hreflang alternates do not include the page itself (https://example.org/pl/c/)",
                "target/site/pl/c/index.html:2: hreflang en points to a missing page: https://example.org/en/c/",
                "target/site/pl/c/index.html:2: hreflang de points to a missing page: https://other.example/de/c/"), problems("pl/c/index.html"));
    }

    @Test
    void aPageWithoutCanonicalLinkIsNamedAtItsFile() {
        assertEquals(List.of("target/site/pl/e/index.html: hreflang alternates do not include the page itself ()",
                "target/site/pl/e/index.html: hreflang pl target https://example.org/pl/e/ does not list this page back"), problems("pl/e/index.html"));
    }

    @Test
    void theQuickJudgementSeesAOneSidedAlternate() {
        assertFalse(check.passes(pages.site(), PageFacts.of(Jsoup.parse(page("/pl/b/", "pl", "/pl/b/", "en", "/en/b/")))));
        assertTrue(check.passes(pages.site(), PageFacts.of(Jsoup.parse(page("/pl/z/")))));
    }
}
