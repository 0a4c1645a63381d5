package guide.build;

import guide.site.BuildFailure;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview keeps what its checks made of the style sheets, the templates and the pictures between builds (a page's
 * save touches none of them); an editor who then saves a style sheet, a template or a picture must still get the
 * check's error or warning at the next build, and lose it when they undo the change, as a clean build would.
 */
class PreviewRemembersChecksTest {
    @TempDir
    Path temp;

    private SiteBuilder builder;

    @AfterEach
    void finishSaving() {
        if (builder != null) {
            builder.finishSaving();
        }
    }

    private int warnings;

    private Path previewBuilt() throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("p"));
        builder = new SiteBuilder(project).forPreview();
        warnings = builder.build(project.resolve("target/site")).warnings().size();
        return project;
    }

    private static void replace(Path file, String from, String to) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void aSavedStyleSheetIsCheckedAgainAndItsErrorGoesWhenUndone() throws Exception {
        Path project = previewBuilt();
        Path output = project.resolve("target/site");
        Path quizCss = project.resolve("assets/css/quiz.css");
        String rule = "input[data-points=\"2\"]:checked { counter-increment: quiz-total 2; }";
        String css = Files.readString(quizCss, StandardCharsets.UTF_8);
        long line = 1 + css.substring(0, css.indexOf(rule)).chars().filter(c -> c == '\n').count();
        replace(quizCss, rule, rule.replace("quiz-total 2", "quiz-total 3"));
        BuildFailure failure = assertThrows(BuildFailure.class, () -> builder.build(output));
        assertTrue(failure.problems().toString().contains("quiz.css:" + line + ": the rule for statements worth 2 points adds 3"), failure.problems().toString());
        replace(quizCss, rule.replace("quiz-total 2", "quiz-total 3"), rule);
        assertEquals(warnings, builder.build(output).warnings().size(), "the same warnings as before the change");
    }

    @Test
    void aSavedTemplateIsCheckedAgainAndItsErrorGoesWhenUndone() throws Exception {
        Path project = previewBuilt();
        Path output = project.resolve("target/site");
        Path footer = project.resolve("templates/partials/site-footer.ftl");
        String before = Files.readString(footer, StandardCharsets.UTF_8);
        Files.writeString(footer, before + "<div onclick=\"alert(1)\"></div>\n", StandardCharsets.UTF_8);
        BuildFailure failure = assertThrows(BuildFailure.class, () -> builder.build(output));
        assertTrue(failure.problems().toString().contains("site-footer.ftl:"), failure.problems().toString());
        Files.writeString(footer, before, StandardCharsets.UTF_8);
        assertEquals(warnings, builder.build(output).warnings().size(), "the same warnings as before the change");
    }

    @Test
    void aPictureAddedForThePagesLanguageIsOfferedForAnUnchangedPage() throws Exception {
        Path project = previewBuilt();
        Path output = project.resolve("target/site");
        Path images = Files.createDirectories(project.resolve("content/images"));
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>\n";
        Files.writeString(images.resolve("chart-pl.svg"), svg, StandardCharsets.UTF_8);
        Files.writeString(project.resolve("content/en/how-to-send-an-invoice.md"), "\n![A chart](/images/chart-pl.svg)\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        assertTrue(builder.build(output).warnings().stream().noneMatch(w -> w.contains("chart-")),
                "no English version yet: nothing to offer");
        Files.writeString(images.resolve("chart-en.svg"), svg, StandardCharsets.UTF_8);
        assertTrue(builder.build(output).warnings().stream().anyMatch(w -> w.contains("/images/chart-pl.svg is in Polish")
                && w.contains("/images/chart-en.svg")), "the page, unchanged since, now gets the warning");
    }
}
