package guide.translation;

import guide.build.SiteBuilder;
import guide.cli.GuideInProcess;
import guide.content.SiteContent;
import guide.site.ProjectFixture;
import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editors' translation workflow, through ./guide's commands, on a copy of the test site. */
class TranslationWorkflowTest {
    static final String PL_ABOUT = "content/pl/o-przewodniku.md";
    static final String EN_ABOUT = "content/en/about.md";

    @TempDir
    Path project;

    @BeforeEach
    void copy() {
        ProjectFixture.copyProject(project);
    }

    @Test
    void theReportShowsEveryKeyInEveryLanguage() {
        Run run = guide("translations");
        assertEquals(0, run.code, run.out + run.err);
        assertEquals(List.of(
                "key          pl         en",
                "about        source     current",
                "advance      source     missing",
                "client-quiz  source     current",
                "home         source     current",
                "invoice      source     current",
                "not-found    source     current",
                "pricing      source     outdated"), run.out.lines().limit(8).toList());
        assertTrue(run.out.contains("content/en/pricing-a-project.md: outdated, the source has changed since the stamp (content/pl/jak-wycenic-projekt.md)\n"
                + "    ~ edited: Sprawdza się, gdy zakres jest spisany.\n"), run.out);
        assertTrue(run.out.endsWith("7 keys: 7 source, 5 current, 1 outdated, 1 missing\n"), run.out);
        assertEquals(1, guide("translations", "--fail-on", "outdated,missing,orphaned").code);
    }

    /**
     * A pipeline's log shows the report and a failed step: {@code --fail-on} says on the console which states stopped it
     * and which pages are in them (a missing translation, which has no file yet, by its key and language), in the order
     * the states were typed, leaving out a state no page is in; it says nothing when it exits with 0.
     */
    @Test
    void failOnSaysWhichPagesStoppedIt() {
        Run stopped = guide("translations", "--fail-on", "orphaned,missing,outdated");
        assertEquals(1, stopped.code);
        assertEquals("--fail-on orphaned,missing,outdated: 1 page is missing: advance (en); 1 page is outdated: "
                + "content/en/pricing-a-project.md\n", stopped.err);
        Run passed = guide("translations", "--fail-on", "orphaned");
        assertEquals(0, passed.code);
        assertEquals("", passed.err);
    }

    @Test
    void changingTheSourceMakesTheTranslationOutdatedWithWhatChanged() throws IOException {
        edit(PL_ABOUT, s -> s.replace("## Kontakt", "## Kontakt z redakcją") + "\nNowy akapit o kontakcie z redakcją.\n");
        Run run = guide("translations");
        assertEquals(0, run.code);
        assertTrue(run.out.contains("about        source     outdated"), run.out);
        assertTrue(run.out.contains(EN_ABOUT + ": outdated, the source has changed since the stamp (" + PL_ABOUT + ")"), run.out);
        assertTrue(run.out.contains("    ~ edited: ## Kontakt z redakcją"), run.out);
        assertTrue(run.out.contains("    + added: Nowy akapit o kontakcie z redakcją."), run.out);
        assertEquals(1, guide("translations", "--fail-on", "outdated").code);
        assertEquals(0, guide("translations", "--fail-on", "orphaned").code);

        List<String> before = Files.readAllLines(project.resolve(EN_ABOUT));
        Run stamp = guide("translations", "stamp", EN_ABOUT);
        assertEquals(0, stamp.code, stamp.err);
        List<String> after = Files.readAllLines(project.resolve(EN_ABOUT));
        assertEquals(before.size(), after.size());
        List<Integer> differing = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                differing.add(i);
            }
        }
        assertEquals(1, differing.size(), "stamp rewrites only its own line");
        assertTrue(after.get(differing.get(0)).startsWith("sourceRevision=pl "));
        assertTrue(guide("translations").out.contains("about        source     current"));
    }

    @Test
    void anUnreadableStampIsReportedAtItsLineWithWhatIsWrongWithIt() throws Exception {
        edit(EN_ABOUT, s -> s.replace("sourceRevision=pl 92d7c862df0c ", "sourceRevision=pl 92d7c862dfzz "));
        Run run = guide("translations");
        assertTrue(run.out.contains("content/en/about.md:8: outdated, unreadable stamp, its hash '92d7c862dfzz' is not 12 hex digits"
                + " (content/pl/o-przewodniku.md)\n    after review: ./guide translations stamp content/en/about.md\n"), run.out);
        JSONObject json = (JSONObject) new JSONParser().parse(guide("translations", "--json").out);
        JSONObject about = (JSONObject) ((JSONArray) json.get("keys")).stream()
                .filter(k -> ((JSONObject) k).get("key").equals("about")).findFirst().orElseThrow();
        JSONObject en = (JSONObject) ((JSONObject) about.get("languages")).get("en");
        assertEquals(8L, en.get("line"));
        assertEquals("unreadable stamp, its hash '92d7c862dfzz' is not 12 hex digits", en.get("note"));

        edit(EN_ABOUT, s -> s.replaceFirst("sourceRevision=pl 92d7c862dfzz [^\n]*", "sourceRevision=pl"));
        assertTrue(guide("translations").out.contains("content/en/about.md:8: outdated, unreadable stamp, it needs the source's language"
                + " and a hash: 'pl' (content/pl/o-przewodniku.md)\n"));
    }

    @Test
    void aHomePageCopiedFromAnotherTranslationForANewLanguageIsNotCurrentUntilStampedForIt() throws Exception {
        ProjectFixture.copyRealProject(project);
        edit("jbake.properties", s -> s.replace("site.languages=pl,en", "site.languages=pl,en,de"));
        Files.createDirectories(project.resolve("content/de"));
        Files.copy(project.resolve("content/en/index.md"), project.resolve("content/de/index.md"));
        Run run = guide("translations");
        assertTrue(run.out.contains("home                     source     current    outdated\n"), run.out);
        assertTrue(run.out.contains("content/de/index.md:8: outdated, not translated yet, copied from content/en/index.md (its stamp says to=en);"
                + " translate it from content/pl/index.md, then stamp it\n    once translated into German: ./guide translations stamp content/de/index.md\n"),
                run.out);
        assertFalse(run.out.contains("(content/pl/index.md)"), "the source is named as what to translate from, not as another name of the copy: " + run.out);

        Run export = guide("translations", "export", "content/de/index.md", "--to", "de", "--output", project.resolve("xliff").toString());
        assertEquals(0, export.code, export.err);
        String xliff = Files.readString(project.resolve("xliff/home.pl-de.xlf"), StandardCharsets.UTF_8);
        assertFalse(xliff.contains("state=\"translated\""), "the English text is no German translation to keep: " + xliff);

        Run stamp = guide("translations", "stamp", "content/de/index.md");
        assertEquals("content/de/index.md: stamped current with content/pl/index.md (pl 76b7f1aab805)\n", stamp.out, stamp.err);
        assertTrue(Files.readString(project.resolve("content/de/index.md"), StandardCharsets.UTF_8)
                .contains("\nsourceRevision=pl 76b7f1aab805 205d5d edf257 summary=345830 to=de\n"));
        assertTrue(guide("translations").out.contains("home                     source     current    current\n"));
        Run again = guide("translations", "stamp", "content/de/index.md");
        assertEquals("content/de/index.md: already stamped current with content/pl/index.md (pl 76b7f1aab805); the file was left as it was\n",
                again.out, again.err);
    }

    /** Any other name than the one de.yaml's aboutUrl gives leaves the build stopped at a broken link to the about page. */
    @Test
    void aNewLanguagesMissingAboutPageIsNamedAsItsAboutUrlRequires() throws Exception {
        ProjectFixture.copyRealProject(project);
        edit("jbake.properties", s -> s.replace("site.languages=pl,en", "site.languages=pl,en,de"));
        Files.writeString(project.resolve("templates/i18n/de.yaml"), Files.readString(project.resolve("templates/i18n/en.yaml"), StandardCharsets.UTF_8)
                .replace("aboutUrl: /en/about/", "aboutUrl: /de/ueber-den-leitfaden/"), StandardCharsets.UTF_8);
        Run run = guide("translations");
        assertTrue(run.out.contains("de missing: about (source " + PL_ABOUT + "); start it with ./guide translate " + PL_ABOUT
                + " --to de --name ueber-den-leitfaden (the address aboutUrl gives the German about page in templates/i18n/de.yaml)\n"), run.out);
        assertTrue(run.out.contains("--to de --name NAME (NAME: the new page's address, in German: the title's words in the letters a to z, joined by hyphens)\n"),
                "other pages are still named by their titles: " + run.out);
    }

    /**
     * A home or not-found page's address comes from its type, not its file name: the report suggests its source's name and says
     * so, rather than asking for an address in German words; the command it gives makes the page at /de/.
     */
    @Test
    void aNewLanguagesMissingHomeAndNotFoundPagesAreNamedAsTheirSourcesSinceTheirTypeGivesTheAddress() throws Exception {
        ProjectFixture.copyRealProject(project);
        edit("jbake.properties", s -> s.replace("site.languages=pl,en", "site.languages=pl,en,de"));
        Files.copy(project.resolve("templates/i18n/en.yaml"), project.resolve("templates/i18n/de.yaml"));
        Run run = guide("translations");
        assertTrue(run.out.contains("de missing: home (source content/pl/index.md); start it with ./guide translate content/pl/index.md --to de"
                + " --name index (this names the file only: a home page's address comes from its type, not its file name, so the German one is at /de/)\n"),
                run.out);
        assertTrue(run.out.contains("de missing: not-found (source content/pl/404.md); start it with ./guide translate content/pl/404.md --to de"
                + " --name 404 (this names the file only: a not-found page's address comes from its type, not its file name, so the German one is at"
                + " /de/404.html)\n"), run.out);

        Run translate = guide("translate", "content/pl/index.md", "--to", "de", "--name", "index");
        assertEquals(0, translate.code, translate.err);
        assertEquals("/de/", SiteContent.load(project).documents().stream().filter(d -> d.source().toString().equals("content/de/index.md"))
                .findFirst().orElseThrow().url());
    }

    @Test
    void readersOfAnOutdatedTranslationSeeANoticeLinkingTheOriginal() throws Exception {
        edit(PL_ABOUT, s -> s.replaceFirst("(?m)^date=.*$", "$0\nupdated=2026-11-26") + "\nNowy akapit.\n");
        new SiteBuilder(project).build(project.resolve("target/site"));
        Document en = Jsoup.parse(project.resolve("target/site/en/about/index.html").toFile(), "UTF-8");
        // The paragraph went into the source's last section, "Kontakt", whose heading has no {#id}: the notice names it.
        assertEquals("This translation may be behind the Polish original, updated on 26 November 2026."
                + " Changed there since this translation: Contact. Read the original", en.selectFirst(".translation-notice").text());
        assertEquals("#contact", en.selectFirst(".translation-notice a:contains(Contact)").attr("href"));
        assertEquals("/pl/o-przewodniku/", en.selectFirst(".translation-notice a:contains(Read the original)").attr("href"));
        Document pl = Jsoup.parse(project.resolve("target/site/pl/o-przewodniku/index.html").toFile(), "UTF-8");
        assertTrue(pl.select(".translation-notice").isEmpty(), "the source itself has no notice");
    }

    @Test
    void missingAndOrphanedTranslationsAreReportedAndCanStopAPipeline() throws Exception {
        Files.delete(project.resolve(EN_ABOUT));
        Files.delete(project.resolve("content/pl/jak-wycenic-projekt.md"));
        Run run = guide("translations");
        assertTrue(run.out.contains("about        source     missing"), run.out);
        assertTrue(run.out.contains("pricing      gone       orphaned"), run.out);
        assertTrue(run.out.contains("content/en/pricing-a-project.md: orphaned, its pl source is gone"), run.out);
        assertTrue(run.out.contains("en missing: about (source " + PL_ABOUT + "); start it with ./guide translate " + PL_ABOUT
                + " --to en --name about (the address aboutUrl gives the English about page in templates/i18n/en.yaml)\n"), run.out);
        assertEquals(1, guide("translations", "--fail-on", "missing").code);
        assertEquals(1, guide("translations", "--fail-on", "orphaned").code);
        assertEquals(0, guide("translations", "--fail-on", "outdated").code);

        JSONObject json = (JSONObject) new JSONParser().parse(guide("translations", "--json").out);
        JSONObject about = (JSONObject) ((JSONArray) json.get("keys")).stream()
                .filter(k -> ((JSONObject) k).get("key").equals("about")).findFirst().orElseThrow();
        JSONObject en = (JSONObject) ((JSONObject) about.get("languages")).get("en");
        assertEquals("missing", en.get("status"));
        assertEquals(PL_ABOUT, en.get("source"));
    }

    @Test
    void translateStartsADraftWithFrontMatterAndRefusesToOverwrite() throws IOException {
        Files.delete(project.resolve(EN_ABOUT));
        Run run = guide("translate", PL_ABOUT, "--to", "en", "--name", "about-the-guide");
        assertEquals(0, run.code, run.err);
        Path created = project.resolve("content/en/about-the-guide.md");
        String text = Files.readString(created, StandardCharsets.UTF_8);
        String source = Files.readString(project.resolve(PL_ABOUT), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("title=O poradniku\n"), text);
        assertTrue(text.contains("\nstatus=draft\n") && text.contains("\ntranslationKey=about\n") && text.contains("\nauthor=redakcja\n"), text);
        assertTrue(text.contains("\nsourceRevision=pl "), text);
        assertTrue(text.endsWith(source.substring(source.indexOf("~~~~~~\n") + 7)), "the source body to work on");
        Run report = guide("translations");
        assertTrue(report.out.contains("about        source     draft"), "a started translation is a draft, not current: " + report.out);
        assertTrue(report.out.contains("content/en/about-the-guide.md: draft, not published yet (translation of " + PL_ABOUT
                + "); set status=published when it is ready\n"), report.out);
        edit("content/en/about-the-guide.md", s -> s.replace("status=draft", "status=published"));
        assertTrue(guide("translations").out.contains("about        source     current"), "published, it is current");

        Run again = guide("translate", PL_ABOUT, "--to", "en", "--name", "about-the-guide");
        assertEquals(1, again.code);
        assertEquals(PL_ABOUT + " already has an English version: content/en/about-the-guide.md (not overwritten)", again.err.strip());
        assertTrue(Files.readString(created, StandardCharsets.UTF_8).endsWith(text.substring(text.indexOf("translationKey="))), "not overwritten");

        Run toItself = guide("translate", PL_ABOUT, "--to", "de", "--name", "ueber");
        assertEquals(1, toItself.code);
        assertTrue(toItself.err.contains("not a configured language"), toItself.err);
    }

    @Test
    void translateRefusesANameThatIsNoAddressOrIsAnotherPagesAndWritesNothing() throws IOException {
        Files.delete(project.resolve(EN_ABOUT));
        Map<String, Path> before = snapshot();
        for (String bad : List.of("../../x", "a/b", "feed.xml", "-about", "about-", "about guide?")) {
            Run run = guide("translate", PL_ABOUT, "--to", "en", "--name", bad);
            assertEquals(1, run.code, bad + ": " + run.out);
            assertTrue(run.err.contains("--name " + bad + ": a file name is the page's address: lowercase letters, digits and single hyphens,"
                    + " like how-to-price-a-project (found '" + bad + "')"), run.err);
        }
        String taken = project.relativize(project.resolve("content/en")).toString();
        try (var files = Files.list(project.resolve("content/en"))) {
            Path other = files.filter(f -> f.toString().endsWith(".md") && !f.getFileName().toString().equals("index.md")
                    && !f.getFileName().toString().equals("404.md")).findFirst().orElseThrow();
            String name = other.getFileName().toString().replace(".md", "");
            Run run = guide("translate", PL_ABOUT, "--to", "en", "--name", name);
            assertEquals(1, run.code, run.out);
            assertTrue(run.err.contains("--name " + name + ": its address /en/" + name + "/ is already " + taken + "/" + name + ".md's: choose another name"), run.err);
        }
        assertEquals(before, snapshot(), "nothing written, in content/ or outside it");
        assertFalse(Files.exists(project.resolve("x.md")) || Files.exists(project.getParent().resolve("x.md")));
    }

    /** The build publishes a file named "Późne faktury.md" at /en/pozne-faktury/: the same words as --name make that page. */
    @Test
    void translateTakesANameWithAccentsAndSpacesAsTheAddressTheBuildWouldMakeOfIt() throws IOException {
        Files.delete(project.resolve(EN_ABOUT));
        Run polish = guide("translate", PL_ABOUT, "--to", "en", "--name", "Późne faktury");
        assertEquals(0, polish.code, polish.err);
        assertTrue(polish.out.contains("Created content/en/pozne-faktury.md (status=draft) from " + PL_ABOUT + ".\n--name Późne faktury: an address"
                + " uses only the letters a to z, digits and single hyphens, so the page's address is /en/pozne-faktury/ and its file"
                + " content/en/pozne-faktury.md\n"), polish.out);
        assertTrue(Files.readString(project.resolve("content/en/pozne-faktury.md"), StandardCharsets.UTF_8).contains("\nstatus=draft\n"));
    }

    @Test
    void translateRefusesAnAddressTheBuildKeepsForItsOwnFiles() throws IOException {
        Files.delete(project.resolve(EN_ABOUT));
        Map<String, Path> before = snapshot();
        Run archive = guide("translate", PL_ABOUT, "--to", "en", "--name", "articles");
        assertEquals(1, archive.code, archive.out);
        assertEquals("--name articles: /en/articles/ is the address of the article archive (archiveUrl in templates/i18n/en.yaml, line "
                + lineOf(project.resolve("templates/i18n/en.yaml"), "archiveUrl:") + "): choose another name", archive.err.strip());
        Run search = guide("translate", PL_ABOUT, "--to", "en", "--name", "search");
        assertEquals(1, search.code, search.out);
        assertEquals("--name search: /en/search/ is the folder of the search index: choose another name", search.err.strip());
        assertEquals(before, snapshot(), "nothing written");
    }

    @Test
    void aNameWhoseFileExistsIsNamedInTheProject() throws IOException {
        Files.delete(project.resolve(EN_ABOUT));
        Run run = guide("translate", PL_ABOUT, "--to", "en", "--name", "index");
        assertEquals(1, run.code, run.out);
        assertEquals("--name index: content/en/index.md already exists: choose another name", run.err.strip());
    }

    private static int lineOf(Path file, String start) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start + " not in " + file);
    }

    @Test
    void aFileThatIsNotThereIsNamedAsMissing() {
        Run stamp = guide("translations", "stamp", "content/en/nope.md");
        assertEquals(1, stamp.code);
        assertEquals("content/en/nope.md: no such file", stamp.err.strip());
        Run translate = guide("translate", "content/pl/nie-ma.md", "--to", "en", "--name", "missing");
        assertEquals(1, translate.code);
        assertEquals("content/pl/nie-ma.md: no such file", translate.err.strip());
    }

    private Map<String, Path> snapshot() throws IOException {
        try (var walk = Files.walk(project)) {
            Map<String, Path> files = new TreeMap<>();
            walk.filter(Files::isRegularFile).filter(f -> !project.relativize(f).startsWith("target")).forEach(f -> files.put(project.relativize(f).toString(), f));
            return files;
        }
    }

    @Test
    void translateRefusesATranslationAsItsSourceAndNamesTheSource() throws Exception {
        edit("jbake.properties", s -> s.replace("site.languages=pl,en", "site.languages=pl,en,de"));
        Run run = guide("translate", EN_ABOUT, "--to", "de", "--name", "ueber");
        assertEquals(1, run.code, run.out);
        assertTrue(run.err.contains(EN_ABOUT + " is a translation of " + PL_ABOUT + ": translate from the source, not from a translation: ./guide translate "
                + PL_ABOUT + " --to de --name ueber"), run.err);
        assertFalse(Files.exists(project.resolve("content/de/ueber.md")), "nothing created");
        assertEquals(0, guide("translate", PL_ABOUT, "--to", "de", "--name", "ueber").code, "from the source it starts");
    }

    @Test
    void translateIntoTheSourcesLanguageSaysThePageIsAlreadyInIt() throws Exception {
        Map<String, Path> before = snapshot();
        Run run = guide("translate", EN_ABOUT, "--to", "pl", "--name", "x");
        assertEquals(1, run.code, run.out);
        assertEquals("Polish is this page's source language: " + EN_ABOUT + " is the English translation of " + PL_ABOUT, run.err.strip());
        assertEquals(before, snapshot(), "nothing written");
    }

    /** The not-found page's link home, in its source's language, would stop the build once the translation is published. */
    @Test
    void translateOfTheNotFoundPageLinksToTheTargetLanguagesHomePage() throws Exception {
        Files.delete(project.resolve("content/en/404.md"));
        Run run = guide("translate", "content/pl/404.md", "--to", "en", "--name", "404");
        assertEquals(0, run.code, run.err);
        assertTrue(run.out.contains("\nThe link to the Polish page /pl/ now goes to its English version, /en/.\n"), run.out);
        String text = Files.readString(project.resolve("content/en/404.md"), StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\nPod tym adresem niczego nie ma. Wróć na [stronę główną](/en/).\n"), text);
        edit("content/en/404.md", s -> s.replace("status=draft", "status=published"));
        new SiteBuilder(project).build(project.resolve("target/site"));
        Document page = Jsoup.parse(project.resolve("target/site/en/404.html").toFile(), "UTF-8");
        assertEquals("/en/", page.selectFirst("main a[href^=/]").attr("href"));
    }

    /** An article's links go to the English pages where there are some, and the translator hears which stay Polish, at their line. */
    @Test
    void translateOfAnArticlePointsItsLinksAtTheTranslationsAndNamesThoseWithNone() throws Exception {
        Files.delete(project.resolve("content/en/client-quiz.md"));
        edit("content/pl/test-klienta.md", s -> s.replace("Zaznacz zdania, które pasują do twojego klienta.",
                "Zaznacz zdania, które pasują do twojego klienta. Zobacz też [zaliczkę](/pl/zaliczka-czy-zadatek/)."));
        Run run = guide("translate", "content/pl/test-klienta.md", "--to", "en", "--name", "client-quiz");
        assertEquals(0, run.code, run.err);
        assertTrue(run.out.contains("\n3 links to 2 Polish pages now go to their English versions: /pl/jak-wystawic-fakture/ → /en/how-to-send-an-invoice/,"
                + " /pl/jak-wycenic-projekt/ → /en/pricing-a-project/\n"
                + "content/en/client-quiz.md:11: /pl/zaliczka-czy-zadatek/ has no English version yet: the link goes to the Polish page until an English version exists\n"),
                run.out);
        List<String> lines = Files.readAllLines(project.resolve("content/en/client-quiz.md"), StandardCharsets.UTF_8);
        assertTrue(lines.get(10).endsWith("Zobacz też [zaliczkę](/pl/zaliczka-czy-zadatek/)."), lines.get(10));
        edit("content/en/client-quiz.md", s -> s.replace("status=draft", "status=published"));
        new SiteBuilder(project).build(project.resolve("target/site"));
        Document quiz = Jsoup.parse(project.resolve("target/site/en/client-quiz/index.html").toFile(), "UTF-8");
        assertEquals(List.of("/pl/zaliczka-czy-zadatek/", "/en/how-to-send-an-invoice/#when-to-send", "/en/pricing-a-project/",
                "/en/how-to-send-an-invoice/#what-to-write"), quiz.select("main a[href^=/]").eachAttr("href"));
    }

    @Test
    void homePageListsArticlesAvailableOnlyInTheOtherLanguage() throws Exception {
        new SiteBuilder(project).build(project.resolve("target/site"));
        Document home = Jsoup.parse(project.resolve("target/site/en/index.html").toFile(), "UTF-8");
        var other = home.selectFirst(".other-languages");
        assertNotNull(other);
        assertEquals("/pl/zaliczka-czy-zadatek/", other.selectFirst("a").attr("href"));
        assertTrue(other.text().contains("available in Polish only"), other.text());
        var date = other.selectFirst("time");
        assertTrue(date.text().matches("\\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \\d{4}"),
                "the Polish article's date reads as English on the English home page: " + date.text());
        assertEquals("en", date.closest("[lang]").attr("lang"), "and is marked as English");
        Document pl = Jsoup.parse(project.resolve("target/site/pl/zaliczka-czy-zadatek/index.html").toFile(), "UTF-8");
        assertEquals("Tej strony nie ma jeszcze po angielsku.", pl.selectFirst(".lang-missing").text());
    }

    private record Run(int code, String out, String err) {
    }

    private Run guide(String... args) {
        GuideInProcess run = GuideInProcess.inProject(project, args);
        return new Run(run.exitCode(), run.out(), run.err());
    }

    private void edit(String file, UnaryOperator<String> change) throws IOException {
        Path path = project.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        String changed = change.apply(text);
        assertFalse(changed.equals(text), "the edit must change " + file);
        Files.writeString(path, changed, StandardCharsets.UTF_8);
    }
}
