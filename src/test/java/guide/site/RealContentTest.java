package guide.site;

import guide.build.BuildReport;
import guide.build.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The only test that reads the real {@code content/}: it must build without problems, and what no
 * edit may ever break holds on every page. Nothing here counts pages or quotes the text, so editors
 * can add, rewrite and translate articles without touching a test.
 */
class RealContentTest {
    @TempDir
    static Path temp;
    static Map<String, Document> pages = new TreeMap<>();
    static BuildReport report;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = temp.resolve("site");
        report = new SiteBuilder(ProjectFixture.projectDir()).build(site);
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : (Iterable<Path>) walk.filter(f -> f.toString().endsWith(".html"))::iterator) {
                pages.put(site.relativize(p).toString().replace('\\', '/'), Jsoup.parse(Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
    }

    @Test
    void theRealContentBuildsWithoutProblems() {
        assertTrue(report.warnings().stream().allMatch(w -> w.endsWith(": draft, not published")), report.warnings().toString());
        assertTrue(pages.containsKey("index.html"));
    }

    /**
     * The editors ({@code url: about} in authors.yaml) are named, on every article of theirs, with the page the header's about
     * link leads to: the author box links their name to it and the structured data gives it as their url, absolute.
     */
    @Test
    void theEditorsLinkToTheAboutPageTheHeaderLinksTo() {
        int articles = 0;
        for (Map.Entry<String, Document> page : pages.entrySet()) {
            Element script = page.getValue().selectFirst("script[type=application/ld+json]");
            if (script == null || !script.data().contains("#author-redakcja\"}")) {
                continue;
            }
            String about = page.getValue().select(".site-nav a").get(1).attr("href");
            String host = URI.create(page.getValue().selectFirst("link[rel=canonical]").attr("href")).resolve("/").toString();
            assertEquals(new AuthorLinks(about, host + about.substring(1)), AuthorLinks.of(page.getValue()), page.getKey());
            articles++;
        }
        assertTrue(articles > 1, "the editors write articles in both languages");
    }

    /** An English byline runs on after its label ("Adapted by …"), where English writes "the" lower-case: no name may open with "The". */
    @Test
    void noEnglishBylineNameOpensWithACapitalThe() {
        List<String> names = pages.values().stream().filter(doc -> lang(doc).equals("en"))
                .flatMap(doc -> doc.select(".meta a[href=#author]").eachText().stream()).toList();
        assertFalse(names.isEmpty(), "English articles name their author under the title");
        assertTrue(names.stream().noneMatch(name -> name.startsWith("The ")), names.toString());
    }

    @Test
    void everyPageHasOneH1AndALanguage() {
        pages.forEach((path, doc) -> {
            assertEquals(1, doc.select("h1").size(), path);
            assertTrue(doc.selectFirst("html").attr("lang").matches("[a-z]{2,3}"), path);
        });
    }

    @Test
    void hreflangAlternatesAreReciprocal() {
        pages.forEach((path, doc) -> {
            Element canonical = doc.selectFirst("link[rel=canonical]");
            for (Element alt : doc.select("link[rel=alternate][hreflang]")) {
                if (alt.attr("hreflang").equals("x-default")) {
                    continue;
                }
                Document target = pageAt(alt.attr("href"));
                assertNotNull(target, path + ": alternate " + alt.attr("href") + " is not a page");
                assertTrue(target.select("link[rel=alternate][hreflang]").eachAttr("href").contains(canonical.attr("href")),
                        alt.attr("href") + " does not list " + canonical.attr("href") + " back");
            }
        });
    }

    @Test
    void theLanguageSwitchLandsOnTheTranslationOrThatLanguagesHome() {
        pages.forEach((path, doc) -> {
            if (path.equals("index.html")) {
                return;
            }
            for (Element link : doc.select("a[data-lang-switch]")) {
                Element translation = doc.selectFirst("link[rel=alternate][hreflang=" + link.attr("hreflang") + "]");
                Document target = pageAt(link.attr("href"));
                assertNotNull(target, path + ": the switch goes nowhere: " + link.attr("href"));
                if (!doc.select("meta[name=robots][content=noindex]").isEmpty()) {
                    // A not-found page (no canonical address) switches to the other language's.
                    assertEquals("/" + link.attr("hreflang") + "/404.html", link.attr("href"), path);
                    continue;
                }
                String expected = translation != null ? translation.attr("href")
                        : doc.selectFirst("link[rel=canonical]").attr("href").replaceFirst("(https?://[^/]+/).*", "$1" + link.attr("hreflang") + "/");
                assertEquals(expected, target.selectFirst("link[rel=canonical]").attr("href"), path);
            }
        });
    }

    @Test
    void everyQuizStatementThatDecidesNamesABandOfItsQuiz() {
        pages.forEach((path, doc) -> {
            for (Element box : doc.select("input[data-decides]")) {
                assertNotNull(doc.selectFirst("tr[data-band=" + box.attr("data-decides") + "]"), path + ": " + box.id());
            }
        });
    }

    /** Polish typography: no one-letter word ends a line ("w domu", "z klientem"), in any text readers see. */
    @Test
    void noPolishLineCanEndWithAOneLetterWord() {
        pages.forEach((path, doc) -> {
            if (!lang(doc).equals("pl")) {
                return;
            }
            for (TextNode text : readerText(doc)) {
                Matcher breakable = BREAKABLE_AFTER_ONE_LETTER.matcher(text.getWholeText());
                assertFalse(breakable.find(), path + ": a breakable space after '" + (breakable.hitEnd() ? "" : breakable.group(1)) + "' in: " + text.getWholeText());
            }
        });
    }

    /**
     * The dashes rule, in Polish and English: no line begins with a spaced dash ("etapy – i"), in the
     * page's text, its title, its description and its share picture's alt text (the card's "title – guide's
     * name"); a text after a link ("</a> – pomoże") too.
     */
    @Test
    void noLineCanBeginWithASpacedDash() {
        int glued = 0;
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            Document doc = e.getValue();
            List<String> texts = new ArrayList<>(readerText(doc).stream().map(TextNode::getWholeText).toList());
            texts.add(doc.title());
            texts.add(doc.select("meta[name=description]").attr("content"));
            texts.add(doc.select("meta[property=og:image:alt]").attr("content"));
            for (String text : texts) {
                Matcher breakable = BREAKABLE_BEFORE_DASH.matcher(text);
                assertFalse(breakable.find(), e.getKey() + ": a line may begin with the dash in: " + text);
                glued += text.split("\u00A0[–—]", -1).length - 1;
            }
        }
        assertTrue(glued > 0, "the real content has spaced dashes");
    }

    /** English has no such rule: its one-letter words ("a", "I") are followed by ordinary spaces. */
    @Test
    void englishTextIsLeftWithOrdinarySpaces() {
        int ordinary = 0;
        for (Map.Entry<String, Document> e : pages.entrySet()) {
            if (!lang(e.getValue()).equals("en")) {
                continue;
            }
            for (TextNode text : readerText(e.getValue())) {
                assertFalse(text.getWholeText().matches("(?s).*(?<![\\p{L}\\p{N}])\\p{L}\u00A0.*"), e.getKey() + ": " + text.getWholeText());
                Matcher m = BREAKABLE_AFTER_ONE_LETTER.matcher(text.getWholeText());
                while (m.find()) {
                    ordinary++;
                }
            }
        }
        assertTrue(ordinary > 0, "English pages have one-letter words with ordinary spaces after them");
    }

    /** Every page, the not-found pages too, is shared with a picture the site has; every content image keeps its room while it loads. */
    @Test
    void everyPageHasASharePictureAndEveryContentImageItsSize() {
        pages.forEach((path, doc) -> {
            String image = doc.select("meta[property=og:image]").attr("content");
            assertTrue(image.startsWith("https://") && Files.isRegularFile(site.resolve(image.replaceFirst("^https://[^/]+/", ""))),
                    path + ": og:image " + image + " is not in the site");
            for (Element img : doc.select("[data-prose] img")) {
                assertTrue(img.attr("width").matches("\\d+") && img.attr("height").matches("\\d+"), path + ": " + img);
            }
        });
    }

    /**
     * A diagram of numbered steps names them in its alt text ("1. …, 2. …") and draws them as text:
     * each is the text of one of the article's headings, and the picture says what the alt text says.
     */
    @Test
    void aStepDiagramNamesTheArticlesHeadingsInItsAltTextAndItsPicture() throws Exception {
        Pattern step = Pattern.compile("(\\d+)\\. ([^,]+)(?:, |$)");
        int diagrams = 0;
        for (var entry : pages.entrySet()) {
            for (Element img : entry.getValue().select("[data-prose] img[src$=.svg]")) {
                Matcher m = step.matcher(img.attr("alt").replaceFirst("^[^:]*: ", ""));
                List<String> headings = entry.getValue().select("[data-prose] h2").eachText();
                String svg = Files.readString(site.resolve(img.attr("src").substring(1)), StandardCharsets.UTF_8);
                while (m.find()) {
                    String name = m.group(2).replace('\u00a0', ' ');
                    assertTrue(headings.stream().anyMatch(h -> h.replace('\u00a0', ' ').endsWith(" " + name)),
                            entry.getKey() + ": step " + m.group(1) + " '" + name + "' of " + img.attr("src") + " is no heading of " + headings);
                    assertTrue(svg.contains(">" + name + "</text>"), img.attr("src") + " does not draw '" + name + "'");
                    diagrams++;
                }
            }
        }
        assertTrue(diagrams > 0, "no step diagram found: the exit-steps articles show one");
    }

    /** A reader meets footnote numbers in order: each new footnote in the text is the next number. */
    @Test
    void footnotesAreNumberedInTheOrderTheTextCitesThem() {
        pages.forEach((path, doc) -> {
            LinkedHashSet<String> firstCitations = new LinkedHashSet<>(doc.select("a.footnote-ref").eachText());
            int expected = 1;
            for (String number : firstCitations) {
                assertEquals(String.valueOf(expected++), number, path + ": footnotes cited in the order " + firstCitations);
            }
        });
    }

    /** The source names the author's Twitter and Facebook accounts but gives no addresses: no page may guess them. */
    @Test
    void noPageLinksAProfileAddressTheSourceDoesNotGive() {
        pages.forEach((path, doc) -> {
            String html = doc.outerHtml().toLowerCase(Locale.ROOT);
            assertFalse(html.contains("twitter.com/jitendra") || html.contains("facebook.com/jitendra") || html.contains("x.com/jitendra"), path);
            assertTrue(doc.select("a[rel~=me]").isEmpty(), path + ": rel=me claims the page's author owns the profile");
        });
    }

    private static final Pattern BREAKABLE_AFTER_ONE_LETTER = Pattern.compile("(?<![\\p{L}\\p{N}\\p{M}_.'’@/:-])(\\p{L})[ \t\n]+(?=\\S)");

    private static final Pattern BREAKABLE_BEFORE_DASH = Pattern.compile("[ \t\n]+[–—](?=[ \t\n]|$)");

    private static String lang(Document doc) {
        return doc.selectFirst("html").attr("lang");
    }

    /** The text nodes of the body readers see as text: not code, preformatted text or scripts. */
    private static List<TextNode> readerText(Document doc) {
        return doc.body().select("*").stream()
                .filter(e -> e.parents().stream().noneMatch(p -> VERBATIM.contains(p.normalName())) && !VERBATIM.contains(e.normalName()))
                .flatMap(e -> e.textNodes().stream()).toList();
    }

    private static final Set<String> VERBATIM = Set.of("code", "pre", "kbd", "samp", "script", "style", "textarea", "template");

    /** The built page served at an absolute URL of the site, or null. */
    static Document pageAt(String url) {
        String path = url.replaceFirst("^https?://[^/]+", "").replaceFirst("[#?].*", "").substring(1);
        Document doc = pages.get(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
        return doc != null ? doc : pages.get(path + "/index.html");
    }

}
