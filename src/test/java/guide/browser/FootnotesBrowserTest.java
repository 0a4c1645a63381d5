package guide.browser;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The footnotes of the real guide's long Polish article as a reader sees them, at phone and
 * desktop width: a footnote number leaves its line as high as the others and stays on the line of the
 * word it follows, and a note's "↩" stays on the line of the note's last word instead of wrapping onto a
 * line of its own.
 */
class FootnotesBrowserTest extends PreviewBrowserTest {
    private static final String PL = "/pl/5-oznak-ze-czas-rozstac-sie-z-klientem/";
    private static final List<Integer> WIDTHS = List.of(320, 360, 375, 390, 414, 768, 1280);

    /**
     * The distances between the lines of every paragraph that cites a footnote, in CSS pixels: the
     * tops of its text outside the footnote numbers, line by line (one number per line break).
     */
    private static final String LINE_GAPS = """
            const gaps = [];
            for (const p of document.querySelectorAll('[data-prose] p')) {
              if (!p.querySelector('sup a.footnote-ref')) continue;
              const tops = new Set();
              const walk = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
              for (let t = walk.nextNode(); t; t = walk.nextNode()) {
                if (t.parentElement.closest('sup') || !t.data.trim()) continue;
                const range = document.createRange();
                range.selectNodeContents(t);
                for (const r of range.getClientRects()) if (r.width > 0) tops.add(Math.round(r.top * 4) / 4);
              }
              const sorted = [...tops].sort((a, b) => a - b);
              for (let i = 1; i < sorted.length; i++) gaps.push(sorted[i] - sorted[i - 1]);
            }
            return gaps;""";

    /**
     * Each note whose first "↩" is not on the line of the note's last character: its id, the
     * back link's top and that character's top.
     */
    private static final String BACK_LINKS_ALONE = """
            const alone = [];
            for (const li of document.querySelectorAll('.footnotes li')) {
              const back = li.querySelector('a.footnote-backref');
              const texts = [];
              const walk = document.createTreeWalker(li, NodeFilter.SHOW_TEXT);
              for (let t = walk.nextNode(); t; t = walk.nextNode()) {
                if (!t.parentElement.closest('a.footnote-backref') && t.data.trim()) texts.push(t);
              }
              const last = texts[texts.length - 1];
              const end = last.data.trimEnd().length;
              const range = document.createRange();
              range.setStart(last, end - 1);
              range.setEnd(last, end);
              const word = range.getBoundingClientRect();
              const link = back.getBoundingClientRect();
              const middle = (link.top + link.bottom) / 2;
              if (middle < word.top || middle > word.bottom) alone.push(li.id + ': ↩ at ' + link.top + ', last word at ' + word.top);
            }
            return alone;""";

    /**
     * Each footnote number of the text that begins a line: its number, its top and the top of the character
     * before it ("poniesie." then "6" alone at the next line's start).
     */
    static final String NUMBERS_STARTING_A_LINE = """
            const alone = [];
            for (const ref of document.querySelectorAll('[data-prose] sup > a.footnote-ref')) {
              const block = ref.closest('p, li, h2, h3, td, blockquote');
              let before = null;
              const walk = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
              for (let t = walk.nextNode(); t; t = walk.nextNode()) {
                if (ref.parentElement.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING) break;
                if (!t.parentElement.closest('sup') && t.data.trim()) before = t;
              }
              if (!before || /\s$/.test(before.data)) continue;
              const range = document.createRange();
              range.setStart(before, before.data.length - 1);
              range.setEnd(before, before.data.length);
              const word = range.getBoundingClientRect();
              range.selectNodeContents(ref);
              const number = range.getBoundingClientRect();
              if (number.top >= word.bottom) alone.push(ref.textContent + ' at ' + number.top + ' after "' + before.data.slice(-12) + '" at ' + word.top);
            }
            return alone;""";

    /**
     * Each footnote number of the text drawn apart from the word before it or the punctuation after it ("pieniężnym ¹ ."), or over
     * them: its number and the two gaps in CSS pixels (negative where they overlap), between the word's last character and the digit,
     * and between the digit and the full stop or comma.
     */
    private static final String NUMBERS_APART = """
            const apart = [];
            const rect = (node, from, to) => { const r = document.createRange(); r.setStart(node, from); r.setEnd(node, to); return r.getBoundingClientRect(); };
            for (const ref of document.querySelectorAll('[data-prose] sup > a.footnote-ref')) {
              const before = ref.parentElement.previousSibling, after = ref.parentElement.nextSibling;
              const digits = rect(ref.firstChild, 0, ref.firstChild.data.length);
              const gaps = [];
              if (before && before.nodeType === 3 && /\\S$/.test(before.data)) gaps.push(digits.left - rect(before, before.data.length - 1, before.data.length).right);
              if (after && after.nodeType === 3 && /^[.,;:]/.test(after.data)) gaps.push(rect(after, 0, 1).left - digits.right);
              if (gaps.some(g => Math.abs(g) > 3)) apart.push(ref.textContent + ': ' + gaps.map(g => g.toFixed(1)).join(', '));
            }
            return apart;""";

    @BeforeAll
    static void serve() throws Exception {
        browseShared(SharedPreviews.realProject());
    }

    @Test
    void aFootnoteNumberLeavesItsLineAsHighAsTheOthers() {
        for (int width : WIDTHS) {
            open(width);
            double lineHeight = ((Number) js("return parseFloat(getComputedStyle(document.querySelector('[data-prose] p')).lineHeight)"))
                    .doubleValue();
            List<?> gaps = (List<?>) js(LINE_GAPS);
            assertTrue(gaps.size() > 10, width + " px: the article's paragraphs with footnotes have lines");
            for (Object gap : gaps) {
                assertEquals(lineHeight, ((Number) gap).doubleValue(), 0.5, width + " px: lines " + lineHeight + " px apart, but " + gaps);
            }
        }
    }

    /**
     * A footnote number sits against the word it follows and the full stop or comma after it, as on paper: the finger-sized room round
     * it must not show as spaces ("pieniężnym ¹ . Taki"), now that the Polish places a number before the sentence's full stop.
     */
    @Test
    void aFootnoteNumberSitsAgainstItsWordAndThePunctuationAfterIt() throws IOException {
        List<String> apart = new ArrayList<>();
        for (int width : List.of(390, 1280)) {
            open(width);
            ((List<?>) js(NUMBERS_APART)).forEach(ref -> apart.add(width + " px: " + ref));
        }
        // On paper, where the number has no finger-sized room round it.
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            ((List<?>) js(NUMBERS_APART)).forEach(ref -> apart.add("print: " + ref));
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        assertEquals(List.of(), apart, "a footnote number drawn apart from its word or its punctuation (gaps in px)");
    }

    /** On a phone, as on a desktop, no footnote number of the text starts a line away from the word it belongs to. */
    @Test
    void aFootnoteNumberStaysOnTheLineOfItsWord() throws IOException {
        List<String> alone = new ArrayList<>();
        for (int width : WIDTHS) {
            open(width);
            ((List<?>) js(NUMBERS_STARTING_A_LINE)).forEach(ref -> alone.add(width + " px: " + ref));
            if (width == 390) {
                js("document.getElementById('fnref-6').scrollIntoView({block: 'center'})");
                screenshot("pl-article-fnref-6-390");
            }
        }
        assertEquals(List.of(), alone, "a footnote number at the start of a line");
    }

    @Test
    void aNotesBackLinkStaysOnTheLineOfItsLastWord() throws IOException {
        List<String> alone = new ArrayList<>();
        for (int width : WIDTHS) {
            open(width);
            ((List<?>) js(BACK_LINKS_ALONE)).forEach(note -> alone.add(width + " px, " + note));
            if (width == 390 || width == 1280) {
                screenshots(width);
            }
        }
        assertEquals(List.of(), alone, "a ↩ alone on its line");
    }

    /**
     * The "↩¹ ↩²" of a note cited twice keep their number in their names ("Wróć do odsyłacza 7, 1 z 2"), for voice
     * control users who say what they see (WCAG 2.5.3, Label in Name): axe's rule for it, which it leaves out by
     * default as experimental and Lighthouse runs, reads "(1 z 2)" in brackets as an aside, not part of the name.
     */
    @Test
    void aNotesBackLinksKeepTheirVisibleNumbersInTheirNames() {
        open(1280);
        List<Rule> violations = Accessibility.violations(new AxeBuilder().withOnlyRules(List.of("label-content-name-mismatch")), chrome);
        assertEquals(List.of(), violations.stream().flatMap(v -> v.getNodes().stream()).map(n -> n.getHtml()).toList());
        assertTrue(chrome.findElements(By.cssSelector("a.footnote-backref")).stream().anyMatch(a -> a.getText().equals("↩2")),
                "a note of the article is cited twice");
    }

    /**
     * A screen reader names a footnote number by its digits alone ("1, link"): Chromium must give each one the notes'
     * heading as its description, so that the reader hears where the link leads ("1, link, Przypisy"). In capitals or
     * not: Chromium hands on the heading's text as the style sheet shows it (PRZYPISY), which screen readers read as the word.
     */
    @Test
    void aFootnoteNumberIsDescribedAsAFootnote() {
        open(1280);
        Map<String, Object> document = chrome.executeCdpCommand("DOM.getDocument", Map.of("depth", 0));
        Object root = ((Map<?, ?>) document.get("root")).get("nodeId");
        List<?> refs = (List<?>) chrome.executeCdpCommand("DOM.querySelectorAll", Map.of("nodeId", root, "selector", "a.footnote-ref"))
                .get("nodeIds");
        assertTrue(refs.size() > 5, "the article cites its notes: " + refs.size());
        List<String> descriptions = new ArrayList<>();
        for (Object ref : refs) {
            Map<?, ?> node = (Map<?, ?>) ((List<?>) chrome.executeCdpCommand("Accessibility.getPartialAXTree",
                    Map.of("nodeId", ref, "fetchRelatives", false)).get("nodes")).get(0);
            Map<?, ?> description = (Map<?, ?>) node.get("description");
            descriptions.add(((Map<?, ?>) node.get("name")).get("value") + ": " + (description == null ? "" : description.get("value")));
        }
        assertEquals(List.of(), descriptions.stream().filter(d -> !d.matches("\\d+: (?i:Przypisy)")).toList());
    }

    /**
     * Back from a note with the keyboard ("↩", Enter), the reader's next Tab lands on the number they came from, which is
     * marked as the place returned to: its focus ring must show there as on the next number, not the mark's thin line
     * (WCAG 2.4.7, focus visible), light and dark.
     */
    @Test
    void aFootnoteNumberReturnedToShowsTheFocusRingWhenTabbedTo() throws IOException {
        for (String scheme : List.of("light", "dark")) {
            open(390);
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            try {
                js("document.querySelector('#fn-1 .footnote-backref').focus()");
                new Actions(chrome).sendKeys(Keys.ENTER).pause(200).sendKeys(Keys.TAB).perform();
                assertEquals("#fn-1", js("return document.activeElement.getAttribute('href')"), scheme + ": Tab after the way back");
                String returnedTo = (String) js(RING);
                screenshot("pl-article-fnref-1-returned-focused-390-" + scheme);
                new Actions(chrome).sendKeys(Keys.TAB).perform();
                assertEquals("#fn-2", js("return document.activeElement.getAttribute('href')"), scheme + ": the next number");
                assertEquals(js(RING), returnedTo, scheme + ": the focus ring of the number returned to");
            } finally {
                chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
            }
        }
    }

    /**
     * A jump to a note, or back to its number, must show the place whole with its mark (and the number's focus ring), not
     * cut by the window's top edge where the browser scrolls a target by default: how far above the window each one starts.
     */
    @Test
    void aNoteAndTheNumberReturnedToAreWholeInTheWindow() throws IOException {
        for (int width : List.of(390, 1280)) {
            open(width);
            js("document.querySelector('#fnref-1 .footnote-ref').focus()");
            new Actions(chrome).sendKeys(Keys.ENTER).pause(200).perform();
            double note = ((Number) js("const li = document.getElementById('fn-1');"
                    + " return li.getBoundingClientRect().top - parseFloat(getComputedStyle(li).outlineWidth)")).doubleValue();
            screenshot("pl-article-fn-1-jumped-to-" + width);
            new Actions(chrome).sendKeys(Keys.TAB).pause(100).sendKeys(Keys.ENTER).pause(200).sendKeys(Keys.TAB).perform();
            double number = ((Number) js("const a = document.activeElement, s = getComputedStyle(a);"
                    + " return a.getBoundingClientRect().top - parseFloat(s.outlineWidth) - parseFloat(s.outlineOffset)")).doubleValue();
            screenshot("pl-article-fnref-1-returned-to-" + width);
            assertEquals("0 0", (note < 0 ? (int) note : 0) + " " + (number < 0 ? (int) number : 0),
                    width + " px: pixels of note 1's mark, then of its number's focus ring, above the window");
        }
    }

    /** The focused element's outline as drawn: style, width and colour. */
    private static final String RING = "const s = getComputedStyle(document.activeElement);"
            + " return s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor;";

    /** The notes' heading, the notes round note 8 and a paragraph citing notes 1 to 3, light and dark, in target/screenshots. */
    private static void screenshots(int width) throws IOException {
        for (String place : List.of("footnotes-title", "fn-8", "fnref-1")) {
            js("document.getElementById('" + place + "').scrollIntoView({block: 'center'})");
            screenshot("pl-article-" + place + "-" + width);
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
            screenshot("pl-article-" + place + "-" + width + "-dark");
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }


    /**
     * The article at a window width, styled: once in a run of these tests the page came without its
     * style sheet (the preview's silent warm-up build running at the time, it seems), so a page
     * without the site's style is loaded again, at most twice.
     */
    private static void open(int width) {
        chrome.manage().window().setSize(new Dimension(width, 900));
        for (int attempt = 0; attempt < 3; attempt++) {
            chrome.get("about:blank");
            chrome.get(site.base() + PL);
            if ("flex".equals(js("return getComputedStyle(document.body).display"))) {
                return;
            }
        }
        throw new AssertionError(width + " px: the article has no style sheet");
    }

}
