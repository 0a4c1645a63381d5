package guide.readme;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's "Add a language" quotes the first line a build prints for {@code site.languages=pl,en_US} (Java's way of
 * writing a locale), on a copy of the real project: this test makes that edit and compares the line the build printed with
 * the quoted one, its line number too, so a changed message or a moved setting makes the quote fail here.
 */
class LanguageCodeReadmeTest {
    private static final ReadmeSection README = ReadmeSection.named("Add a language");

    @RealProject
    static Path project;

    @Test
    void aCodeWrittenAsJavaWritesALocaleIsRefusedAsTheReadmeQuotes() throws IOException {
        Path settings = project.resolve("jbake.properties");
        String text = Files.readString(settings, StandardCharsets.UTF_8);
        assertTrue(text.contains("\nsite.languages=pl,en\n"), "the real project's languages changed; the README's example assumes pl,en");
        Files.writeString(settings, text.replace("\nsite.languages=pl,en\n", "\nsite.languages=pl,en_US\n"), StandardCharsets.UTF_8);
        GuideRun build = GuideRun.run(project, "build");
        ReadmeSection.Block block = README.blockMentioning("site.languages: 'en_US'");
        assertEquals(1, block.output().size(), "README.md:" + block.line() + " quotes one line: " + block.output());
        assertEquals(1, build.exitCode(), build.err());
        String printed = build.lines(project).get(0);
        assertEquals(block.output().get(0), printed, "README.md:" + block.line() + " quotes the first line the build prints for"
                + " site.languages=pl,en_US; it printed:\n" + String.join("\n", build.lines(project)));
        assertFalse(Files.exists(project.resolve("target/site/index.html")), "nothing built");
    }
}
