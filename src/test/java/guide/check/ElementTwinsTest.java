package guide.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Identical elements of a page's frame are told apart by their place among their twins, and each twin is matched with
 * a template tag of its own, so that each tag's fault is reported once and no tag is blamed for another's.
 */
class ElementTwinsTest {

    private static Elements images(String body) {
        return Jsoup.parse("<html><body>" + body + "</body></html>").select("img");
    }

    @Test
    void twinsAreTheFramesElementsWithTheSameAttributesAndValuesInTheOrderOfThePage() {
        Elements images = images("<header><img class=\"badge\" src=\"/f.svg\"></header><footer><img src=\"/f.svg\" class=\"badge\"></footer>");

        assertEquals(List.of(new ElementTwins(0, 2), new ElementTwins(1, 2)), images.stream().map(ElementTwins::of).toList(),
                "the same attributes written in another order: twins, the header's first");
    }

    @Test
    void anElementWithAnotherValueOrAnotherAttributeIsNoTwin() {
        Elements images = images("<header><img class=\"badge\" src=\"/f.svg\"><img class=\"logo\" src=\"/f.svg\">"
                + "<img class=\"badge\" src=\"/f.svg\" alt=\"\"></header>");

        assertEquals(List.of(new ElementTwins(0, 1), new ElementTwins(0, 1), new ElementTwins(0, 1)),
                images.stream().map(ElementTwins::of).toList(), "class logo is not class badge; an alt more is another tag");
    }

    /** The page's text comes from Markdown: its images are nobody's twins, and the frame's count none of them. */
    @Test
    void theImagesOfThePagesTextAreNoTwinsOfTheFrames() {
        Elements images = images("<main data-content><p><img class=\"badge\" src=\"/f.svg\"><img class=\"badge\" src=\"/f.svg\"></p></main>"
                + "<footer><img class=\"badge\" src=\"/f.svg\"></footer>");

        assertEquals(List.of(new ElementTwins(0, 1), new ElementTwins(0, 1), new ElementTwins(0, 1)),
                images.stream().map(ElementTwins::of).toList());
    }

    @Test
    void anElementOutsideAPageHasNoTwins() {
        assertEquals(new ElementTwins(0, 1), ElementTwins.of(new Element("img").attr("src", "/f.svg")));
    }

    @Test
    void tagsThatWriteTheAddressAsItIsComeFirstThenThoseThroughAnExpressionOneTwinEach() {
        List<String> literal = List.of("header.ftl:2");
        List<String> through = List.of("footer.ftl:3", "aside.ftl:1", "nav.ftl:5");

        assertEquals(List.of("header.ftl:2", "footer.ftl:3", "aside.ftl:1", "nav.ftl:5"),
                List.of(0, 1, 2, 3).stream().map(i -> new ElementTwins(i, 4).tag(literal, through)).toList());
    }

    @Test
    void moreTagsThroughAnExpressionThanTwinsLeftNameNoneOfThem() {
        List<String> literal = List.of("header.ftl:2");
        List<String> through = List.of("footer.ftl:3", "aside.ftl:1");

        assertEquals("header.ftl:2", new ElementTwins(0, 2).tag(literal, through), "the literal tag is sure");
        assertNull(new ElementTwins(1, 2).tag(literal, through), "one twin left, two tags that may have written it");
        assertNull(new ElementTwins(0, 1).tag(List.of(), List.of()), "no tag at all");
    }

    /** One tag in a {@code <#list>} writes several twins: with more twins than tags, the tags are taken again in turn. */
    @Test
    void moreTwinsThanTagsTakeTheTagsAgainInTurn() {
        List<String> literal = List.of("header.ftl:2", "footer.ftl:4");

        assertEquals(List.of("header.ftl:2", "footer.ftl:4", "header.ftl:2"),
                List.of(0, 1, 2).stream().map(i -> new ElementTwins(i, 3).tag(literal, List.of())).toList());
        assertEquals(List.of("footer.ftl:3", "footer.ftl:3"),
                List.of(0, 1).stream().map(i -> new ElementTwins(i, 2).tag(List.of(), List.of("footer.ftl:3"))).toList());
    }
}
