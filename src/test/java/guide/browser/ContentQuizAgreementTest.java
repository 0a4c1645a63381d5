package guide.browser;

import guide.content.FrontMatter;
import guide.content.FrontMatterParser;
import guide.quiz.Checklist;
import guide.quiz.ChecklistItem;
import guide.quiz.ChecklistParser;
import guide.quiz.ResultBand;
import guide.site.Problem;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The browser tests' reader of a quiz file ({@link ContentQuiz}) and the builder's ({@link ChecklistParser}) read every
 * quiz of the real content and of the tests' fixtures alike: the same statements with the same points and the same
 * {@code decides=}, the same results with the same ranges, in the same order. The two readers are separate on purpose
 * (a browser test that expected what the builder's own parser says would pass with the builder wrong); this compares two
 * independent readings of the same files, so a way of writing a quiz that one of them takes and the other does not shows
 * here, at its file, not as a browser test that expects a wrong total and blames the site. A file the builder refuses as
 * it stands (a fixture's quiz that its test completes) must be refused by both.
 */
class ContentQuizAgreementTest {

    @TestFactory
    Stream<DynamicTest> bothReadersReadEveryQuizAlike() throws IOException {
        // A guard: it passes today, and fails when one reader takes a way of writing a quiz the other does not (made to
        // drop decides=exit, ContentQuiz failed here at every quiz that has one).
        Path project = ProjectFixture.projectDir();
        List<Path> quizzes = new ArrayList<>();
        for (Path root : List.of(project.resolve("content"), project.resolve("src/test/resources"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".md") && isQuiz(f)).sorted().forEach(quizzes::add);
            }
        }
        assertTrue(quizzes.contains(project.resolve("content").resolve(QuizPageBrowserTest.PL_QUIZ_FILE)),
                "the real Polish quiz is among the files compared: " + quizzes);
        assertTrue(quizzes.size() >= 4, "the real quizzes and the fixtures' are compared: " + quizzes);
        return quizzes.stream().map(quiz -> DynamicTest.dynamicTest(project.relativize(quiz).toString(), () -> compare(quiz)));
    }

    /** A content file whose header says {@code type=quiz}. */
    private static boolean isQuiz(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.indexOf("\n" + FrontMatterParser.SEPARATOR + "\n");
            return end > 0 && text.substring(0, end).lines().anyMatch(l -> l.strip().equals("type=quiz"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void compare(Path file) throws IOException {
        List<Problem> problems = new ArrayList<>();
        FrontMatter header = FrontMatterParser.parse(file, Files.readString(file, StandardCharsets.UTF_8), problems).orElseThrow();
        Checklist built = ChecklistParser.parse(file, header, problems).orElse(null);
        if (built == null) {
            // A fixture's quiz that its test completes before building (fixture-pt's has its intro only): neither reader takes it.
            assertThrows(AssertionError.class, () -> ContentQuiz.of(file.getParent(), file.getFileName().toString()),
                    "the builder refuses " + file + " (" + problems + "), so the browser tests' reader must too");
            return;
        }
        assertEquals(List.of(), problems, "the builder takes " + file + " without a problem");
        ContentQuiz read = ContentQuiz.of(file.getParent(), file.getFileName().toString());

        Map<String, Integer> points = new LinkedHashMap<>();
        Map<String, String> decides = new LinkedHashMap<>();
        for (ChecklistItem item : built.sections().stream().flatMap(s -> s.items().stream()).toList()) {
            points.put(item.id(), item.points());
            item.decidesBand().ifPresent(band -> decides.put(item.id(), band));
        }
        assertEquals(List.copyOf(points.entrySet()), List.copyOf(read.points().entrySet()), file + ": each statement's points, in order");
        assertEquals(decides, read.decides(), file + ": the result each deciding statement decides");
        assertEquals(built.bands().stream().map(ContentQuizAgreementTest::range).toList(),
                read.bands().stream().map(b -> b.id() + " " + b.min() + "-" + b.max()).toList(), file + ": the results and their ranges, in order");
        assertEquals(built.maxPoints(), read.maximum(), file + ": the most a reader can score");
    }

    private static String range(ResultBand band) {
        return band.id() + " " + band.min() + "-" + band.max();
    }
}
