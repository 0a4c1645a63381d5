package guide.build;

import guide.site.BuildFailure;
import guide.site.ProjectFiles;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A draft's page is checked as a published page's would be, and what would stop the build once it is published is a
 * warning at its line while it is a draft; the draft itself stays out of the site.
 */
class DraftChecksTest {
    private static final String DRAFT = "content/en/late-fees.md";
    private static final String TEXT = """
            title=Charging late fees
            date=2026-11-25
            type=post
            status=draft
            translationKey=late-fees
            author=redakcja
            summary=When a late fee is worth asking for.
            ~~~~~~

            ## When to charge {#when}

            Read [how to send an invoice](/en/how-to-send-an-invoice/) first, then [the old guide](/en/late-fee-guide/).

            ![A chart of late payments](/images/late-payments.png)

            Back to [the start](#when).
            """;

    @Test
    void aDraftsBrokenLinkAndMissingImageAreWarningsAtTheirLinesAndTheDraftIsNotPublished(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        Path output = project.resolve("target/site");
        Files.writeString(project.resolve(DRAFT), TEXT, StandardCharsets.UTF_8);
        BuildReport report = new SiteBuilder(project).build(output);
        assertEquals(List.of(DRAFT + ": draft, not published",
                DRAFT + ":12: warning: will stop the build once published: broken link (no such page or file): /en/late-fee-guide/",
                DRAFT + ":14: warning: will stop the build once published: image not found: /images/late-payments.png: put the file at"
                        + " content/images/late-payments.png (images go in content/images/, written /images/name.jpg)"),
                report.warnings().stream().filter(w -> w.startsWith(DRAFT)).toList(), report.warnings().toString());
        assertFalse(Files.exists(output.resolve("en/late-fees")), "a draft has no page");
        try (Stream<Path> files = Files.walk(output)) {
            List<Path> naming = files.filter(Files::isRegularFile).filter(f -> contains(f, "late-fees") || contains(f, "Charging late fees")).toList();
            assertEquals(List.of(), naming, "no sitemap, feed, list or search index names the draft");
        }
    }

    @Test
    void publishingTheDraftStopsTheBuildWithTheSameProblems(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        Path output = project.resolve("target/site");
        Files.writeString(project.resolve(DRAFT), TEXT, StandardCharsets.UTF_8);
        String once = "warning: will stop the build once published: ";
        List<String> warned = new SiteBuilder(project).build(output).warnings().stream().filter(w -> w.contains(once)).map(w -> w.replace(once, "")).toList();
        assertEquals(2, warned.size(), warned.toString());
        ProjectFiles.save(project, DRAFT, text -> text.replace("status=draft", "status=published"));
        BuildFailure failure = assertThrows(BuildFailure.class, () -> new SiteBuilder(project).build(output));
        assertEquals(warned, failure.problems().stream().map(Object::toString).toList());
    }

    @Test
    void aDraftsSharePictureAndUnsafeHtmlAreWarningsAtTheirLines(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        Files.writeString(project.resolve(DRAFT), TEXT.replace("summary=", "image=/images/late.jpg\nimageAlt=A late invoice\nsummary=")
                .replace("Back to", "<script>alert(1)</script>\n\nBack to"), StandardCharsets.UTF_8);
        BuildReport report = new SiteBuilder(project).build(project.resolve("target/site"));
        List<String> warnings = report.warnings().stream().filter(w -> w.startsWith(DRAFT + ":") && w.contains(": warning: ")).toList();
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith(DRAFT + ":7: warning: will stop the build once published: image /images/late.jpg not found"), warnings.toString());
        assertEquals(DRAFT + ":18: warning: will stop the build once published: unsafe HTML: <script> element is not allowed in content: remove it; content cannot run code"
                + " (a page's script is a file of assets/js/ that a template adds: see the README's \"For designers\")", warnings.get(1));
    }

    @Test
    void aQuizDraftsChecklistIsCheckedAsAPublishedOnesIs(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        String quiz = "content/en/client-quiz.md";
        ProjectFiles.save(project, quiz, text -> text.replace("status=published", "status=draft").replaceFirst("points=\\d+", "points=0"));
        int line = ProjectFiles.lineOf(project, quiz, "points=0");
        BuildReport report = new SiteBuilder(project).build(project.resolve("target/site"));
        assertTrue(report.warnings().stream().anyMatch(w -> w.startsWith(quiz + ":" + line + ": warning: will stop the build once published: points must be"
                + " a whole number")), report.warnings().toString());
    }

    @Test
    void aHealthyDraftHasNoWarningButItsOwn(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyRealProject(temp.resolve("project"));
        Path article = project.resolve("content/en/5-signs-its-time-to-fire-a-client.md");
        String copy = Files.readString(article, StandardCharsets.UTF_8).replace("status=published", "status=draft")
                .replaceFirst("(?m)^translationKey=.*$", "translationKey=copy");
        Files.writeString(project.resolve("content/en/copy.md"), copy, StandardCharsets.UTF_8);
        BuildReport report = new SiteBuilder(project).build(project.resolve("target/site"));
        assertEquals(List.of("content/en/copy.md: draft, not published"), report.warnings());
    }

    private static boolean contains(Path file, String text) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
