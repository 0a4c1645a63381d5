package guide.html;

import guide.check.PageFacts;
import guide.content.Slugs;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ids an XLIFF import expects a quiz page to have, read from its Markdown alone: a link to one of them is let through, a
 * link to any other is refused with the nearest sections offered. The expected ids are those of the page the build made of
 * {@link #QUIZ} (in a copy of the project, target/site/pl/…/index.html), copied here by hand.
 */
class QuizAddressesTest {
    /** A quiz as the real ones are written: an intro with headings of its own, two signs, the results with three bands. */
    private static final String QUIZ = """
            Zaznacz zdania, które pasują do twojego klienta.

            ### Zanim zaczniesz: żółć i łzy

            Pomyśl o jednym kliencie.

            ### Jak liczymy {#scoring}

            Każde zdanie ma punkty.

            ## 1. Płatności {#late-payments}

            - [ ] Klient spóźnił się z zapłatą. {#invoices-late points=1}
            - [ ] Klient oświadczył, że nie zapłaci. {#refuses-to-pay points=3 decides=exit}

            ## 2. Komunikacja {#verbal-abuse}

            - [ ] Klient podnosi głos. {#threats points=4}

            ## Wynik {#results}

            ### Na razie spokój {#no-red-flags points=0-2}

            Obserwuj terminy płatności.

            ### Porozmawiaj z klientem {#talk points=3-5}

            Ustal zasady na piśmie.

            ### Zaplanuj rozstanie {#exit points=6-8}

            Zacznij od faktury.
            """;

    /** Every id on the page the build made of {@link #QUIZ}, as {@code grep -o 'id="[^"]*"'} listed them. */
    private static final Set<String> BUILT_IDS = Set.of("band-exit", "band-no-red-flags", "band-talk", "bands", "bands-title", "main",
            "q-invoices-late", "q-refuses-to-pay", "q-threats", "quiz", "quiz-url", "result", "result-title", "scoring", "search-input",
            "search-panel", "sign-late-payments", "sign-late-payments-title", "sign-verbal-abuse", "sign-verbal-abuse-title",
            "zanim-zaczniesz-zolc-i-lzy");

    private static PageFacts facts(String body) {
        return QuizAddresses.facts(body, Slugs.DEFAULT).orElseThrow(() -> new AssertionError("a well-formed quiz has ids"));
    }

    @Test
    void everyIdOnTheBuiltQuizIsExpected() {
        Set<String> unknown = new TreeSet<>(BUILT_IDS);
        unknown.removeAll(facts(QUIZ).ids());
        assertEquals(Set.of(), unknown, "a link to one of these would be refused although the page has it");
    }

    @Test
    void signsTheirTitlesStatementsAndBandsAreNamedAsTheTemplateNamesThem() {
        Set<String> ids = facts(QUIZ).ids();
        for (String id : List.of("sign-late-payments", "sign-verbal-abuse", "sign-late-payments-title", "sign-verbal-abuse-title", "q-invoices-late",
                "q-refuses-to-pay", "q-threats", "band-no-red-flags", "band-talk", "band-exit")) {
            assertTrue(ids.contains(id), id + " in " + new TreeSet<>(ids));
        }
    }

    @Test
    void theIntroHeadingsHaveTheIdsTheBuildGivesThem() {
        Set<String> ids = facts(QUIZ).ids();
        assertTrue(ids.contains("zanim-zaczniesz-zolc-i-lzy"), "made of its text, transliterated: " + new TreeSet<>(ids));
        assertTrue(ids.contains("scoring"), "its own {#id}: " + new TreeSet<>(ids));
    }

    @Test
    void idsThePageDoesNotHaveAreNotExpected() {
        Set<String> ids = facts(QUIZ).ids();
        for (String id : List.of("late-payments", "invoices-late", "no-red-flags", "sign-results", "sign-results-title", "q-late-payments",
                "sign-invoices-late", "band-late-payments", "sign-exit", "sign-no-red-flags-title", "sign-scoring")) {
            assertFalse(ids.contains(id), id + " is on no quiz page");
        }
    }

    @Test
    void itsSectionsAreTheIntroHeadingsThenTheSignsInOrder() {
        assertEquals(List.of("zanim-zaczniesz-zolc-i-lzy", "scoring", "sign-late-payments", "sign-verbal-abuse"), facts(QUIZ).sections(),
                "what a refused link's 'nearest' offers; the results are no sign");
    }

    @Test
    void aMalformedChecklistPromisesNothing() {
        assertEquals(Optional.empty(), QuizAddresses.facts(QUIZ.replace("- [ ] Klient podnosi głos. {#threats points=4}\n", ""), Slugs.DEFAULT),
                "a sign without statements");
        assertEquals(Optional.empty(), QuizAddresses.facts(QUIZ.replace("points=1}", "}"), Slugs.DEFAULT), "a statement without points");
        assertEquals(Optional.empty(), QuizAddresses.facts("Just an article.\n\n## A heading\n\nText.\n", Slugs.DEFAULT), "no checklist at all");
    }
}
