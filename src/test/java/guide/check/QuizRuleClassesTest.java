package guide.check;

import guide.site.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A quiz rule whose class no template writes matches nothing: restyling the quiz with a renamed class left readers without
 * JavaScript a total that silently skipped the statements that rule was for.
 */
class QuizRuleClassesTest {
    @TempDir
    Path project;

    private List<String> problems(String css) throws IOException {
        Path templates = Files.createDirectories(project.resolve("templates/partials"));
        Files.writeString(templates.getParent().resolve("quiz.ftl"), "<form class=\"quiz\">\n<div class=\"quiz-item<#if x> is-on</#if>\">"
                + "<input data-points=\"${p}\"></div>\n<p class=\"quiz-total-decides\" data-decides-level=\"1\"></p></form>\n");
        Files.writeString(templates.resolve("band.ftl"), "<div class=\"band-${kind}\"></div>\n");
        List<Problem> found = new ArrayList<>();
        QuizRuleClasses.check(List.of(new StyleSheets.Sheet(Path.of("assets/css/quiz.css"), "/css/quiz.css", css)), project,
                project.resolve("templates"), found);
        return found.stream().map(Problem::toString).toList();
    }

    @Test
    void aCountingRuleWithARenamedClassIsNamedWithTheTemplatesClass() throws IOException {
        assertEquals(List.of("assets/css/quiz.css:2: .quiz-itme is a class no template writes, so this rule matches nothing and readers"
                        + " without JavaScript would get a total that leaves out the statements it is for: write .quiz-item, the class"
                        + " templates/quiz.ftl writes, or give the element class=\"quiz-itme\" in its template"),
                problems(".quiz-item input[data-points=\"2\"]:checked { counter-increment: quiz-total 2; }\n"
                        + ".quiz-itme input[data-points=\"3\"]:checked { counter-increment: quiz-total 3; }\n"));
    }

    @Test
    void aDecidingRuleWithAClassNothingWritesIsNamed() throws IOException {
        assertEquals(List.of("assets/css/quiz.css:1: .checklist is a class no template writes, so this rule matches nothing and readers"
                        + " without JavaScript would not be told which band a ticked statement decides: write the class the element has in"
                        + " templates/ (the quiz page's are in templates/quiz.ftl)"),
                problems(".checklist:has([data-decides-level=\"1\"]:checked) .quiz-total-decides[data-decides-level=\"1\"] { display: block; }\n"));
    }

    @Test
    void classesTheTemplatesWriteConditionallyOrBuildPassAndOtherRulesAreNotChecked() throws IOException {
        assertEquals(List.of(), problems("/* .old-name input[data-points=\"1\"] */\n"
                + ".quiz-item.is-on input[data-points=\"1\"]:checked { counter-increment: quiz-total 1; }\n"
                + ".quiz .band-exit [data-decides-level=\"1\"] { color: red; }\n"
                + ".renamed-card { border: 1px solid; }\n"));
    }

    /** A selector list over two lines: the class is named at the line it is written on, however long the quoted values before it. */
    @Test
    void aRenamedClassOnASelectorsSecondLineIsNamedAtThatLine() throws IOException {
        assertEquals(List.of("assets/css/quiz.css:3: .quiz-itme is a class no template writes, so this rule matches nothing and readers"
                        + " without JavaScript would get a total that leaves out the statements it is for: write .quiz-item, the class"
                        + " templates/quiz.ftl writes, or give the element class=\"quiz-itme\" in its template"),
                problems("/* Three points */\n.quiz-item input[data-points=\"3\"]:checked,\n.quiz-itme input[data-points=\"3\"]:checked"
                        + " { counter-increment: quiz-total 3; }\n"));
    }

    /** Of the templates' classes a few letters away, the nearest is named, not the first the templates write. */
    @Test
    void theNearestClassTheTemplatesWriteIsNamed() throws IOException {
        Files.createDirectories(project.resolve("templates"));
        Files.writeString(project.resolve("templates/a.ftl"), "<ul class=\"quiz-items\"></ul>\n");
        assertEquals(List.of("assets/css/quiz.css:1: .quiz-iten is a class no template writes, so this rule matches nothing and readers"
                        + " without JavaScript would get a total that leaves out the statements it is for: write .quiz-item, the class"
                        + " templates/quiz.ftl writes, or give the element class=\"quiz-iten\" in its template"),
                problems(".quiz-iten input[data-points=\"1\"]:checked { counter-increment: quiz-total 1; }\n"));
    }

    /**
     * A template saved in Windows-1250 is named at the line of its first letter that is not UTF-8, as the other template checks
     * name it: reading it stopped the build with "the build stopped unexpectedly" and a decoder's "Input length = 1".
     */
    @Test
    void aTemplateNotSavedAsUtf8IsNamedAtItsLine() throws IOException {
        Files.createDirectories(project.resolve("templates"));
        Files.write(project.resolve("templates/footer.ftl"), "<footer>\n<p class=\"note\">Zażółć gęślą jaźń</p>\n</footer>\n"
                .getBytes(Charset.forName("windows-1250")));
        assertEquals(List.of("templates/footer.ftl:2: not valid UTF-8: the file was saved in another encoding, Windows-1250 perhaps,"
                        + " which reads this line as \"<p class=\"note\">Zażółć gęślą jaźń</p>\"; save it as UTF-8"),
                problems(".quiz-item input[data-points=\"1\"]:checked { counter-increment: quiz-total 1; }\n"));
    }

    /**
     * A class is written as the browser reads it, quoted with apostrophes, unquoted, or after two spaces: a rule for such a class
     * stopped the build as matching nothing, though the page had the class.
     */
    @Test
    void aClassWrittenWithApostrophesUnquotedOrAfterTwoSpacesIsWritten() throws IOException {
        Files.createDirectories(project.resolve("templates"));
        Files.writeString(project.resolve("templates/cards.ftl"), "<ul class='quiz-signs'>\n<li class=quiz-card data-x=\"1\"></li>\n"
                + "<li class=\"quiz-card  quiz-wide\"></li>\n<p class=\"is-${state?then(\"on\", \"off\")}\" CLASS=x></p></ul>\n");
        assertEquals(List.of(), problems(".quiz-signs .quiz-card.quiz-wide input[data-points=\"1\"]:checked { counter-increment: quiz-total 1; }\n"
                + ".is-on [data-decides-level=\"1\"] { display: block; }\n"));
    }
}
