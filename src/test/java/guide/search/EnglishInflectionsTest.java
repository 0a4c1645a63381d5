package guide.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The regular English forms a reader may type for a word of the text: an article that says "parties" is found by "party",
 * one that says "planned" by "planning". (The stemmer then keeps only the candidates of the word's stem.)
 */
class EnglishInflectionsTest {

    private static void has(String word, String... forms) {
        Set<String> candidates = EnglishInflections.candidates(word);
        for (String form : forms) {
            assertTrue(candidates.contains(form), word + " should give " + form + ": " + candidates);
        }
    }

    private static void hasNot(String word, String... forms) {
        Set<String> candidates = EnglishInflections.candidates(word);
        for (String form : forms) {
            assertFalse(candidates.contains(form), word + " should not give " + form + ": " + candidates);
        }
    }

    @Test
    void pluralsGiveTheirSingularAndItsForms() {
        has("parties", "party", "partied", "partier");
        has("flies", "fly");
        hasNot("dies", "dy");
        has("boxes", "box", "boxed", "boxing");
        has("axes", "ax");
        hasNot("yes", "y");
        has("invoices", "invoice", "invoiced", "invoicing", "invoicer", "invoicers");
        has("cats", "cat");
        hasNot("gas", "ga");
        hasNot("boss", "bos");
        has("boss", "bosses", "bossed");
    }

    @Test
    void pastFormsGiveTheirBase() {
        has("tried", "try", "tries");
        hasNot("died", "dy");
        has("asked", "ask", "asking", "asks");
        hasNot("shed", "sh");
        has("priced", "price", "pricing");
        has("planned", "plan", "planning", "plans");
        hasNot("agreed", "agr");
        has("agreed", "agree", "agrees");
    }

    @Test
    void ingFormsGiveTheirBase() {
        has("timing", "time", "timed", "times");
        has("stopping", "stop", "stopped", "stops");
        has("paying", "pay", "pays");
        hasNot("thing", "th", "the");
        hasNot("swimming", "swimmming");
    }

    @Test
    void aBaseGetsItsRegularInflections() {
        has("stop", "stops", "stopped", "stopping", "stopper", "stoply", "stopment", "stopments");
        has("pay", "pays", "payed", "paying", "payer", "payers", "payment", "payments");
        hasNot("pay", "paies", "paied");
        has("try", "tries", "tried", "trier");
        hasNot("try", "trys");
        has("my", "mys");
        hasNot("my", "mies");
        has("fix", "fixes", "fixed", "fixing");
        hasNot("fix", "fixxed");
        hasNot("show", "showwed");
        hasNot("play", "playyed");
        has("wash", "washes");
        has("match", "matches");
        has("buzz", "buzzes");
        has("use", "used", "user", "users", "using");
        hasNot("use", "useing", "useed");
        hasNot("in", "inned");
        hasNot("open", "opennning");
        has("ship", "shipped", "shipping", "shipper");
        hasNot("keep", "keepped");
        hasNot("start", "startted");
        hasNot("invoice", "invoiceed");
        for (String word : List.of("a", "ab")) {
            assertTrue(EnglishInflections.candidates(word).contains(word), word);
        }
    }
}
