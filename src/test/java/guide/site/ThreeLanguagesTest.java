package guide.site;

import guide.build.BuildReport;
import guide.build.SiteBuilder;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.json.simple.parser.ParseException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A third language in another script, added as configuration and content only (README, "Add a
 * language"): Ukrainian, with Cyrillic file names, headings without {@code {#id}}, and numbers that
 * need the "few" and "many" plural forms. It builds with reciprocal hreflang across three languages,
 * CLDR plurals and dates, and Latin addresses.
 */
class ThreeLanguagesTest {
    @TempDir
    static Path project;
    static Path site;
    static BuildReport report;

    @BeforeAll
    static void addUkrainianAndBuild() throws Exception {
        ProjectFixture.copyProject(project);
        new ThirdLanguage("uk", Map.of("transliteration", "Ukrainian-Latin/BGN"),
                new ThirdLanguage.AuthorWords("Вебдизайнерка", "Десять років створює сайти для малого бізнесу.", "Тестова редакція", "Редакція",
                        "Редакція перевіряє кожен текст."),
                new ThirdLanguage.Names("ukraińskim oryginałem", "ukraińskim oryginale", "tylko po ukraińsku", "po ukraińsku"),
                new ThirdLanguage.Names("the Ukrainian original", "the Ukrainian original", "available in Ukrainian only", "in Ukrainian"))
                .addTo(project);
        site = project.resolve("target/site");
        try {
            report = new SiteBuilder(project).build(site);
        } catch (BuildFailure failure) {
            throw new AssertionError("the site with a third language must build: " + failure.problems());
        }
    }

    @Test
    void cyrillicFileNamesAndHeadingsBecomeLatinAddresses() throws IOException {
        Document article = page("uk/5-oznak-shcho-chas-zvilnyty-kliyenta/index.html");
        assertEquals("uk", article.selectFirst("html").attr("lang"));
        assertEquals("ltr", article.selectFirst("html").attr("dir"));
        assertEquals(List.of("shcho-napysaty-v-rakhunku", "koly-yoho-nadislaty"), article.select("[data-prose] h2").eachAttr("id"));
        assertTrue(Files.isRegularFile(site.resolve("uk/pro-posibnyk/index.html")), "the about page's Cyrillic file name gives a Latin address");
    }

    @Test
    void hreflangIsReciprocalAcrossThreeLanguages() throws IOException {
        String pl = "https://guide.test/pl/jak-wystawic-fakture/";
        String en = "https://guide.test/en/how-to-send-an-invoice/";
        String uk = "https://guide.test/uk/5-oznak-shcho-chas-zvilnyty-kliyenta/";
        Map<String, String> expected = Map.of("pl", pl, "en", en, "uk", uk, "x-default", pl);
        for (String path : List.of("pl/jak-wystawic-fakture/index.html", "en/how-to-send-an-invoice/index.html",
                "uk/5-oznak-shcho-chas-zvilnyty-kliyenta/index.html")) {
            assertEquals(expected, alternates(page(path)), path);
        }
        assertEquals(List.of("/pl/jak-wystawic-fakture/", "/en/how-to-send-an-invoice/"),
                page("uk/5-oznak-shcho-chas-zvilnyty-kliyenta/index.html").select("a[data-lang-switch]").eachAttr("href"));
        assertEquals(List.of("/en/how-to-send-an-invoice/", "/uk/5-oznak-shcho-chas-zvilnyty-kliyenta/"),
                page("pl/jak-wystawic-fakture/index.html").select("a[data-lang-switch]").eachAttr("href"));
        assertEquals("https://guide.test/", alternates(page("uk/index.html")).get("x-default"));
    }

    /** An article in Polish and English but not in Ukrainian is listed once on the Ukrainian home page, with both its languages. */
    @Test
    void anArticleInTwoOtherLanguagesIsListedOnceWithBoth() throws IOException {
        List<Element> items = page("uk/index.html").select(".other-languages li");
        List<Element> pricing = items.stream().filter(li -> li.selectFirst("a").attr("href").matches(
                "/pl/jak-wycenic-projekt/|/en/pricing-a-project/")).toList();
        assertEquals(1, pricing.size(), "one card, not one per language: "
                + items.stream().map(li -> li.selectFirst("a").attr("href") + " " + li.selectFirst(".meta span").text()).toList());
        assertEquals("/pl/jak-wycenic-projekt/", pricing.get(0).selectFirst("a").attr("href"), "the version in the site's first language");
        String note = pricing.get(0).selectFirst(".meta span").text();
        assertTrue(note.startsWith("доступно польською") && note.contains("англійською"), note);
    }

    /** With two other languages, the switch's note says which one a page is not in yet, in the page's language's words for it. */
    @Test
    void theSwitchNamesEachLanguageAPageIsNotInYet() throws IOException {
        assertEquals(List.of("Tej strony nie ma jeszcze po angielsku.", "Tej strony nie ma jeszcze po ukraińsku."),
                page("pl/zaliczka-czy-zadatek/index.html").select(".lang-switch .lang-missing").eachText());
        assertEquals(List.of("This page is not available in Ukrainian yet."),
                page("en/pricing-a-project/index.html").select(".lang-switch .lang-missing").eachText());
        assertEquals(List.of("Цієї сторінки ще немає польською.", "Цієї сторінки ще немає англійською."),
                page("uk/lyshe-ukrayinskoyu/index.html").select(".lang-switch .lang-missing").eachText());
    }

    /**
     * The Ukrainian words are the English file's with half of them translated: work under way, no warning about them (the
     * Ukrainian article's headings, written without ids to show transliterated ones, are warned of as dropping the
     * Polish page's ids, as they should be). Left as the
     * copy of the Polish file (whose plural forms Ukrainian shares), its addresses changed as the build requires, the file is named.
     */
    @Test
    void aStringsFileLeftAsTheCopyOfAnotherLanguagesIsAWarning(@TempDir Path copy) throws Exception {
        assertEquals(List.of(), report.warnings().stream().filter(w -> w.contains("templates/i18n/")).toList(),
                "the half-translated Ukrainian file is no copy");
        for (String part : List.of("content", "templates", "assets")) {
            ProjectFixture.copyTree(project.resolve(part), copy.resolve(part));
        }
        Files.copy(project.resolve("jbake.properties"), copy.resolve("jbake.properties"));
        String polish = Files.readString(project.resolve("templates/i18n/pl.yaml"), StandardCharsets.UTF_8);
        Files.writeString(copy.resolve("templates/i18n/uk.yaml"), polish.replace("aboutUrl: /pl/o-przewodniku/", "aboutUrl: /uk/pro-posibnyk/")
                .replace("archiveUrl: /pl/artykuly/", "archiveUrl: /uk/statti/"), StandardCharsets.UTF_8);
        Map<String, Object> words = load(project.resolve("templates/i18n/pl.yaml"));
        int n = words.values().stream().mapToInt(v -> v instanceof Map<?, ?> m ? m.size() : 1).sum();
        List<String> warnings;
        try {
            warnings = new SiteBuilder(copy).build(copy.resolve("target/site")).warnings();
        } catch (BuildFailure failure) {
            throw new AssertionError("a copied strings file builds: " + failure.problems());
        }
        assertEquals(List.of("templates/i18n/uk.yaml:3: warning: " + (n - 2) + " of " + n + " interface words are the same as pl.yaml's;"
                + " translate them"), warnings.stream().filter(w -> w.contains("templates/i18n/")).toList());
    }

    /** On the Polish home page, a Ukrainian article's card keeps Ukrainian text as written: Polish typography is not its. */
    @Test
    void aCardInAnotherLanguageKeepsThatLanguagesTypography() throws IOException {
        Element card = page("pl/index.html").selectFirst(".other-languages li[lang=uk]");
        assertTrue(card != null, "the Ukrainian-only article is listed on the Polish home page");
        assertEquals("Що відповісти, коли клієнт у листі просить знижку.", card.selectFirst("p:not(.meta)").wholeText(),
                "no Polish non-breaking space after the one-letter word 'у'");
        assertTrue(card.selectFirst(".meta span").text().contains("tylko po ukraińsku"), card.text());
    }

    @Test
    void pluralsDatesAndLocaleFollowUkrainianCldrData() throws IOException {
        Document quiz = page("uk/test-kliyenta/index.html");
        assertEquals("(1 бал)", quiz.selectFirst("label[for=q-late] .quiz-points").text());
        assertEquals("(2 бали)", quiz.selectFirst("label[for=q-reminded] .quiz-points").text());
        assertEquals("(4 бали)", quiz.selectFirst("label[for=q-shouts] .quiz-points").text());
        assertEquals(List.of("0–3 бали", "4–7 балів", "8–13 балів"), quiz.select(".quiz-range").eachText());
        Document article = page("uk/5-oznak-shcho-chas-zvilnyty-kliyenta/index.html");
        // CLDR's Ukrainian date keeps "р." on the year's line with a non-breaking space.
        assertEquals("10 березня 2026 р. · Оновлено 30 березня 2026 р. · 1 хвилина читання · 31 слово · Автор: Ewa Nowak",
                article.selectFirst(".article-header .meta").text().replaceAll("[\\u00A0\\u202F]", " "));
        assertEquals("uk_UA", article.selectFirst("meta[property=og:locale]").attr("content"));
        // An unstamped translation is behind its source, said in Ukrainian; the source has no updated=, so no date is given.
        assertEquals("Цей переклад може розходитися з польським оригіналом, який змінено вже після його перекладу. Читати оригінал",
                article.selectFirst(".translation-notice").text().replaceAll("[\\u00A0\\u202F]", " "));
    }

    /**
     * The note the search panel adds after the count when a common word being typed found only the words it begins: it
     * speaks of the word, as in English and Polish, not of the results (false for a query of several words).
     */
    @Test
    void theCommonWordNoteAfterTheCountSpeaksOfTheWord() throws IOException, ParseException {
        // The panel's words come with the language's search index, not on every page.
        JSONObject meta = (JSONObject) new JSONParser().parse(Files.readString(site.resolve("uk/search/meta.json"), StandardCharsets.UTF_8));
        JSONObject words = (JSONObject) meta.get("words");
        String shown = ((String) ((JSONObject) words.get("count")).get("few")).replace("{0}", "4") + " " + ((String) words.get("begunOnly")).replace("{word}", "для");
        assertEquals("4 результати — «для» шукається лише як початок довших слів (саме по собі «для» — часте слово, тож його не шукають)", shown);
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path), StandardCharsets.UTF_8));
    }

    private static Map<String, String> alternates(Document doc) {
        Map<String, String> result = new TreeMap<>();
        for (Element link : doc.select("link[rel=alternate][hreflang]")) {
            result.put(link.attr("hreflang"), link.attr("href"));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(Path yaml) throws IOException {
        return new LinkedHashMap<>((Map<String, Object>) new Yaml().load(Files.readString(yaml, StandardCharsets.UTF_8)));
    }
}
