package guide.check;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.TestDocument;
import guide.site.Problem;
import guide.site.SmallProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every language of site.languages has a published home page, or the build names the file to add. */
class HomePageCheckTest {
    @TempDir
    Path dir;

    private List<String> problems(ContentDocument... docs) {
        SmallProject project = SmallProject.in(dir);
        List<Problem> problems = new ArrayList<>();
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
}
