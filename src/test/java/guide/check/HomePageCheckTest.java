package guide.check;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.TestDocument;
import guide.site.Problem;
import guide.site.SmallProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every language of site.languages has a published home page, or the build names the file to add. */
class HomePageCheckTest {
    @TempDir
    Path dir;

    private List<String> problems(ContentDocument... docs) {
        return problems(new ArrayList<>(), docs);
    }

    /** The check's problems after {@code earlier}, those the scan of the content files found. */
    private List<String> problems(List<Problem> earlier, ContentDocument... docs) {
        SmallProject project = SmallProject.in(dir);
        List<Problem> problems = new ArrayList<>(earlier);
        new HomePageCheck().check(dir, project.config(), List.of(docs), problems);
        return problems.stream().map(Problem::toString).toList();
    }

    private static TestDocument home(String lang) {
        return TestDocument.article(lang, "index").type(DocumentType.HOME);
    }

    @Test
    void aLanguageWithoutAHomePageIsNamedWithTheFileToAdd() {
        assertEquals(List.of("content/en: no home page for 'en' (in site.languages): add content/en/index.md with type=home and status=published"
                        + " (copy another language's index.md and translate it)"),
                problems(home("pl").build(), TestDocument.article("en", "about").build()));
    }

    @Test
    void aDraftHomePageDoesNotCount() {
        assertEquals(List.of("content/en: no home page for 'en' (in site.languages): add content/en/index.md with type=home and status=published"
                        + " (copy another language's index.md and translate it)"),
                problems(home("pl").build(), home("en").draft().build()));
    }

    @Test
    void aPublishedHomePageInEveryLanguageIsEnough() {
        assertEquals(List.of(), problems(home("pl").build(), home("en").build(), TestDocument.article("en", "about").build()));
    }

    @Test
    void withoutAnyHomePageEveryLanguageIsNamed() {
        assertEquals(List.of("content/pl: no home page for 'pl' (in site.languages): add content/pl/index.md with type=home and status=published"
                        + " (copy another language's index.md and translate it)",
                "content/en: no home page for 'en' (in site.languages): add content/en/index.md with type=home and status=published"
                        + " (copy another language's index.md and translate it)"), problems());
    }

    /** A home page with a mistyped date has its own problem; "add content/en/index.md" would send the editor to make a file that exists. */
    @Test
    void aHomePageThatCouldNotBeReadIsNotReportedAsMissing() throws IOException {
        Files.createDirectories(dir.resolve("content/en"));
        Files.writeString(dir.resolve("content/en/index.md"), "title=Home\ndate=2026-11-31\ntype=home\nstatus=published\n~~~~~~\n\nWelcome.\n");
        Problem date = new Problem(Path.of("content/en/index.md"), 2, "date '2026-11-31' is not a real date: November 2026 has 30 days");
        assertEquals(List.of(date.toString()), problems(List.of(date), home("pl").build()));
    }

    @Test
    void aProblemInAnotherPageOfTheLanguageStillLeavesTheHomePageMissing() throws IOException {
        Files.createDirectories(dir.resolve("content/en"));
        Files.writeString(dir.resolve("content/en/about.md"), "title=About\ndate=2026-11-31\ntype=page\nstatus=published\n~~~~~~\n\nAbout.\n");
        Problem date = new Problem(Path.of("content/en/about.md"), 2, "date '2026-11-31' is not a real date: November 2026 has 30 days");
        assertEquals(List.of(date.toString(), "content/en: no home page for 'en' (in site.languages): add content/en/index.md with type=home and status=published"
                        + " (copy another language's index.md and translate it)"), problems(List.of(date), home("pl").build()));
    }
}
