package guide.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the checks keep of each page once it is no longer in memory. */
class PageFactsTest {
    private static final String PAGE = """
            <html lang=" PL "><head><link rel="canonical" href="https://example.org/pl/a/">
            <link rel="alternate" hreflang="pl" href="https://example.org/pl/a/"><link rel="alternate" hreflang="en" href="https://example.org/en/a/">
            <link rel="alternate" type="application/atom+xml" href="/pl/feed.xml"><link rel="stylesheet" href="/css/site.css"></head>
            <body id="top"><nav data-lang-switch><a href="/en/a/" data-lang-switch>EN</a></nav>
            <main><div data-prose><h2 id="s1">1</h2><p id="p">x</p><h3 id="s2">2</h3><h4 id="s3">3</h4><h5 id="s4">4</h5><h2>no id</h2></div>
            <h2 id="outside">x</h2><a href="/pl/b/">b</a><img src="/i.png" alt="i"></main>
            <footer><a href="/pl/c/">c</a></footer></body></html>
            """;

    @Test
    void languageCanonicalAlternatesIdsAndSections() {
        PageFacts facts = PageFacts.of(Jsoup.parse(PAGE));
        assertEquals("pl", facts.lang());
        assertEquals("https://example.org/pl/a/", facts.canonical());
        assertEquals(Map.of("pl", "https://example.org/pl/a/", "en", "https://example.org/en/a/"), facts.alternates());
        assertEquals(List.of("pl", "en"), List.copyOf(facts.alternates().keySet()));
        assertEquals(Set.of("top", "s1", "p", "s2", "s3", "s4", "outside"), facts.ids());
        assertEquals(List.of("s1", "s2", "s3"), facts.sections(), "headings of the text, in order");
    }

    /** A quiz page as the build writes it (trimmed): its intro's headings, then its signs, each a group with its own h2. */
    @Test
    void aQuizsSignsAreSectionsAfterItsIntrosHeadings() {
        PageFacts facts = PageFacts.of(Jsoup.parse("""
                <main><div class="prose" data-prose><p>Intro.</p><h3 id="before-you-start">Before you start</h3></div>
                <form class="quiz" id="quiz" data-quiz>
                <div class="quiz-sign" id="sign-late-payments" role="group" aria-labelledby="sign-late-payments-title" data-section="late-payments">
                <h2 class="quiz-sign-title" id="sign-late-payments-title">1. Payments</h2>
                <div class="quiz-item"><input type="checkbox" id="q-invoices-late"><label for="q-invoices-late">Late.</label></div></div>
                <div class="quiz-sign" id="sign-verbal-abuse" role="group" aria-labelledby="sign-verbal-abuse-title" data-section="verbal-abuse">
                <h2 class="quiz-sign-title" id="sign-verbal-abuse-title">2. How they talk to you</h2></div>
                <div class="quiz-sign" data-section="no-id"></div>
                <section class="quiz-result" id="result"><h2 id="result-title">Your result</h2></section></form>
                <h2 id="bands-title">How to read your result</h2></main>"""));
        assertEquals(List.of("before-you-start", "sign-late-payments", "sign-verbal-abuse"), facts.sections(),
                "a link to #sign-late-paymnets is offered #sign-late-payments; a sign's heading, the result and the table are no sections");
    }

    @Test
    void aPageWithoutThemHasEmptyFacts() {
        PageFacts facts = PageFacts.of(Jsoup.parse("<p>x</p>"));
        assertEquals("", facts.canonical());
        assertEquals(Map.of(), facts.alternates());
        assertEquals(List.of(), facts.sections());
        assertEquals("", PageFacts.of(new Document("")).lang());
    }

    @Test
    void theLinksNotedWhileRendering() {
        PageLinks links = PageLinks.of(Jsoup.parse(PAGE));
        assertEquals(List.of("https://example.org/pl/a/", "https://example.org/pl/a/", "https://example.org/en/a/", "/pl/feed.xml", "/css/site.css",
                "/en/a/", "/pl/b/", "/i.png", "/pl/c/"), links.targets(), "in document order");
        assertEquals(List.of("/pl/b/"), links.mainLinks());
        assertFalse(links.imageWithoutAlt());
        assertFalse(links.affiliateProblem());
        assertTrue(PageLinks.of(Jsoup.parse("<img src=/a.png>")).imageWithoutAlt());
        assertTrue(PageLinks.of(Jsoup.parse("<a href=/x rel=sponsored>x</a>")).affiliateProblem());
    }

    @Test
    void theDisclosureMustComeBeforeTheFirstAffiliateLink() {
        String disclosure = "<aside data-affiliate-disclosure>Affiliate links.</aside>";
        String link = "<p><a href=https://shop.example/ rel=\"sponsored noopener\">shop</a></p>";
        assertFalse(PageLinks.of(Jsoup.parse("<main>" + disclosure + link + link + "</main>")).affiliateProblem());
        assertTrue(PageLinks.of(Jsoup.parse("<main>" + link + disclosure + link + "</main>")).affiliateProblem(), "read only after the first link");
        assertTrue(PageLinks.of(Jsoup.parse("<a href=/x rel=sponsored data-affiliate-disclosure>x</a>")).affiliateProblem(),
                "a link is not its own disclosure");
        assertFalse(PageLinks.of(Jsoup.parse("<main>" + disclosure + "<p>No shop here.</p></main>")).affiliateProblem());
    }

    @Test
    void mainLinksAreThoseInsideMainButNotTheLanguageSwitch() {
        PageLinks links = PageLinks.of(Jsoup.parse("""
                <header><a href="/pl/">home</a></header><main><nav><a href="/en/x/" data-lang-switch>EN</a></nav>
                <p><a href="/pl/a/">a</a> <a name="no-href">anchor</a></p><section><main><a href="/pl/b/">b</a></main></section>
                <a href="/pl/c/">c</a></main><footer><a href="/pl/d/">d</a></footer>"""));
        assertEquals(List.of("/pl/a/", "/pl/b/", "/pl/c/"), links.mainLinks(), "a main inside main does not end the outer one");
    }
}
