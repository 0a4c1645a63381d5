package guide.serve;

import guide.cli.GuideInProcess;
import guide.content.SiteContent;
import guide.dashboard.DashboardEntry;
import guide.dashboard.DashboardFilter;
import guide.dashboard.DashboardPage;
import guide.dashboard.PageOptions;
import guide.dashboard.TranslationDashboard;
import guide.site.ProjectFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A published page marked "Not fully translated" because its text is still its source's is work to translate: the dashboard's
 * zip of a language holds its XLIFF file, whose copied units go out to translate (not as translated, which a CAT tool would
 * pass over), and the link says the zip holds such pages; one marked only for its tags stays out, as XLIFF carries no tags.
 * On a copy of the test site: "pricing" is outdated, and "advance" is started with {@code ./guide translate} and published
 * untranslated, or with its text translated and its Polish tags kept.
 */
class CopiedPageBundleTest {
    @TempDir
    Path project;

    @Test
    void theZipHoldsAPublishedPageWhoseTextIsStillCopiedWithItsUnitsToTranslate() throws Exception {
        ProjectFixture.copyProject(project);
        assertEquals(0, GuideInProcess.inProject(project, "translate", "content/pl/zaliczka-czy-zadatek.md", "--to", "en", "--name", "advance")
                .exitCode());
        Path copy = project.resolve("content/en/advance.md");
        Files.writeString(copy, Files.readString(copy, StandardCharsets.UTF_8).replace("status=draft", "status=published"), StandardCharsets.UTF_8);
        SiteContent content = SiteContent.load(project);

        Map<String, String> files = zipped(content, "en");
        assertEquals(2, files.size(), "the outdated pricing page and the published copy: " + files.keySet());
        String advance = files.entrySet().stream().filter(f -> f.getKey().startsWith("advance.")).findFirst().orElseThrow().getValue();
        Document xliff = Jsoup.parse(advance, "", Parser.xmlParser());
        List<String> states = xliff.select("trans-unit[restype=x-title] target").eachAttr("state");
        assertFalse(states.isEmpty(), advance);
        assertEquals("needs-translation", states.get(0), "the copied title is to translate, not translated: " + advance);

        String page = new DashboardPage(TranslationDashboard.of(content), new PageOptions("/style.css", "token"))
                .html(DashboardFilter.of(null, null, null, content.config().languages()), Optional.empty());
        assertTrue(Jsoup.parse(page).select("a.dash-download").eachText().contains(
                "Download XLIFF for English: everything outdated, missing, in draft or still copied from its source (2 files, zip)"), page);
    }

    /**
     * A published translation marked "Not fully translated" only for its tags (its text translated, its tags still its source's
     * Polish) is no work for an XLIFF file, which carries no tags: the zip holds the outdated pricing page only, and the link
     * counts one file.
     */
    @Test
    void thePageMarkedOnlyForItsTagsStaysOutOfTheZip() throws Exception {
        ProjectFixture.copyProject(project);
        assertEquals(0, GuideInProcess.inProject(project, "translate", "content/pl/zaliczka-czy-zadatek.md", "--to", "en", "--name", "advance")
                .exitCode());
        Path copy = project.resolve("content/en/advance.md");
        String header = Files.readString(copy, StandardCharsets.UTF_8).split("~~~~~~", 2)[0];
        Files.writeString(copy, header.replace("status=draft", "status=published")
                .replaceAll("(?m)^title=.*$", "title=Advance or deposit").replaceAll("(?m)^summary=.*$", "summary=Two kinds of prepayment and how they differ.")
                + "~~~~~~\n\nA prepayment protects you from a client who disappears.\n\n## Advance {#advance}\n\nAn advance is settled against the price.\n\n"
                + "## Deposit {#deposit}\n\nA deposit works differently from an advance.\n", StandardCharsets.UTF_8);
        SiteContent content = SiteContent.load(project);
        DashboardEntry advance = TranslationDashboard.of(content).entries().stream()
                .filter(e -> e.key().equals("advance") && e.lang().equals("en")).findFirst().orElseThrow();
        assertEquals(1, advance.untranslated().size(), "marked for one thing: " + advance.untranslated());
        assertTrue(advance.untranslated().get(0).text().startsWith("the tag umowy is still its Polish source's"), "its tags: " + advance.untranslated());

        assertEquals(List.of("pricing.pl-en.xlf"), zipped(content, "en").keySet().stream().toList(), "the outdated page only");
        String page = new DashboardPage(TranslationDashboard.of(content), new PageOptions("/style.css", "token"))
                .html(DashboardFilter.of(null, null, null, content.config().languages()), Optional.empty());
        assertTrue(Jsoup.parse(page).select("a.dash-download").eachText().contains(
                "Download XLIFF for English: everything outdated, missing, in draft or still copied from its source (1 file, zip)"), page);
    }

    /** The files of the dashboard's XLIFF zip of {@code lang}, by name. */
    private static Map<String, String> zipped(SiteContent content, String lang) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(XliffDownloads.bundle(content, lang).orElseThrow().bytes()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
