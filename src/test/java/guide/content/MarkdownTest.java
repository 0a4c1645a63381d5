package guide.content;

import com.vladsch.flexmark.ast.Heading;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The guide's Markdown: CommonMark with {#id} on headings, tables, task lists and footnotes. */
class MarkdownTest {

    @Test
    void anIdAfterAHeadingIsItsAddress() {
        assertEquals("<h2 id=\"scope\">Zacznij od zakresu</h2>\n", Markdown.toHtml("## Zacznij od zakresu {#scope}"));
    }

    @Test
    void aHeadingWithoutAnIdNeverTakesOneAnEditorWrote() {
        assertEquals("<h2 id=\"summary-2\">Summary</h2>\n<h2 id=\"summary\">Wrap-up</h2>\n<h3 id=\"summary-3\">Summary</h3>\n",
                Markdown.toHtml("## Summary\n## Wrap-up {#summary}\n### Summary\n"));
        assertEquals("<h2 id=\"krok\">Krok</h2>\n<h2 id=\"krok-2\">Krok</h2>\n<h2>???</h2>\n",
                Markdown.toHtml("## Krok\n## Krok\n## ???\n"), "repeats are numbered from 2; a heading without letters or digits gets its id later");
    }

    @Test
    void oneLineBecomesInlineHtmlWithoutAParagraph() {
        assertEquals("<strong>Dwie</strong> faktury <a href=\"/pl/x/\">spóźnione</a>", Markdown.inlineToHtml("**Dwie** faktury [spóźnione](/pl/x/)"));
        assertEquals("<ul>\n<li>a</li>\n</ul>", Markdown.inlineToHtml("- a"), "what is not a paragraph stays as it is");
    }

    @Test
    void tablesAndFootnotesAreMarkdown() {
        String table = Markdown.toHtml("| a | b |\n|---|---|\n| 1 | 2 |\n");
        assertTrue(table.contains("<table>") && table.contains("<td>1</td>"), table);
        String footnote = Markdown.toHtml("Tekst[^basis].\n\n[^basis]: Art. 1.\n");
        assertTrue(footnote.contains("class=\"footnote-ref\""), footnote);
    }

    /** What a reader sees as written: code keeps its indentation and tabs, an HTML block its lines. */
    @Test
    void codeAndHtmlBlocksKeepTheirWhiteSpace() {
        assertEquals("<pre><code class=\"language-text\">  two spaces\n\ta tab\n    four\n</code></pre>\n",
                Markdown.toHtml("```text\n  two spaces\n\ta tab\n    four\n```\n"));
        assertEquals("<pre><code>indented\n  more\n</code></pre>\n", Markdown.toHtml("    indented\n      more\n"));
        assertEquals("<div>\n  <kbd>Ctrl</kbd>\n</div>\n", Markdown.toHtml("<div>\n  <kbd>Ctrl</kbd>\n</div>\n"));
        assertEquals("<p>Hard<br />\nbreak</p>\n", Markdown.toHtml("Hard  \nbreak\n"));
    }

    @Test
    void textShowsWhatTheEditorMeantAndStaysHtml() {
        assertEquals("<p>Zwykły tekst, bez znaków do zamiany.</p>\n", Markdown.toHtml("Zwykły tekst, bez znaków do zamiany."));
        assertEquals("<p>5 &lt; 6 &gt; 4, AT&amp;T, *nie kursywa*, &quot;cytat&quot;</p>\n",
                Markdown.toHtml("5 \\< 6 > 4, AT&T, \\*nie kursywa\\*, \"cytat\""), "escapes resolved, then escaped for HTML");
        assertEquals("<p>a\u00A0b © c</p>\n", Markdown.toHtml("a&nbsp;b &copy; c"), "entities become the characters they name");
        assertEquals("<p>Windows\nline ends</p>\n", Markdown.toHtml("Windows\r\nline ends\r\n"));
        assertEquals("<p>old Mac\nline ends</p>\n", Markdown.toHtml("old Mac\rline ends"));
    }

    @Test
    void eachCharacterThatNeedsEscapingIsEscapedWhereverItStands() {
        assertEquals("AT&amp;T", Markdown.inlineToHtml("AT&T"));
        assertEquals("&amp; więcej", Markdown.inlineToHtml("& więcej"));
        assertEquals("5 &lt; 6", Markdown.inlineToHtml("5 < 6"));
        assertEquals("&lt; 5 zł", Markdown.inlineToHtml("< 5 zł"));
        assertEquals("6 &gt; 5", Markdown.inlineToHtml("6 > 5"));
        assertEquals("<em>b</em>&gt; c", Markdown.inlineToHtml("*b*> c"));
        assertEquals("powiedz &quot;tak&quot;", Markdown.inlineToHtml("powiedz \"tak\""));
        assertEquals("&quot;tak&quot; mówi", Markdown.inlineToHtml("\"tak\" mówi"));
        assertEquals("*a*", Markdown.inlineToHtml("\\*a\\*"), "an escape at the start of the text");
    }

    @Test
    void javascriptLinksAreRenderedForTheAllowlistToName() {
        assertEquals("<a href=\"javascript:alert(1)\">x</a>", Markdown.inlineToHtml("[x](javascript:alert(1))"));
    }
    @Test
    void theSyntaxTreeIsTheSitesReadingOfTheText() {
        var first = Markdown.parse("## Zakres {#scope}\n\nTekst.\n").getFirstChild();
        assertEquals(Heading.class, first.getClass());
        assertEquals(2, ((Heading) first).getLevel());
    }
}
