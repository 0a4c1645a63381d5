package guide.quiz;

import guide.content.ContentDocument;
import guide.content.TestDocument;
import guide.site.Problem;
import guide.translation.TranslationIndex;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static guide.quiz.TestQuizzes.CHECKLIST;
import static guide.quiz.TestQuizzes.quiz;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every quiz of a build is read, and each translation is compared with its source language's checklist. */
class ChecklistsTest {
    private final List<Problem> problems = new ArrayList<>();

    private Map<ContentDocument, Checklist> read(String defaultLanguage, ContentDocument... docs) {
        List<ContentDocument> published = List.of(docs);
        return Checklists.read(published, new TranslationIndex(List.of("pl", "en"), published), defaultLanguage, AllowedPoints.ANY, problems);
    }

    private List<String> messages() {
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void aTranslationIsComparedWithTheDefaultLanguagesChecklist() {
        ContentDocument pl = quiz("pl", "test", "quiz", CHECKLIST);
        ContentDocument en = quiz("en", "quiz", "quiz", CHECKLIST.replace("points=3}", "points=2}").replace("2-3", "2-2"));
        ContentDocument solo = quiz("pl", "solo", "solo", CHECKLIST);
        ContentDocument article = TestDocument.article("pl", "post").body("## Not a checklist\n").build();
        Map<ContentDocument, Checklist> checklists = read("pl", pl, en, solo, article);
        assertEquals(List.of(pl, en, solo), List.copyOf(checklists.keySet()));
        assertEquals(List.of("content/en/quiz.md:11: statement 'invoices-late' is worth 2 points here but 3 points in content/pl/test.md:11",
                "content/en/quiz.md:19: band 'exit' covers 2-2 here but 2-3 in content/pl/test.md:19"), messages());
    }

    @Test
    void theSourceIsTheDefaultLanguagesVersionElseTheFirstConfiguredOne() {
        ContentDocument pl = quiz("pl", "test", "quiz", CHECKLIST);
        ContentDocument en = quiz("en", "quiz", "quiz", CHECKLIST.replace("points=3}", "points=2}").replace("2-3", "2-2"));
        read("en", pl, en);
        read("de", en, pl);
        assertEquals(List.of("content/pl/test.md:11: statement 'invoices-late' is worth 3 points here but 2 points in content/en/quiz.md:11",
                "content/pl/test.md:19: band 'exit' covers 2-3 here but 2-2 in content/en/quiz.md:19",
                "content/en/quiz.md:11: statement 'invoices-late' is worth 2 points here but 3 points in content/pl/test.md:11",
                "content/en/quiz.md:19: band 'exit' covers 2-2 here but 2-3 in content/pl/test.md:19"), messages());
    }

    /** The Polish quiz gains a 2-point statement (its points now add up to 5); {@code bands} are the results of both files. */
    private static String withNewStatement(String bands) {
        return CHECKLIST.replace("points=3}\n", "points=3}\n- [ ] Scope creeps. {#scope-creep points=2}\n").replace("2-3", bands);
    }

    /** The source's bands miss its new maximum: that is said once, at the source, and the translation is told what it lacks. */
    @Test
    void aSourceWhoseBandsMissItsMaximumIsToldSoOnceAndTheTranslationOnlyWhatItLacks() {
        ContentDocument pl = quiz("pl", "test", "quiz", withNewStatement("2-3"));
        ContentDocument en = quiz("en", "quiz", "quiz", CHECKLIST);
        read("pl", pl, en);
        assertEquals(List.of("content/pl/test.md:20: bands must end at the maximum score 5 (the sum of all points), not 3:"
                        + " write {#exit points=2-5} here and in every translation",
                "content/en/quiz.md:11: statement 'scope-creep' is missing (it is on line 12 in content/pl/test.md): add this line to section"
                        + " 'late-payments' after statement 'invoices-late', with its text translated: - [ ] Scope creeps. {#scope-creep points=2}"),
                messages());
    }

    /**
     * A gap in the source's bands is the source's fault: named once, at the source's line, whether the translation copied the
     * gap or has the range the source should have; its translator is not sent to copy the source's ranges.
     */
    @Test
    void aGapInTheSourcesBandsIsNamedOnceAtTheSourceAndNotBlamedOnItsTranslation() {
        String gap = "content/pl/test.md:19: bands leave a gap: score 2 has no band: start it at 2, write {#exit points=2-3} here and in every translation";
        read("pl", quiz("pl", "test", "quiz", CHECKLIST.replace("2-3", "3-3")), quiz("en", "quiz", "quiz", CHECKLIST.replace("2-3", "3-3")));
        assertEquals(List.of(gap), messages(), "the translation copied the gap");
        problems.clear();
        read("pl", quiz("pl", "test", "quiz", CHECKLIST.replace("2-3", "3-3")), quiz("en", "quiz", "quiz", CHECKLIST));
        assertEquals(List.of(gap), messages(), "the translation has the range the source should have");
    }

    /** A decides= naming no band, copied from the source, is the source's fault alone; one the translation made up is its own. */
    @Test
    void aDecisionNamingNoBandIsNamedAtTheFileThatWroteIt() {
        String typo = CHECKLIST.replace("points=3}", "points=3 decides=exti}");
        read("pl", quiz("pl", "test", "quiz", typo), quiz("en", "quiz", "quiz", typo));
        assertEquals(List.of("content/pl/test.md:11: statement 'invoices-late' decides=exti, but there is no band 'exti' (bands: keep, exit)"),
                messages());
        problems.clear();
        read("pl", quiz("pl", "test", "quiz", CHECKLIST), quiz("en", "quiz", "quiz", typo));
        assertEquals(List.of("content/en/quiz.md:11: statement 'invoices-late' decides=exti, but there is no band 'exti' (bands: keep, exit)"),
                messages());
    }

    @Test
    void aTranslationWithTheSourcesBandsButAStatementShortIsToldOnlyOfTheStatement() {
        ContentDocument pl = quiz("pl", "test", "quiz", withNewStatement("2-5"));
        ContentDocument en = quiz("en", "quiz", "quiz", CHECKLIST.replace("2-3", "2-5"));
        read("pl", pl, en);
        assertEquals(List.of("content/en/quiz.md:11: statement 'scope-creep' is missing (it is on line 12 in content/pl/test.md): add this line"
                + " to section 'late-payments' after statement 'invoices-late', with its text translated: - [ ] Scope creeps. {#scope-creep points=2}"),
                messages());
    }

    @Test
    void aTranslationWithOtherPointsIsToldOfThePointsNotOfAMaximumOfItsOwn() {
        ContentDocument pl = quiz("pl", "test", "quiz", CHECKLIST);
        ContentDocument en = quiz("en", "quiz", "quiz", CHECKLIST.replace("points=3}", "points=2}"));
        read("pl", pl, en);
        assertEquals(List.of("content/en/quiz.md:11: statement 'invoices-late' is worth 2 points here but 3 points in content/pl/test.md:11"),
                messages());
    }

    /** The source's own instruction must be translated: without it, the translation's page would show the interface's. */
    @Test
    void aTranslationWithoutTheSourcesOwnInstructionIsToldToAddIt() {
        read("pl", quiz("pl", "test", "quiz", "Tick what fits this project. {#how-to}\n\n" + CHECKLIST), quiz("en", "quiz", "quiz", CHECKLIST));
        assertEquals(List.of("content/en/quiz.md:9: the quiz's own instruction is missing (it is on line 9 in content/pl/test.md): add it to the"
                + " intro, above the first ## section, translated and ending with {#how-to}: Tick what fits this project. {#how-to}"), messages());
    }

    /** And the other way: a translation's page with an instruction its source lacks tells its readers something the source's do not read. */
    @Test
    void aTranslationWithAnInstructionItsSourceLacksIsToldWhereItBelongs() {
        read("pl", quiz("pl", "test", "quiz", CHECKLIST), quiz("en", "quiz", "quiz", "Tick what fits this project. {#how-to}\n\n" + CHECKLIST));
        assertEquals(List.of("content/en/quiz.md:9: this quiz's own instruction is not in its source, content/pl/test.md, whose page shows the"
                + " interface's (quizHowTo): write it in the source first, then translate it here, or delete it here"), messages());
    }

    @Test
    void aMalformedChecklistIsReportedAndNotCompared() {
        ContentDocument pl = quiz("pl", "test", "quiz", CHECKLIST);
        ContentDocument en = quiz("en", "quiz", "quiz", CHECKLIST.replace(" {#invoices-late points=3}", ""));
        Map<ContentDocument, Checklist> checklists = read("pl", pl, en);
        assertEquals(List.of(pl), List.copyOf(checklists.keySet()));
        assertEquals(List.of("content/en/quiz.md:11: statement needs an id and points at the end: {#some-id points=2}"), messages());
    }
}
