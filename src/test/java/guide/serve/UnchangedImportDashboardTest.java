package guide.serve;

import guide.cli.Main;
import guide.content.SiteContent;
import guide.dashboard.DashboardFilter;
import guide.dashboard.DashboardPage;
import guide.dashboard.ImportOutcome;
import guide.dashboard.PageOptions;
import guide.dashboard.TranslationDashboard;
import guide.site.ProjectFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Importing through the dashboard a file that gives a page exactly the text it has writes nothing, and the page says so,
 * naming the page, rather than "The files were written" and a rebuild that never comes.
 */
class UnchangedImportDashboardTest {
    @TempDir
    Path project;

    @Test
    void anImportThatChangesNothingSaysSoAndNamesThePage() throws Exception {
        ProjectFixture.copyRealProject(project);
        Path out = project.resolve("xliff");
        assertEquals(0, guide("translations", "export", "content/pl/o-przewodniku.md", "--to", "en", "--output", out.toString()));
        byte[] export = Files.readAllBytes(out.resolve("about.pl-en.xlf"));
        String before = Files.readString(project.resolve("content/en/about.md"), StandardCharsets.UTF_8);

        ImportOutcome outcome = new DashboardImport(project).run(List.of(new UploadForm.Upload("about.pl-en.xlf", export)), false, Optional.empty());

        Element result = resultOnThePage(outcome);
        assertEquals("Nothing changed in content/en/about.md", result.selectFirst("h2").text());
        assertEquals("Nothing was written: content/en/about.md already has exactly the text of its XLIFF file,"
                + " so the page and its stamp stay as they were.", result.select("> p").text());
        assertEquals(List.of("content/en/about.md: unchanged from about.pl-en.xlf"), outcome.messages());
        assertEquals(before, Files.readString(project.resolve("content/en/about.md"), StandardCharsets.UTF_8));
    }

    private Element resultOnThePage(ImportOutcome outcome) throws Exception {
        SiteContent content = SiteContent.load(project);
        String html = new DashboardPage(TranslationDashboard.of(content), new PageOptions("/style.css", "token"))
                .html(DashboardFilter.of(null, null, content.config().languages()), Optional.of(outcome));
        return Jsoup.parse(html).getElementById("import-result");
    }

    private int guide(String... args) {
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            String[] all = Stream.concat(Arrays.stream(args), Stream.of("--project", project.toString()))
                    .toArray(String[]::new);
            return Main.commandLine(Path.of("").toAbsolutePath(), all).execute(all);
        } finally {
            System.setOut(stdout);
        }
    }
}
