package guide.check;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.TestDocument;
import guide.quiz.Checklist;
import guide.quiz.Checklists;
import guide.site.BuildFailure;
import guide.site.Problem;
import guide.site.SiteConfig;
import guide.translation.TranslationIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The style sheets write some numbers themselves, as CSS counters in Latin digits unless a rule gives them a counter style:
 * the markers of numbered lists, and the quiz's total for readers without JavaScript. A language that writes numbers with
 * other digits (Marathi, mr-IN: "१७") stops the build while it has a page and no rule for those digits, at the setting that
 * gives it its locale; so does a rule whose style writes other digits than the ones it is for, and sheets that lost the
 * rules giving those digits to list markers and to the total.
 */
class CounterDigitsTest {
    private static final String COUNTER = IntStream.rangeClosed(1, 10)
            .mapToObj(v -> ".quiz-item input[data-points=\"" + v + "\"]:checked { counter-increment: quiz-total " + v + "; }")
            .collect(Collectors.joining("\n", "", "\n.quiz-total-score::before { content: counter(quiz-total); }\n"));
    private static final String DEVANAGARI = "[data-digits=\"deva\"] { --digits: devanagari; }\n";
    private static final String USES = ":where([data-digits]) ol { list-style-type: var(--digits, decimal); }\n"
            + "[data-digits] .quiz-total-score::before { content: counter(quiz-total, var(--digits, decimal)); }\n";
    private static final String QUIZ = "## Sign {#sign}\n\n- [ ] Late. {#late points=10}\n- [ ] Silent. {#silent points=7}\n\n"
            + "## Results {#results}\n\n### Keep {#keep points=0-9}\n\nKeep.\n\n### Exit {#exit points=10-17}\n\nGo.\n";

    @TempDir
    Path project;

    /**
     * The problems of a site in Polish and Marathi whose Marathi locale is {@code tag} (none set where null), with
     * {@code digitsCss} in digits.css and {@code marathi} the Marathi pages ("quiz" a quiz of 17 points, else an article), beside
     * a Polish quiz.
     */
    private List<String> problems(String tag, String digitsCss, String... marathi) throws IOException, BuildFailure {
        return problemsOf("site.host=https://guide.test\nsite.languages=pl,mr\n" + (tag == null ? "" : "site.language.mr.locale=" + tag + "\n"),
                digitsCss, marathi);
    }

    /** The problems of a site whose jbake.properties is {@code properties}, as {@link #problems} tells them. */
    private List<String> problemsOf(String properties, String digitsCss, String... marathi) throws IOException, BuildFailure {
        Files.writeString(project.resolve("jbake.properties"), properties, StandardCharsets.UTF_8);
        SiteConfig config = SiteConfig.load(project);
        // A Polish quiz in every site, which a Marathi page without one must not be told about.
        List<ContentDocument> published = new ArrayList<>(List.of(TestDocument.article("pl", "quiz").type(DocumentType.QUIZ).key("q")
                .body(QUIZ).build()));
        for (String page : marathi) {
            published.add(page.equals("quiz") ? TestDocument.article("mr", "quiz").type(DocumentType.QUIZ).key("q").body(QUIZ).build()
                    : TestDocument.article("mr", page).key(page).body("1. One.\n2. Two.\n").build());
        }
        List<Problem> found = new ArrayList<>();
        List<StyleSheets.Sheet> sheets = List.of(new StyleSheets.Sheet(Path.of("assets/css/quiz.css"), "/css/quiz.css", COUNTER),
                new StyleSheets.Sheet(Path.of("assets/css/digits.css"), "/css/digits.css", digitsCss));
        QuizTotalRules rules = QuizTotalRules.of(sheets, found);
        Map<ContentDocument, Checklist> quizzes = Checklists.read(published, new TranslationIndex(List.of("pl", "mr"), published), "pl",
                rules.allowed(), found);
        CounterDigits.of(sheets, found).check(config, published, quizzes, rules.countsTotal(), found);
        return found.stream().map(Problem::toString).toList();
    }

    @Test
    void marathiPagesWithoutTheirDigitsRuleStopTheBuildAtTheLocaleSettingWithTheRuleToAdd() throws Exception {
        assertEquals(List.of("jbake.properties:3: Marathi (mr-IN) writes numbers with the digits ०१२३४५६७८९ (CLDR's numbering"
                + " system deva), as the build and the scripts do, but the style sheets write the markers of numbered lists with CSS"
                + " counters, and no rule gives them these digits: its 2 pages would number lists 1, 2, 3 where the text writes १, २, ३;"
                + " add [data-digits=\"deva\"] { --digits: devanagari; } to assets/css/digits.css, or give the language Latin digits"
                + " everywhere with site.language.mr.locale=mr-IN-u-nu-latn in jbake.properties"), problems("mr-IN", USES, "index", "about"));
        assertEquals(List.of(), problems("mr-IN", DEVANAGARI + USES, "index", "about"));
    }

    @Test
    void aQuizOfSuchALanguageIsNamedWithTheTotalItsReadersWouldRead() throws Exception {
        assertEquals(List.of("jbake.properties:3: Marathi (mr-IN) writes numbers with the digits ०१२३४५६७८९ (CLDR's numbering"
                + " system deva), as the build and the scripts do, but the style sheets write the markers of numbered lists and the total"
                + " of content/mr/quiz.md for readers without JavaScript with CSS counters, and no rule gives them these digits: its 1"
                + " page would number lists 1, 2, 3 where the text writes १, २, ३, and the quiz's total would read 17 where its script"
                + " writes १७; add [data-digits=\"deva\"] { --digits: devanagari; } to assets/css/digits.css, or give the language Latin"
                + " digits everywhere with site.language.mr.locale=mr-IN-u-nu-latn in jbake.properties"), problems("mr-IN", USES, "quiz"));
    }

    /**
     * A language's settings are taken in any case ({@code site.language.MR.locale} for {@code mr}): the problem is at that
     * line, and the setting it suggests is that key as written, as a line {@code site.language.mr.locale} added would set the
     * locale twice.
     */
    @Test
    void aLocaleKeyWrittenInAnotherCaseIsNamedAsWrittenAtItsLine() throws Exception {
        List<String> found = problemsOf("site.host=https://guide.test\nsite.languages=pl,mr\n# Marathi\nsite.language.MR.locale=mr-IN\n",
                USES, "index");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("jbake.properties:4: Marathi (mr-IN) writes numbers"), found.get(0));
        assertTrue(found.get(0).endsWith(" everywhere with site.language.MR.locale=mr-IN-u-nu-latn in jbake.properties"), found.get(0));
    }

    @Test
    void aLanguageWithoutALocaleSettingIsNamedAtTheListOfLanguages() throws Exception {
        assertEquals("jbake.properties:2: Marathi (mr) writes numbers", problems(null, USES, "index").get(0).substring(0, 47));
    }

    @Test
    void aLanguageWithoutPagesNeedsNoRule() throws Exception {
        assertEquals(List.of(), problems("mr-IN", ""));
    }

    @Test
    void latinDigitsNeedNoRule() throws Exception {
        assertEquals(List.of(), problems("mr-IN-u-nu-latn", "", "quiz"), "the remedy the message gives");
        assertEquals(List.of(), problems("en-GB", "", "quiz"));
    }

    /** Ol Chiki digits (Santali, sat: olck in CLDR) have no counter style in CSS: the rule to add defines one. */
    @Test
    void digitsCssHasNoStyleForAreGivenOneOfTheirOwn() throws Exception {
        String olChiki = "@counter-style digits-olck { system: numeric; symbols: \"᱐\" \"᱑\" \"᱒\" \"᱓\" \"᱔\" \"᱕\" \"᱖\" \"᱗\" \"᱘\" \"᱙\"; }";
        String problem = problems("sat", USES, "index").get(0);
        assertEquals("add " + olChiki + " and [data-digits=\"olck\"] { --digits: digits-olck; } to"
                + " assets/css/digits.css (CSS predefines no counter style for them)", problem.substring(problem.indexOf("; add ") + 2,
                problem.indexOf(", or give")));
        assertEquals(List.of(), problems("sat", olChiki + "\n[data-digits=\"olck\"] { --digits: digits-olck; }\n" + USES, "index"));
    }

    /** Hebrew numerals (-u-nu-hebr) are letters, not digits: ICU4J's NumberFormatter and Intl write Latin digits for them. */
    @Test
    void numbersNotWrittenDigitByDigitAreWrittenInLatinDigitsEverywhere() throws Exception {
        assertEquals(List.of(), problems("he-IL-u-nu-hebr", "", "quiz"));
    }

    @Test
    void aRuleWhoseStyleWritesOtherDigitsStopsTheBuildAtItsLine() throws Exception {
        assertEquals("assets/css/digits.css:2: counter style thai writes ๐๑๒๓๔๕๖๗๘๙, not the digits of numbering system deva"
                + " (०१२३४५६७८९): its pages' numbered lists and the quiz's total without JavaScript would be written in other digits"
                + " than the page's; write --digits: devanagari", problems("mr-IN", "\n" + DEVANAGARI.replace("devanagari", "thai") + USES,
                "index").get(0));
    }

    @Test
    void aRuleForNoNumberingSystemCldrKnowsStopsTheBuild() throws Exception {
        assertEquals("assets/css/digits.css:1: [data-digits=\"devanagari\"] is no numbering system of ten digits CLDR knows, so this"
                + " rule matches no page: templates/layout/base.ftl writes CLDR's name for a language's digits, such as deva for Devanagari"
                + " or arabext for Persian", problems("mr-IN", DEVANAGARI.replace("\"deva\"", "\"devanagari\"") + USES, "index").get(0));
    }

    @Test
    void sheetsThatNoLongerGiveListMarkersTheDigitsStopTheBuild() throws Exception {
        assertEquals(List.of("assets/css/digits.css: no rule gives numbered lists' markers the digits their page names (list-style-type:"
                + " var(--digits)), so the pages in Marathi (mr) would number their lists 1, 2, 3 where their text writes १, २, ३: add"
                + " :where([data-digits]) ol { list-style-type: var(--digits, decimal); } to assets/css/digits.css"),
                problems("mr-IN", DEVANAGARI + USES.lines().skip(1).collect(Collectors.joining("\n")), "index"));
        assertEquals(List.of(), problems("mr-IN", DEVANAGARI + USES.replace("list-style-type", "list-style"), "index"), "the shorthand");
    }

    @Test
    void sheetsThatNoLongerGiveTheQuizTotalTheDigitsStopTheBuildWhereAQuizShowsIt() throws Exception {
        String withoutTotal = DEVANAGARI + USES.lines().findFirst().orElseThrow();
        assertEquals(List.of("assets/css/digits.css: no rule gives the quiz's total for readers without JavaScript the digits its page"
                + " names (counter(quiz-total, var(--digits))), so readers of content/mr/quiz.md without JavaScript would read it as 17 where its script writes १७: add"
                + " [data-digits] .quiz-total-score::before { content: counter(quiz-total, var(--digits, decimal)); } to"
                + " assets/css/digits.css"), problems("mr-IN", withoutTotal, "quiz"));
        assertEquals(List.of(), problems("mr-IN", withoutTotal, "index"), "no quiz, no total to show");
        assertEquals(List.of(), problems("mr-IN-u-nu-latn", "", "quiz"), "no language that needs the rules");
    }
}
