package guide.html;

import guide.content.HeadingIds;
import guide.content.Markdown;
import guide.content.Slugs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every heading of the text gets a stable ASCII id: the editor's {#id} stays, others come from the text, repeats get -2, -3. */
class HeadingAnchorsTest {

    private static List<String> ids(String prose, Slugs slugs) {
        Document doc = Jsoup.parse("<body id=\"top\"><nav><h2>Menu</h2></nav><div data-prose>" + prose + "</div></body>");
        HeadingAnchors.apply(doc, slugs);
        return doc.select("h2, h3, h4, h5").stream().map(Element::id).toList();
    }

    @Test
    void anEditorsIdStaysAndOthersAreMadeFromTheText() {
        assertEquals(List.of("", "scope", "jak-to-zrobic", "A_b-1"),
                ids("<h2 id=\"scope\">Zakres</h2><h3>Jak to zrobić?</h3><h4 id=\"A_b-1\">X</h4>", Slugs.DEFAULT));
    }

    @Test
    void generatedIdsWithOtherLettersAreTransliterated() {
        assertEquals(List.of("", "jak-to-zrobic"), ids("<h2 id=\"jak-to-zrobić\">Jak to zrobić</h2>", Slugs.DEFAULT));
        assertEquals(List.of("", "oznaky", "shcho-robyty"),
                ids("<h2>Ознаки</h2><h3 id=\"що-робити\">Що робити</h3>", Slugs.of("Ukrainian-Latin/BGN")));
    }

    @Test
    void repeatsAndIdsUsedElsewhereOnThePageGetANumber() {
        assertEquals(List.of("", "krok", "krok-2", "krok-3", "top-2", "a", "a-2"),
                ids("<h2>Krok</h2><h2>Krok</h2><h3>Krok!</h3><h2>Top</h2><h2 id=\"a\">A</h2><h3 id=\"a\">B</h3>", Slugs.DEFAULT));
    }

    /** The text's headings as the build gives them ids: rendered from Markdown, with the ids the editors wrote in it. */
    private static List<String> idsOfMarkdown(String markdown, Slugs slugs) {
        Document doc = Jsoup.parse("<body id=\"top\"><div data-prose>" + Markdown.toHtml(markdown) + "</div></body>");
        HeadingAnchors.apply(doc, slugs, HeadingIds.ofSections(markdown));
        return doc.select("[data-prose] h2, [data-prose] h3").stream().map(h -> h.id() + " " + h.text()).toList();
    }

    @Test
    void anEditorsIdBelongsToTheEditorsHeadingEvenWhenAnotherHeadingsTextGivesItFirst() {
        assertEquals(List.of("summary-2 Summary", "summary Wrap-up", "summary-3 Summary"),
                idsOfMarkdown("## Summary\n\nA.\n\n## Wrap-up {#summary}\n\nB.\n\n### Summary\n", Slugs.DEFAULT));
        assertEquals(List.of("zakonczenie-2 Zakończenie", "zakonczenie Co dalej"),
                idsOfMarkdown("## Zakończenie\n\n## Co dalej {#zakonczenie}\n", Slugs.DEFAULT), "transliterated to the editor's id");
        assertEquals(List.of("pidsumok-2 Підсумок", "pidsumok Наостанок", "shcho-robyty Що робити"),
                idsOfMarkdown("## Підсумок\n\n## Наостанок {#pidsumok}\n\n## Що робити\n", Slugs.of("Ukrainian-Latin/BGN")));
    }

    /** An id written on a heading in HTML is the editor's as {#id} is: a heading whose text gives the same id gets a number. */
    @Test
    void anIdWrittenInHtmlBelongsToItsHeadingEvenWhenAnotherHeadingsTextGivesItFirst() {
        assertEquals(List.of("zakres-2 Zakres", "zakres Inny", "zakres-3 Zakres"),
                idsOfMarkdown("## Zakres\n\n<h2 id=\"zakres\">Inny</h2>\n\n### Zakres\n", Slugs.DEFAULT));
        assertEquals(List.of("koszty-2 Koszty", "koszty Ile to kosztuje"),
                idsOfMarkdown("## Koszty\n\nTekst <h2 id=\"koszty\">Ile to kosztuje</h2> dalej.\n", Slugs.DEFAULT), "in a sentence too");
    }

    /** Repeats number on as the README says (-2, -3, -4), also where transliteration meets an editor's id; no id has "--". */
    @Test
    void repeatsOfATransliteratedHeadingNumberOnAndNoIdHasADoubleDash() {
        assertEquals(List.of("zakonczenie-2 Zakończenie", "zakonczenie-3 Zakończenie", "zakonczenie-4 Zakończenie", "zakonczenie Co dalej"),
                idsOfMarkdown("## Zakończenie\n\n## Zakończenie\n\n## Zakończenie\n\n## Co dalej {#zakonczenie}\n", Slugs.DEFAULT));
        assertEquals(List.of("dont-stop-its-100-done-ok Don't stop: it\u2019s 100% \u201cdone\u201d & ok", "a-b A \u2013 B"),
                idsOfMarkdown("## Don't stop: it\u2019s 100% \u201cdone\u201d & ok\n\n## A \u2013 B\n", Slugs.DEFAULT));
    }

    @Test
    void anEditorsIdThatTheTemplateUsesStillGetsANumber() {
        assertEquals(List.of("top-2 Top"), idsOfMarkdown("## Top {#top}\n", Slugs.DEFAULT), "the page's own anchors come first");
    }

    @Test
    void aHeadingWithoutLettersIsASection() {
        assertEquals(List.of("", "section", "section-2"), ids("<h2>???</h2><h2>…</h2>", Slugs.DEFAULT));
    }

    @Test
    void onlyTheTextsSectionHeadingsChange() {
        assertEquals(List.of("", ""), ids("<h5>Small</h5>", Slugs.DEFAULT), "h5 is not a section of the table of contents");
    }
}
