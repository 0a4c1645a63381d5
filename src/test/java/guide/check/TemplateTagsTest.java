package guide.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tags a template writes, as the build reads them to name the template line of a faulty element written through an
 * expression: which tags there are and on which lines, which of them can have written a given element, and which cannot
 * be read from their text.
 */
class TemplateTagsTest {
    /** The first element of an HTML fragment, as a built page has it. */
    private static Element element(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }

    /** Each tag as {@code name:line}, in the order written. */
    private static List<String> names(String template) {
        return TemplateTags.read(template).stream().map(t -> t.name() + ":" + t.line()).toList();
    }

    /** The lines of the tags that can have written {@code html}'s element. */
    private static List<Integer> writers(String template, String html) {
        Element built = element(html);
        return TemplateTags.read(template).stream().filter(t -> t.writes(built)).map(TemplateTags.Tag::line).toList();
    }

    @Test
    void tagsAreReadInTheOrderWrittenWithTheLineEachStartsOn() {
        assertEquals(List.of("footer:1", "p:2", "img:2", "a:4", "br:5"),
                names("<footer>\n<p>Logo: <img src=\"${logo}\" alt=\"\"></p>\n</footer>\n<a href=\"/${lang}/\">${ui.home}</a>\n<br/>"));
    }

    @Test
    void directivesAndClosingTagsAreNotTags() {
        assertEquals(List.of("p:2"), names("<#if x>\n<p>${x}</p>\n</#if><@macro a=1/><#-- --></@macro>"));
    }

    @Test
    void aCommentedOutTagIsNoTagAndTheLinesAfterACommentKeepTheirNumbers() {
        assertEquals(List.of("img:4"), names("<#-- the old logo:\n<img class=\"badge\" src=\"${old}\">\n-->\n<img src=\"${logo}\">"));
        assertEquals(List.of(4), writers("<#-- <img class=\"badge\" src=\"${old}\"> -->\n\n<#-- -->\n<img class=\"badge\" src=\"${logo}\">",
                "<img class=\"badge\" src=\"/logo.svg\">"));
    }

    @Test
    void anExpressionStandsForAnyTextAndTheRestOfTheValueIsWrittenAsItIs() {
        String template = "<a href=\"/${lang}/${slug}/#top\">x</a>";
        assertEquals(List.of(1), writers(template, "<a href=\"/en/about/#top\">x</a>"));
        assertEquals(List.of(1), writers(template, "<a href=\"///#top\">x</a>"), "an expression may write nothing");
        assertEquals(List.of(), writers(template, "<a href=\"/en/about/\">x</a>"), "the literal end is missing");
        assertEquals(List.of(), writers(template, "<a href=\"https://example.org/en/about/#top\">x</a>"), "the literal start is missing");
        assertEquals(List.of(), writers("<a href=\"/a.b/\">x</a>", "<a href=\"/aXb/\">x</a>"), "a dot is a dot, not any character");
        assertEquals(List.of(1), writers("<a href=\"/a.b/${x}\">x</a>", "<a href=\"/a.b/\nc\">x</a>"), "an expression may write a new line");
    }

    @Test
    void aValueIsComparedWithItsEntitiesDecodedAsTheBuiltPageHasIt() {
        assertEquals(List.of(1), writers("<img src=\"${logo}\" alt=\"Tom &amp; Jerry&#39;s\">", "<img src=\"/l.svg\" alt=\"Tom &amp; Jerry's\">"));
        assertEquals(List.of(), writers("<img src=\"${logo}\" alt=\"Tom &amp; Jerry\">", "<img src=\"/l.svg\" alt=\"Tom &amp;amp; Jerry\">"));
    }

    @Test
    void anExpressionMayHoldBracesQuotesAndTheSignsThatEndATag() {
        String template = "<img class=\"badge\" src=\"${asset.url(badge, \"}>\")}\" alt=\"${{\"a\": \"{\"}[\"a\"]}\"> <p title='${\"it\\\"s}\"}'>";
        assertEquals(List.of("img:1", "p:1"), names(template));
        assertEquals(List.of(1), writers(template, "<img class=\"badge\" src=\"/b.svg\" alt=\"{\">"));
        assertEquals(List.of(1), writers("<p title=\"${\"a\\\"}\"}\">", "<p title=\"a&quot;}\">"), "a quote escaped in a string ends nothing");
        assertEquals(List.of(), writers("<img src=\"${badge\">\n<br>", "<img src=\"x\">"), "an expression that never ends: no tag to read");
    }

    @Test
    void aTagOverSeveralLinesHasTheLineOfItsStartAndEachValueItsOwn() {
        TemplateTags.Tag tag = TemplateTags.read("<footer>\n<img class=\"badge\"\n     src=\"${badge}\"\n     alt=\n       \"\"\n     hidden>").get(1);
        assertEquals(2, tag.line());
        assertEquals(Map.of("class", 2, "src", 3, "alt", 5, "hidden", 6), tag.lines(), "a value on the line after its name is on its own line");
        assertEquals(Map.of("class", false, "src", true, "alt", false, "hidden", false), tag.computed());
        assertTrue(tag.writes(element("<img class=\"badge\" src=\"/badge.svg\" alt=\"\" hidden>")));
    }

    @Test
    void valuesMayBeQuotedEitherWayOrNotAtAllAndNamesInAnyCase() {
        String template = "<IMG SRC='${logo}' Width=40 height = \"40\" data-x=a/b>";
        assertEquals(List.of(1), writers(template, "<img src=\"/l.svg\" width=\"40\" height=\"40\" data-x=\"a/b\">"));
        assertEquals(List.of(), writers(template, "<img src=\"/l.svg\" width=\"41\" height=\"40\" data-x=\"a/b\">"));
        assertEquals(List.of(1), writers("<img alt=\"a > b\" src=\"x\">", "<img alt=\"a > b\" src=\"x\">"), "a > in quotes does not end the tag");
    }

    @Test
    void aTagWritesOnlyTheElementWithItsNameAndExactlyItsAttributes() {
        String template = "<img class=\"badge\" src=\"${badge}\">";
        assertEquals(List.of(1), writers(template, "<img class=\"badge\" src=\"/b.svg\">"));
        assertEquals(List.of(), writers(template, "<img class=\"seal\" src=\"/b.svg\">"), "another class");
        assertEquals(List.of(), writers(template, "<img src=\"/b.svg\">"), "fewer attributes");
        assertEquals(List.of(), writers(template, "<img class=\"badge\" src=\"/b.svg\" alt=\"\">"), "more attributes");
        assertEquals(List.of(), writers(template, "<img class=\"badge\" title=\"/b.svg\">"), "another attribute");
        assertEquals(List.of(), writers(template, "<embed class=\"badge\" src=\"/b.svg\">"), "another element");
    }

    @Test
    void aTagWhoseAttributesADirectiveOrAnExpressionChoosesCannotBeRead() {
        for (String template : new String[]{"<img src=\"${seal}\" <#if ui.seal??>alt=\"${ui.seal}\"</#if>>", "<img src=\"x\" <@attrs/>>",
                "<img ${attrs}>", "<img${attrs}>", "<img src=\"x\" ${attrs}>", "<img src=\"x\" \"y\">"}) {
            List<TemplateTags.Tag> tags = TemplateTags.read(template);
            assertEquals(1, tags.size(), template);
            assertFalse(tags.get(0).readable(), template);
            assertEquals(Map.of(), tags.get(0).values(), template);
            assertFalse(tags.get(0).writes(element("<img src=\"x\">")), template);
        }
        assertTrue(TemplateTags.read("<img src=\"x\" />").get(0).readable(), "a closing slash is no attribute");
        assertEquals(List.of(1), writers("<img src=\"x\"<#-- alt=\"\" -->>", "<img src=\"x\">"), "nor a comment");
    }

    @Test
    void aTagCutShortIsNotRead() {
        assertEquals(List.of("p:2"), names("<img src=\"x\" <b\n<p>"), "a tag inside another's attributes");
        assertEquals(List.of(), names("<img src=\"x\""), "no end");
        assertEquals(List.of(), names("<img src=\"x\" alt=$"), "no end, a $ the template's last sign");
    }

    @Test
    void everyTagThatCanHaveWrittenTheElementIsACandidate() {
        assertEquals(List.of(2, 3), writers("<header>\n<img src=\"${logo}\">\n<img src=\"/${lang}/logo.svg\">\n<img src=\"/logo.png\">\n</header>",
                "<img src=\"/en/logo.svg\">"));
    }
}
