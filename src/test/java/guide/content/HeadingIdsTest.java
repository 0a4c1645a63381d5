package guide.content;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every way the guide's Markdown gives a heading an id is an editor's id, at its heading's line; ids in code, on words or on other blocks are not. */
class HeadingIdsTest {
    private static List<String> read(String markdown) {
        return HeadingIds.read(markdown).stream().map(w -> w.line() + " h" + w.level() + " #" + w.id()).toList();
    }

    @Test
    void theIdWithClassesBeforeOrAfterItOrWrittenAsIdEquals() {
        assertEquals(List.of("1 h2 #first", "2 h2 #second", "3 h3 #third", "4 h4 #fourth", "5 h2 #fifth"),
                read("## A {#first}\n## B {.note #second}\n### C {#third .note}\n#### D {id=fourth}\n## E {id=\"fifth\" .note}\n"));
    }

    @Test
    void anUnderlinedHeadingsIdIsOnItsTextLine() {
        assertEquals(List.of("3 h2 #summary", "6 h1 #top-title"), read("Intro.\n\nSummary {#summary}\n-------\n\nBig {#top-title}\n===\n"));
    }

    @Test
    void headingsInListsAndQuotesAndWithClosingHashesCount() {
        assertEquals(List.of("1 h2 #in-list", "2 h2 #in-quote", "3 h2 #closed"), read("- ## In a list {#in-list}\n> ## Quoted {#in-quote}\n## Closed ## {#closed}\n"));
    }

    @Test
    void idsInCodeOnWordsOrOnOtherBlocksAreNotHeadingIds() {
        assertEquals(List.of(), read("```\n## In code {#code}\n```\n\n    ## Indented code {#indented}\n\n## Word *x {#on-word}*\n"
                + "## Glued{#glued}\n## Title only {title=x}\nA paragraph {#para}\n\n- [ ] statement {#statement points=2}\n"));
    }

    @Test
    void headingTextWithPunctuationMarksEscapesOrHashesKeepsItsId() {
        assertEquals(List.of("1 h2 #quotes", "2 h3 #emphasis", "3 h2 #indented", "4 h2 #csharp", "5 h2 #escaped", "6 h6 #deep", "7 h2 #tabs"),
                read("## Kiedy „klient” mówi: 100% (nie) — i co dalej? {#quotes}\n### *Zawsze* `na piśmie` {#emphasis}  \n"
                        + "   ## Three spaces in {#indented}\n## C# and F# {#csharp}\n## A \\*star\\* {#escaped}\n###### Six {#deep}\n##\tTabs\t{#tabs}\t\n"));
    }

    @Test
    void sectionsAreLevelsTwoToFourEachOnce() {
        assertEquals(List.of("a", "b", "c"), List.copyOf(HeadingIds.ofSections("Big {#top}\n===\n## A {#a}\n### B {.x #b}\n#### C {id=c}\n##### D {#d}\n## A again {#a}\n")));
    }

    @Test
    void anUnderlinedHeadingsIdWrittenAsIdEqualsOrAtTheStartOfItsLastLineCounts() {
        assertEquals(List.of("1 h2 #terms", "5 h1 #big", "7 h2 #lead"), read("Terms {id=terms}\n---\n\nBig\n{#big}\n===\n{.a} Lead {#lead}\n---\n"));
    }

    @Test
    void theLastLineCountsWithoutALineEnd() {
        assertEquals(List.of("1 h2 #end"), read("## The end {.note #end}"));
        assertEquals(List.of("1 h2 #end"), read("## The end {#end}"));
        assertEquals(List.of("2 h2 #end"), read("Text.\n## The end {id=end}"));
    }

    /** A line of dashes under a {@code ##} heading is a rule, not an underline: the heading keeps its level and id. */
    @Test
    void aHeadingFollowedByARuleIsNoUnderlinedHeading() {
        assertEquals(List.of("1 h2 #rule-after", "4 h3 #other-form"), read("## Before a rule {#rule-after}\n---\n\n### Other {.x #other-form}\n===\n"));
    }

    /**
     * Blocks with no space between them give their ids to a span in the heading's text, not to the heading: read with all
     * their ids when there are two (BodyHeadings refuses them), not at all for one id and a class ({.note} has its own refusal).
     */
    @Test
    void blocksWithNoSpaceBetweenThemAreReadOnlyWhenTheyGiveTwoIds() {
        assertEquals(List.of(List.of("x", "z"), List.of("a", "b")),
                HeadingIds.read("## Heading {#x}{#z}\n\n### C {id=a}{#b}\n").stream().map(HeadingIds.Written::all).toList());
        assertEquals(List.of("1 h2", "3 h3"), HeadingIds.read("## Heading {#x}{#z}\n\n### C {id=a}{#b}\n").stream()
                .map(w -> w.line() + " h" + w.level()).toList());
        assertEquals(List.of(), read("## One {#one}{.note}\n## Glued{#glued}\n"));
    }

    /** Fences end as CommonMark ends them (as the page renders them): a heading's id shown in code is no id, one after the code is. */
    @Test
    void aFenceEndsOnlyWithALineOfItsOwnCharacterAtLeastAsLongAndNothingAfterIt() {
        assertAll(
                () -> assertEquals(List.of("7 h2 #after"), read("~~~~\n```\n~~~\n# Not a heading {#x}\n~~~~\n\n## After {#after}\n"),
                        "a ~~~~ fence holding a line of backticks and a shorter ~~~"),
                () -> assertEquals(List.of("5 h2 #after"), read("````\n```\n## Not a heading {#x}\n`````\n## After {#after}\n"),
                        "a fence closed by a longer fence, holding a shorter one"),
                () -> assertEquals(List.of("5 h2 #after"), read("```\n```js\n## Not a heading {#x}\n```\n## After {#after}\n"),
                        "a line of backticks with words after it closes no fence"),
                () -> assertEquals(List.of("7 h2 #under"), read("````\n```\nNot a heading {#x}\n---\n````\n\nUnder {#under}\n---\n"),
                        "an underlined heading in code and after it"));
    }

    /** What looks like a fence and is not one hides nothing (a tab before it, a backtick after it), nor does a fence after its list item ends. */
    @Test
    void aLineThatOpensNoFenceHidesNoHeadingAfterIt() {
        assertAll(
                () -> assertEquals(List.of("2 h2 #real"), read("\t```\n## Real {#real}\n"), "a tab before it: indented code"),
                () -> assertEquals(List.of("2 h2 #real"), read("``` `code` ```\n## Real {#real}\n"), "inline code"),
                () -> assertEquals(List.of(), read("    # Indented line {#x}\n")),
                () -> assertEquals(List.of("6 h2 #real"), read("- ```\n  ## In code in a list {#x}\n\n- x\n\n## Real {#real}\n"),
                        "a fence ends with its list item"),
                () -> assertEquals(List.of(), read("- ```\n  ## In code in a list {#x}\n## Real {#real}\n"),
                        "flexmark shows a ## line right after such a list as a paragraph, <p id=\"real\">## Real</p>: no heading"));
    }

    /** A line alone does not say what a list item or an HTML block makes of it: the page does, and these ids are the page's. */
    @Test
    void headingsAreReadAsThePageRendersThemInListsInCodeAndInHtml() {
        assertAll(
                () -> assertEquals(List.of("3 h1 #in-item"), read("1.  Item\n\n    # In an item {#in-item}\n"),
                        "four spaces in a list item whose text starts four spaces in: a heading, not code"),
                () -> assertEquals(List.of(), read("Text:\n\n    code\n    # x {#id}\n\n  - a\n\n        ## y {#other}\n"), "indented code"),
                () -> assertEquals(List.of("3 h2 #x"), read("Intro.\n\n<h2 id=\"x\">Written in HTML</h2>\n\n<div>\n## Not a heading {#y}\n</div>\n"),
                        "an HTML heading's id, and no heading in an HTML block"),
                () -> assertEquals(List.of("1 h2 #q"), read("> Quoted {#q}\n> ---\n")));
        assertEquals(List.of("id=\"x\"", "{#z}"), HeadingIds.read("<h3 id=\"x\">A</h3>\n\n## B {#z}\n").stream().map(HeadingIds.Written::written).toList());
    }
}
