package guide.check;

import com.ibm.icu.util.ULocale;
import guide.site.Language;
import guide.site.Problem;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A reader stays in their language: a link to another language's page that has a version in theirs is an error naming it. */
class CrossLanguageLinkCheckTest {
    @TempDir
    Path project;

    /** A page in {@code lang} with these hreflang alternates (lang, path pairs), ids and main-content HTML. */
    private static String page(String lang, String main, String... alternates) {
        StringBuilder html = new StringBuilder("<html lang=\"" + lang + "\"><head>");
        for (int i = 0; i < alternates.length; i += 2) {
            html.append("<link rel=\"alternate\" hreflang=\"").append(alternates[i]).append("\" href=\"").append(alternates[i + 1]).append("\">");
        }
        return html.append("</head><body>\n<main>").append(main).append("</main></body></html>").toString();
    }

    private final SitePages pages = new SitePages()
            .page("pl/b/index.html", page("pl", "<h2 id=\"kontakt\">K</h2>", "pl", "https://example.org/pl/b/", "EN", "https://example.org/en/b/"))
            .page("en/b/index.html", page("en", "<h2 id=\"contact\">C</h2>", "pl", "/pl/b/", "en", "/en/b/"))
            .page("pl/only/index.html", page("pl", "", "pl", "https://example.org/pl/only/"))
            .page("de/x/index.html", page("", ""))
            .page("index.html", page("pl", "<a href=\"/en/b/\">English</a>"))
            .files("pl/b/plan.pdf");
    private final CrossLanguageLinkCheck check = new CrossLanguageLinkCheck(SitePages.SITE,
            code -> new Language(code, new ULocale(code), "ltr", "Latin-ASCII", List.of(), List.of()));

    private List<String> problems(String path, String html) {
        SitePages withPage = pages.page(path, html);
        List<Problem> problems = new ArrayList<>();
        check.checkPage(withPage.site(), path, withPage.parsed(path), SitePages.builtPagesOnly(project), problems);
        boolean passes = check.passes(withPage.site(), path, withPage.site().facts(path), PageLinks.of(Jsoup.parse(html)));
        assertEquals(problems.isEmpty(), passes, "the quick judgement agrees with the check");
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void aLinkToTheOtherLanguagesVersionOfAPageNamesTheOwnVersion() {
        assertEquals(List.of("target/site/en/a/index.html:2: links to the Polish page /pl/b/ although an English version exists: /en/b/"),
                problems("en/a/index.html", page("en", "<a href=\"/pl/b/\">b</a>")));
        assertEquals(List.of("target/site/pl/a/index.html:2: links to the English page https://example.org/en/b/#contact although a Polish version"
                        + " exists: /pl/b/"),
                problems("pl/a/index.html", page("pl", "<a href=\"https://example.org/en/b/#contact\">b</a>")));
    }

    /** "an" before a vowel sound, "a" before a consonant sound, as "a Ukrainian" and "a European" start with one ("yoo"). */
    @Test
    void theIndefiniteArticleFollowsHowTheLanguagesNameIsSaid() {
        assertEquals("an English", CrossLanguageLinkCheck.article("English"));
        assertEquals("a Polish", CrossLanguageLinkCheck.article("Polish"));
        assertEquals("a Ukrainian", CrossLanguageLinkCheck.article("Ukrainian"));
        assertEquals("a Uyghur", CrossLanguageLinkCheck.article("Uyghur"));
        assertEquals("a European Portuguese", CrossLanguageLinkCheck.article("European Portuguese"));
        assertEquals("a Unified Script", CrossLanguageLinkCheck.article("Unified Script"));
        assertEquals("an Urdu", CrossLanguageLinkCheck.article("Urdu"));
        assertEquals("an Uzbek", CrossLanguageLinkCheck.article("Uzbek"));
        assertEquals("an Italian", CrossLanguageLinkCheck.article("Italian"));
    }

    @Test
    void aLinkFromAUkrainianPageSaysAUkrainianVersion() {
        SitePages withUkrainian = pages.page("uk/b/index.html", page("uk", "", "pl", "/pl/b/", "uk", "/uk/b/"))
                .page("pl/b/index.html", page("pl", "", "pl", "/pl/b/", "uk", "/uk/b/"));
        List<Problem> found = new ArrayList<>();
        check.checkPage(withUkrainian.site(), "uk/a/index.html", Jsoup.parse(page("uk", "<a href=\"/pl/b/\">b</a>")),
                SitePages.builtPagesOnly(project), found);
        assertEquals(List.of("links to the Polish page /pl/b/ although a Ukrainian version exists: /uk/b/"),
                found.stream().map(Problem::message).toList());
    }

    @Test
    void theAnchorIsKeptWhenTheOwnVersionHasItToo() {
        assertEquals(List.of("target/site/en/a/index.html:2: links to the Polish page /pl/b/#kontakt although an English version exists:"
                        + " /en/b/"),
                problems("en/a/index.html", page("en", "<a href=\"/pl/b/#kontakt\">b</a>")));
        assertEquals(List.of("target/site/pl/a/index.html:2: links to the English page /en/b/#contact although a Polish version exists: /pl/b/"),
                problems("pl/a/index.html", page("pl", "<a href=\"/en/b/#contact\">b</a>")));
        SitePages shared = pages.page("en/b/index.html", page("en", "<h2 id=\"kontakt\">C</h2>", "pl", "/pl/b/", "en", "/en/b/"));
        List<Problem> found = new ArrayList<>();
        check.checkPage(shared.site(), "pl/a/index.html", Jsoup.parse(page("pl", "<a href=\"/en/b/?ref=x#kontakt\">b</a>")),
                SitePages.builtPagesOnly(project), found);
        assertEquals("links to the English page /en/b/?ref=x#kontakt although a Polish version exists: /pl/b/#kontakt", found.get(0).message());
    }

    @Test
    void linksThatMayCrossLanguagesPass() {
        assertEquals(List.of(), problems("en/a/index.html", page("en", "<a href=\"/pl/only/\">only in Polish</a>")));
        assertEquals(List.of(), problems("en/b/index.html", page("en", "<a href=\"/pl/b/\">read the original</a>", "pl", "/pl/b/", "en", "/en/b/")));
        assertEquals(List.of(), problems("en/a/index.html", page("en", "<a href=\"/pl/b/plan.pdf\">a file</a> <a href=\"/de/x/\">no language</a>"
                + " <a href=\"/pl/nothing/\">broken, another check's</a> <a href=\"https://other.example/pl/\">external</a>"
                + " <a href=\"/en/b/\">same language</a>")));
        assertEquals(List.of(), problems("en/a/index.html", page("en", "<nav><a data-lang-switch href=\"/pl/b/\">PL</a></nav>")),
                "the language switch marks its links");
        assertEquals(List.of(), problems("en/c/index.html", "<html lang=\"en\"><body><header><a href=\"/pl/b/\">PL</a></header><main></main></body></html>"));
    }

    /**
     * The about link of every page's header and footer ({@code aboutUrl} in the UI strings) is held to the same rule, in the
     * same words, naming the setting; one that leads to the page's own language passes.
     */
    @Test
    void anAboutUrlToTheOtherLanguagesPageIsAnErrorInTheWordsOfALink() {
        assertEquals("aboutUrl links to the Polish page /pl/b/ although an English version exists: /en/b/",
                check.problemOfAboutUrl(pages.site(), "en", "/pl/b/"));
        assertEquals(null, check.problemOfAboutUrl(pages.site(), "en", "/en/b/"));
        assertEquals(null, check.problemOfAboutUrl(pages.site(), "en", "/pl/only/"), "no English version to lead to");
    }

    @Test
    void theRootPageAndPagesWithoutALanguageAreLeftAlone() {
        assertEquals(List.of(), problems("index.html", page("pl", "<a href=\"/en/b/\">English</a>")));
        assertEquals(List.of(), problems("x/index.html", page("", "<a href=\"/en/b/\">English</a>")));
    }
    @Test
    void aLanguageNameStartingWithAVowelTakesAn() {
        SitePages arabic = pages.page("ar/b/index.html", page("ar", "", "pl", "/pl/b/", "ar", "/ar/b/"))
                .page("pl/b/index.html", page("pl", "", "pl", "/pl/b/", "ar", "/ar/b/"));
        List<Problem> problems = new ArrayList<>();
        check.checkPage(arabic.site(), "ar/a/index.html", Jsoup.parse(page("ar", "<a href=\"/pl/b/\">b</a>")), SitePages.builtPagesOnly(project), problems);
        assertEquals("links to the Polish page /pl/b/ although an Arabic version exists: /ar/b/", problems.get(0).message());
    }
}
