package guide.readme;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every package, class and test class of the builder the README names exists in src/main/java or src/test/java, so
 * that "For developers" never sends a newcomer to a class that was renamed or deleted.
 */
class ReadmeSourceNamesTest {
    @TempDir
    Path temp;

    @Test
    void theReadmeNamesOnlyPackagesAndClassesThatExist() throws IOException {
        Path project = ProjectFixture.projectDir();
        SourceNames names = new SourceNames(List.of(project.resolve("src/main/java"), project.resolve("src/test/java")));
        String readme = Files.readString(project.resolve("README.md"), StandardCharsets.UTF_8);
        assertEquals(List.of(), names.missing(readme), "README.md lines that name a package or class src/ does not hold");
    }

    @Test
    void aNameSrcDoesNotHoldIsReportedWithItsLine() throws IOException {
        Files.createDirectories(temp.resolve("guide/page"));
        Files.writeString(temp.resolve("guide/page/PageModels.java"), "class PageModels {}\n", StandardCharsets.UTF_8);
        Files.writeString(temp.resolve("guide/page/PageModelsTest.java"), "class PageModelsTest {}\n", StandardCharsets.UTF_8);
        String text = """
                `guide.page` makes `guide.page.PageModels.forDocument`, which `PageModelsTest` tests.
                Not names: https://guide.example.org and -Dguide.timings=true.
                Gone: `guide.page.PageModel`, `guide.quiz` and `ChecklistParserTest`.
                """;
        assertEquals(List.of("3: guide.page.PageModel", "3: guide.quiz", "3: ChecklistParserTest"),
                new SourceNames(List.of(temp)).missing(text));
    }
}
