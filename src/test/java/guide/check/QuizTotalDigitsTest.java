package guide.check;

import com.ibm.icu.util.ULocale;
import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.TestDocument;
import guide.quiz.Checklists;
import guide.site.Problem;
import guide.translation.TranslationIndex;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Readers without JavaScript see the quiz's total as a CSS counter, which writes Latin digits unless a rule gives it a
 * counter style: a quiz in a language that writes numbers with other digits (Marathi, mr-IN: "१७") stops the build until a
 * rule for those digits is there, and a rule whose style writes other digits than the ones it is for stops it too.
 */
class QuizTotalDigitsTest {
    private static final String COUNTER = IntStream.rangeClosed(1, 10)
            .mapToObj(v -> ".quiz-item input[data-points=\"" + v + "\"]:checked { counter-increment: quiz-total " + v + "; }")
            .collect(Collectors.joining("\n", "", "\n.quiz-total-score::before { content: counter(quiz-total); }\n"));
    private static final String DEVANAGARI = "[data-digits=\"deva\"] { --digits: devanagari; }\n";

    /** The problems of a Marathi quiz of 17 points whose language has the locale {@code tag}, with {@code digitsCss} in digits.css. */
    private static List<String> problems(String tag, String digitsCss) {
        String body = "## Sign {#sign}\n\n- [ ] Late. {#late points=10}\n- [ ] Silent. {#silent points=7}\n\n## Results {#results}\n\n"
                + "### Keep {#keep points=0-9}\n\nKeep.\n\n### Exit {#exit points=10-17}\n\nGo.\n";
        ContentDocument quiz = TestDocument.article("mr", "quiz").type(DocumentType.QUIZ).key("q").body(body).build();
        List<Problem> found = new ArrayList<>();
        QuizTotalRules rules = QuizTotalRules.of(List.of(new StyleSheets.Sheet(Path.of("assets/css/quiz.css"), "/css/quiz.css", COUNTER),
                new StyleSheets.Sheet(Path.of("assets/css/digits.css"), "/css/digits.css", digitsCss)), found);
        rules.check(Checklists.read(List.of(quiz), new TranslationIndex(List.of("mr"), List.of(quiz)), "mr", rules.allowed(), found),
                code -> ULocale.forLanguageTag(tag), found);
        return found.stream().map(Problem::toString).toList();
    }

    @Test
    void marathiDigitsWithoutTheirRuleStopTheBuildWithTheRuleToAdd() {
        assertEquals(List.of("content/mr/quiz.md:9: Marathi (mr-IN) writes numbers with the digits ०१२३४५६७८९ (CLDR's numbering"
                + " system deva), as the build and the quiz's script do, but readers without JavaScript get their total from a CSS"
                + " counter, and no rule gives it these digits: they would read 17 where the script writes १७; add"
                + " [data-digits=\"deva\"] { --digits: devanagari; } to"
                + " assets/css/digits.css, or give the language Latin digits everywhere with site.language.mr.locale=mr-IN-u-nu-latn"
                + " in jbake.properties"), problems("mr-IN", ""));
        assertEquals(List.of(), problems("mr-IN", DEVANAGARI));
    }

    @Test
    void latinDigitsNeedNoRule() {
        assertEquals(List.of(), problems("mr-IN-u-nu-latn", ""), "the remedy the message gives");
        assertEquals(List.of(), problems("en-GB", ""));
    }

    /** Ol Chiki digits (Santali, sat: olck in CLDR) have no counter style in CSS: the rule to add defines one. */
    @Test
    void digitsCssHasNoStyleForAreGivenOneOfTheirOwn() {
        assertEquals(List.of("content/mr/quiz.md:9: Santali (sat) writes numbers with the digits ᱐᱑᱒᱓᱔᱕᱖᱗᱘᱙ (CLDR's numbering system olck),"
                + " as the build and the quiz's script do, but readers without JavaScript get their total from a CSS counter, and no"
                + " rule gives it these digits: they would read 17 where the script writes ᱑᱗; add @counter-style digits-olck { system:"
                + " numeric; symbols: \"᱐\" \"᱑\" \"᱒\" \"᱓\" \"᱔\" \"᱕\" \"᱖\" \"᱗\" \"᱘\" \"᱙\"; } and [data-digits=\"olck\"]"
                + " { --digits: digits-olck; } to assets/css/digits.css (CSS"
                + " predefines no counter style for them), or give the language Latin digits everywhere with"
                + " site.language.mr.locale=sat-u-nu-latn in jbake.properties"), problems("sat", ""));
        assertEquals(List.of(), problems("sat", "@counter-style digits-olck { system: numeric; symbols: \"᱐\" \"᱑\" \"᱒\" \"᱓\" \"᱔\" \"᱕\""
                + " \"᱖\" \"᱗\" \"᱘\" \"᱙\"; }\n[data-digits=\"olck\"] { --digits: digits-olck; }\n"));
    }

    /** Hebrew numerals (-u-nu-hebr) are letters, not digits: ICU4J's NumberFormatter and Intl write Latin digits for them. */
    @Test
    void numbersNotWrittenDigitByDigitAreWrittenInLatinDigitsEverywhere() {
        assertEquals(List.of(), problems("he-IL-u-nu-hebr", ""));
    }

    @Test
    void aRuleWhoseStyleWritesOtherDigitsStopsTheBuildAtItsLine() {
        assertEquals(List.of("assets/css/digits.css:2: counter style thai writes ๐๑๒๓๔๕๖๗๘๙, not the digits of numbering system"
                + " deva (०१२३४५६७८९): readers without JavaScript would read their total in other digits than the page's; write"
                + " --digits: devanagari", "content/mr/quiz.md:9: Marathi (mr-IN) writes numbers with the digits ०१२३४५६७८९"
                + " (CLDR's numbering system deva), as the build and the quiz's script do, but readers without JavaScript get their total"
                + " from a CSS counter, and no rule gives it these digits: they would read 17 where the script writes १७; add"
                + " [data-digits=\"deva\"] { --digits: devanagari; } to"
                + " assets/css/digits.css, or give the language Latin digits everywhere with site.language.mr.locale=mr-IN-u-nu-latn"
                + " in jbake.properties"), problems("mr-IN", "\n" + DEVANAGARI.replace("devanagari", "thai")));
    }

    @Test
    void aRuleForNoNumberingSystemCldrKnowsStopsTheBuild() {
        assertEquals("assets/css/digits.css:1: [data-digits=\"devanagari\"] is no numbering system of ten digits CLDR knows, so this"
                + " rule matches no page: templates/layout/base.ftl writes CLDR's name for a language's digits, such as deva for Devanagari or arabext"
                + " for Persian", problems("mr-IN", DEVANAGARI.replace("\"deva\"", "\"devanagari\"")).get(0));
    }
}
