package guide.quiz;

import guide.content.FrontMatter;
import guide.content.FrontMatterParser;
import guide.i18n.UiStrings;
import guide.site.Problem;
import guide.site.SmallProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the quiz page shows of a checklist, in the page's language: HTML, point labels with plural forms, ranges. */
class QuizModelTest {
    private static final String BODY = """
            ## 1. Płatności {#late-payments}

            Jak klient *płaci*.

            - [ ] Dwie faktury **po terminie**. {#invoices-late points=3}
            - [ ] Grozi ci. {#threats points=1 decides=exit}

            ## Wynik {#results}

            ### Zostań {#keep points=0-1}

            Zostań, [ale uważaj](/pl/x/).

            ### Odejdź {#exit points=2-4}

            Odejdź.
            """;

    @TempDir
    Path dir;

    private static Checklist checklist(String body) {
        List<Problem> problems = new ArrayList<>();
        FrontMatter fm = FrontMatterParser.parse(Path.of("content/pl/test.md"), "title=Test\n~~~~~~\n" + body, problems).orElseThrow();
        Checklist checklist = ChecklistParser.parse(Path.of("content/pl/test.md"), fm, problems).orElseThrow();
        assertEquals(List.of(), problems);
        return checklist;
    }

    /** A band's range is written as the page's language writes numbers, both its ends: "1,000–1,998 points" in English. */
    @Test
    void aBandsRangeIsWrittenAsTheLanguageWritesNumbers() {
        UiStrings ui = SmallProject.in(dir).ui();
        Checklist large = checklist(BODY.replace("points=3}", "points=999}").replace("points=1 ", "points=999 ")
                .replace("points=0-1}", "points=0-999}").replace("points=2-4}", "points=1000-1998}"));
        assertEquals("1,000–1,998 points", QuizModel.of(large, "en", ui).bands().get(1).rangeText());
        assertEquals("1000–1998 punktów", QuizModel.of(large, "pl", ui).bands().get(1).rangeText());
    }

    @Test
    void statementsBecomeHtmlWithPointsInTheLanguagesPluralForms() {
        UiStrings ui = SmallProject.in(dir).ui();
        QuizView view = QuizModel.of(checklist(BODY), "pl", ui);
        assertEquals(4, view.maxPoints());
        assertEquals("4 punkty", view.maxPointsText());
        QuizView.Section section = view.sections().get(0);
        assertEquals(new QuizView.Section("late-payments", "1. Płatności", "<p>Jak klient <em>płaci</em>.</p>\n", 4, List.of(
                new QuizView.Item("invoices-late", "Dwie faktury <strong>po terminie</strong>.", 3, "3 punkty", "", ""),
                new QuizView.Item("threats", "Grozi ci.", 1, "1 punkt", "exit", "Odejdź"))), section);
        assertEquals(List.of(
                new QuizView.Band("keep", "Zostań", 0, 1, "0–1 punkt", "<p>Zostań, <a href=\"/pl/x/\">ale uważaj</a>.</p>\n"),
                new QuizView.Band("exit", "Odejdź", 2, 4, "2–4 punkty", "<p>Odejdź.</p>\n")), view.bands());
        assertEquals(Map.of("one", "{0} punkt", "few", "{0} punkty", "many", "{0} punktów", "other", "{0} punktu"), view.pointsForms());
        assertTrue(view.hasDecisions());
    }

    /** The ids the page gives a sign, its heading, a statement's box and a band's row, which links to them name (#sign-late-payments). */
    @Test
    void itsPartsCarryTheIdsThePageGivesThem() {
        QuizView view = QuizModel.of(checklist(BODY), "pl", SmallProject.in(dir).ui());
        QuizView.Section section = view.sections().get(0);
        assertEquals("sign-late-payments", section.anchor());
        assertEquals("sign-late-payments-title", section.titleAnchor());
        assertEquals("q-threats", section.items().get(1).inputId());
        assertEquals("band-exit", view.bands().get(1).anchor());
    }

    /** A section's text shows as Markdown shows it: paragraphs apart, a code block's blank line and its "- [ ]" line kept. */
    @Test
    void aSectionsTextKeepsItsParagraphsAndItsCodeBlocks() {
        UiStrings ui = SmallProject.in(dir).ui();
        QuizView view = QuizModel.of(checklist(BODY.replace("Jak klient *płaci*.\n", "Jak klient *płaci*.\n\nI kiedy.\n\n```\n- [ ] a\n\nb\n```\n")), "pl", ui);
        assertEquals("<p>Jak klient <em>płaci</em>.</p>\n<p>I kiedy.</p>\n<pre><code>- [ ] a\n\nb\n</code></pre>\n",
                view.sections().get(0).descriptionHtml());
        assertEquals(2, view.sections().get(0).items().size());
    }

    @Test
    void withoutDecisionsOrDescriptionsThereIsNothingToExplain() {
        UiStrings ui = SmallProject.in(dir).ui();
        QuizView view = QuizModel.of(checklist(BODY.replace(" decides=exit", "").replace("Jak klient *płaci*.\n", "")), "en", ui);
        assertFalse(view.hasDecisions());
        assertEquals("", view.sections().get(0).descriptionHtml());
        assertEquals("4 points", view.maxPointsText());
        assertEquals("1 point", view.sections().get(0).items().get(1).pointsText());
        assertEquals("", view.sections().get(0).items().get(1).decides());
    }
}
