package guide.browser;

import com.deque.html.axecore.results.Rule;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The real site's quiz as a screen reader's heading keys (H, or a list of headings) walk it: each sign is an h2 under
 * the page's h1, like the result and the table of results after them, while the sign's group keeps the sign's
 * title as its name, and axe-core finds nothing wrong. Read from Chromium's accessibility tree, the one screen readers are given; the result shows
 * from the start (0 points, "Nothing alarming yet" today) once the quiz's script runs. The title, the signs and the result
 * at 0 points are read from the quiz's content file ({@link ContentQuiz}), so an editor's new wording or scoring does not
 * fail the test.
 */
class QuizHeadingsBrowserTest extends PreviewBrowserTest {

    @BeforeAll
    static void serve() throws Exception {
        browse(ProjectFixture.copyRealProject(temp.resolve("project")));
    }

    @Test
    void everySignIsAHeadingBetweenTheTitleAndTheResultInBothLanguages() throws IOException {
        ContentQuiz pl = ContentQuiz.of(site.project().resolve("content"), QuizPageBrowserTest.PL_QUIZ_FILE);
        assertOutline(QuizPageBrowserTest.PL_QUIZ, pl.title(), pl.signs(),
                List.of("h2 Twój wynik", "h3 " + pl.result().title(), "h3 Które sygnały ważą najwięcej", "h2 Jak czytać wynik"));
        ContentQuiz en = ContentQuiz.of(site.project().resolve("content"), QuizPageBrowserTest.EN_QUIZ_FILE);
        assertOutline(QuizPageBrowserTest.EN_QUIZ, en.title(), en.signs(),
                List.of("h2 Your result", "h3 " + en.result().title(), "h3 Which signs weigh most", "h2 How to read your score"));
        screenshot("en-quiz-sign-headings-1280");
    }

    /** The page's headings in order: the title, the signs, then the result (with its band's advice) and the table of results. */
    private static void assertOutline(String page, String title, List<String> signs, List<String> after) {
        chrome.manage().window().setSize(new Dimension(1280, 900));
        chrome.get("about:blank");
        chrome.get(base + page);
        Browser.waitUpTo(chrome, Duration.ofSeconds(10))
                .until(d -> !d.findElement(By.cssSelector("[data-quiz-status]")).getText().isBlank());
        List<String> expected = new ArrayList<>();
        expected.add("h1 " + title);
        signs.forEach(s -> expected.add("h2 " + s));
        expected.addAll(after);
        assertEquals(expected, headings(), page + ": the headings a screen reader lists");
        List<String> groups = chrome.findElements(By.cssSelector(".quiz-sign[role=group]")).stream().map(f -> f.getAccessibleName().replace('\u00a0', ' ')).toList();
        assertEquals(signs, groups, page + ": the name each sign's group of checkboxes is read with");
        List<Rule> violations = Accessibility.violations(chrome);
        assertEquals(List.of(), violations.stream().map(v -> v.getId() + " " + v.getNodes().get(0).getTarget()).toList(), page + ": axe-core");
    }

    /** Every heading in Chromium's accessibility tree, in the tree's reading order, as "h2 1. Payments" (no-break spaces as spaces). */
    @SuppressWarnings("unchecked")
    private static List<String> headings() {
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) chrome.executeCdpCommand("Accessibility.getFullAXTree", Map.of()).get("nodes");
        Map<String, Map<String, Object>> byId = new HashMap<>();
        nodes.forEach(n -> byId.put((String) n.get("nodeId"), n));
        List<String> found = new ArrayList<>();
        Deque<Map<String, Object>> toVisit = new ArrayDeque<>(List.of(nodes.get(0)));
        while (!toVisit.isEmpty()) {
            Map<String, Object> node = toVisit.pop();
            List<String> children = (List<String>) node.getOrDefault("childIds", List.of());
            for (int i = children.size() - 1; i >= 0; i--) {
                toVisit.push(byId.get(children.get(i)));
            }
            if (!Boolean.TRUE.equals(node.get("ignored")) && "heading".equals(value(node.get("role")))) {
                Object level = ((List<Map<String, Object>>) node.getOrDefault("properties", List.of())).stream()
                        .filter(p -> "level".equals(p.get("name"))).map(p -> value(p.get("value"))).findFirst().orElse("?");
                found.add("h" + level + " " + String.valueOf(value(node.get("name"))).replace('\u00a0', ' '));
            }
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static Object value(Object axValue) {
        return axValue == null ? null : ((Map<String, Object>) axValue).get("value");
    }
}
