package guide.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The images and links a Markdown body writes, each at the file line where an editor wrote it, as the page shows them. */
class MarkdownElementsTest {
    /** Each element as tag, address and line: {@code img /images/a.svg 12}. */
    private static List<String> written(String body, int firstLine) {
        return MarkdownElements.of(body, firstLine).all().stream()
                .map(w -> w.element().tagName() + " " + w.element().attr(w.element().tagName().equals("a") ? "href" : "src") + " " + w.line())
                .toList();
    }

    @Test
    void anImageOrALinkThroughAReferenceIsWrittenAtItsUseWithTheDefinitionsAddress() {
        String body = "Intro.\n\n![A drawing][drawing] and [the original][Drawing].\n\n![drawing]\n\n[drawing]: /images/a.svg \"A title\"\n"
                + "[drawing]: /images/second-definition-loses.svg\n";
        assertEquals(List.of("img /images/a.svg 12", "a /images/a.svg 12", "img /images/a.svg 14"), written(body, 10));
    }

    @Test
    void theAddressOfAnImageOrALinkThroughAReferenceIsOnItsDefinitionsLineAndOfAnyOtherOnItsOwn() {
        String body = "![A drawing][drawing]\n\n> [the original][drawing] or [the page](/en/b/)\n\n> [drawing]: /images/a.svg\n";
        assertEquals(List.of(7, 7, 5), MarkdownElements.of(body, 3).all().stream().map(MarkdownElements.Written::addressLine).toList());
        assertEquals(List.of(3, 5, 5), MarkdownElements.of(body, 3).all().stream().map(MarkdownElements.Written::line).toList());
    }

    @Test
    void aReferenceNoDefinitionGivesWritesNothing() {
        assertEquals(List.of(), written("![A drawing][nowhere] and [a link][nowhere].\n", 1));
    }

    @Test
    void anAddressInCodeInADefinitionAloneOrInACommentWritesNothing() {
        String body = "The file `/images/a.svg`, or `![](/images/a.svg)`:\n\n```\n<img src=\"/images/a.svg\">\n```\n\n"
                + "    ![](/images/a.svg)\n\n<!-- <img src=\"/images/a.svg\"> -->\n\n[unused]: /images/a.svg\n";
        assertEquals(List.of(), written(body, 1));
    }

    @Test
    void rawHtmlIsWrittenWhereEachTagStartsAlsoOverSeveralLines() {
        String body = "A diagram: <img\n  src=\"/images/a.svg\"\n  alt=\"\"> and <a\nhref=\"/en/b/\">b</a>.\n\n<figure>\n  <img src=\"/images/b.svg\" alt=\"B\">\n"
                + "  <figcaption><a href=\"/en/c/\">c</a></figcaption>\n</figure>\n";
        assertEquals(List.of("img /images/a.svg 5", "a /en/b/ 7", "figure  10", "img /images/b.svg 11", "figcaption  12", "a /en/c/ 12"),
                written(body, 5));
    }

    @Test
    void anImageInALinkComesAfterTheLinkAsOnThePage() {
        String body = "Text.\n[![A drawing](/images/a.svg)](/images/a.svg)\n<https://example.com/> <mail@example.com>\n";
        assertEquals(List.of("a /images/a.svg 2", "img /images/a.svg 2", "a https://example.com/ 3", "a mailto:mail@example.com 3"), written(body, 1));
    }

    @Test
    void anImageWithItsAltTextOverTwoLinesIsWrittenWhereItStarts() {
        MarkdownElements body = MarkdownElements.of("Intro.\n\n![A drawing\nof three steps](/images/a.svg)\n", 20);
        assertEquals(22, body.firstLine("img", "src", "/images/a.svg"));
        assertEquals("A drawing\nof three steps", body.all().get(0).element().attr("alt"));
    }

    @Test
    void theFirstLineOfATagAndAddressIsTheFirstWrittenAndZeroWhenNone() {
        MarkdownElements body = MarkdownElements.of("[the file](/images/a.svg)\n\n![A](/images/a.svg)\n\n![B](/images/a.svg)\n", 1);
        assertEquals(3, body.firstLine("img", "src", "/images/a.svg"));
        assertEquals(1, body.firstLine("a", "href", "/images/a.svg"));
        assertEquals(0, body.firstLine("img", "src", "/images/b.svg"));
        assertEquals(0, body.firstLine("img", "href", "/images/a.svg"), "an image's address is its src");
    }
}
