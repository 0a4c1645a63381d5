package guide.quiz;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.site.Language;
import guide.site.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Warns when two quizzes of one language would show the same instruction above their statements: the interface's
 * ({@code quizHowTo}), because neither writes its own ({@code {#how-to}}, {@link QuizHowTo}). The interface's names one
 * quiz's subject ("Zaznacz każde zdanie, które pasuje do tego klienta."), and a quiz without its own is fine as long as it
 * is that quiz: the guide's first has none, and a warning at every quiz without one would be a warning at every build. A
 * second such quiz in the language is one on another subject whose readers would be told about "this client", so each of
 * them is named, at the line where its intro starts. Only quizzes that are no translation count: a translation of a quiz
 * with its own instruction that lacks it is already an error ({@link ChecklistComparison}). The example the warning
 * gives names the quiz's language and leaves the words to the editor ({@code … {#how-to}}), as the checklist's messages
 * do ({@code ## … {#results}}): an English sentence would be copied into a Polish quiz as it is.
 */
public final class SharedHowTo {
    private SharedHowTo() {
    }

    /** The warnings for {@code published}, {@code defaultLanguage} being the language translations are made from. */
    public static List<Problem> warnings(List<ContentDocument> published, String defaultLanguage) {
        List<ContentDocument> quizzes = published.stream().filter(d -> d.type() == DocumentType.QUIZ).toList();
        Set<String> translated = quizzes.stream().filter(d -> d.lang().equals(defaultLanguage)).map(ContentDocument::translationKey)
                .collect(Collectors.toSet());
        Map<String, List<ContentDocument>> withoutOwn = new LinkedHashMap<>();
        for (ContentDocument quiz : quizzes) {
            boolean source = quiz.lang().equals(defaultLanguage) || !translated.contains(quiz.translationKey());
            if (source && !ChecklistParser.hasOwnHowTo(quiz.body())) {
                withoutOwn.computeIfAbsent(quiz.lang(), lang -> new ArrayList<>()).add(quiz);
            }
        }
        List<Problem> warnings = new ArrayList<>();
        for (List<ContentDocument> same : withoutOwn.values()) {
            if (same.size() > 1) {
                for (ContentDocument quiz : same) {
                    warnings.add(warning(quiz, same));
                }
            }
        }
        return warnings;
    }

    private static Problem warning(ContentDocument quiz, List<ContentDocument> same) {
        List<String> others = same.stream().filter(d -> d != quiz).map(d -> name(d.source())).toList();
        String all = others.size() == 1 ? "this quiz and " + others.get(0) + " write no instruction of their own, so both show"
                : "this quiz, " + String.join(", ", others.subList(0, others.size() - 1)) + " and " + others.get(others.size() - 1)
                + " write no instruction of their own, so all show";
        return Problem.warning(quiz.source(), quiz.frontMatter().bodyStartLine(), all + " the interface's instruction (quizHowTo in"
                + " templates/i18n/" + quiz.lang() + ".yaml), which is written for one quiz only: keep it for the quiz it fits and give "
                + (others.size() == 1 ? "the other its own" : "the others their own")
                + ", a paragraph of the intro in " + Language.englishNameOf(quiz.lang())
                + " that says what to tick and ends with {#how-to}, as in: … {#how-to}");
    }

    private static String name(Path source) {
        return source.toString().replace('\\', '/');
    }
}
