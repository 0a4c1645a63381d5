package guide.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The allowlist for HTML in content (issue 11): what editors need passes; what could run script,
 * submit a form, load another page or restyle the site is named, SVG and MathML tricks included.
 */
class ContentHtmlTest {
    // The advice each refused kind gets, as an editor reads it after the refusal (ContentChecksTest expects the same).
    static final String CODE = ": remove it; content cannot run code (a page's script is a file of assets/js/ that a template adds: see the README's \"For designers\")";
    static final String STYLE = ": remove it; content cannot restyle the site (style sheets are files of assets/css/: see the README's \"For designers\")";
    static final String EMBEDDED = ": link to what it shows instead, as [what it is](https://…)";
    static final String FORM = ": content cannot hold a form; link to the page that has it instead";
    static final String DRAWING = ": save the drawing as a file in content/images/ (name.svg) and show it as ![what it shows](/images/name.svg): see the README's \"Images\"";
    static final String CLASS = ": remove it; how text looks is the site's style sheet's job: for emphasis write **bold** or *italics*, and a new look is a class a template gives (see the README's \"For designers\")";
    static final String ID = ": remove it; only a heading may have an id in content, written last on its line after a space: ## Title {#id}";
    static final String TEXT_ALIGN_ONLY = ": only text-align may be set, on <p>, <div> and table cells (a Markdown table's column is aligned by its |:---:| row); remove the rest, as content cannot restyle the site (style sheets are files of assets/css/: see the README's \"For designers\")";
    static final String HIDDEN = ": remove it; what readers do not see does not belong in content: a note for other editors is an HTML comment (<!-- … -->), which the build leaves out of the page, and text readers open themselves goes in <details><summary>…</summary>…</details>";
    static final String QUIZ = ": points= and decides= count only in a quiz (a page with type=quiz), on its statements and results: see the README's \"The quiz\"; remove it here";
    static final String OTHER = ": write it in Markdown, or with the HTML the README lists under \"Add an article\" (text markup such as <kbd> and <abbr>, lists, tables, <details>, <figure>, <div>, <span>)";

    private static Document page(String content) {
        return Jsoup.parse("<html><body><header><script src=/js/site.js></script></header><main><div data-content>" + content
                + "</div></main></body></html>", "https://example.org/pl/a/");
    }

    private static List<String> findings(String content) {
        return ContentHtml.check(page(content)).stream().map(ContentHtml.Finding::message).toList();
    }

    @Test
    void whatEditorsNeedPasses() {
        assertEquals(List.of(), findings("""
                <h2 id="scope">Zakres</h2><h3 id="a">A</h3><h4>B</h4><h5>C</h5><h6>D</h6>
                <p style="text-align: center;">Wyśrodkowany</p><div style="TEXT-ALIGN:right">prawo</div>
                <p>Naciśnij <kbd>Ctrl</kbd>+<kbd>C</kbd>, <abbr title="Value Added Tax">VAT</abbr>, <mark>ważne</mark>, <q cite="https://ex.org/">cytat</q>.</p>
                <table><caption>Stawki</caption><colgroup><col span="2"></colgroup><thead><tr><th scope="col" align="left">A</th></tr></thead>
                <tbody><tr><td colspan="2" rowspan="1" style="text-align:left">1</td></tr></tbody><tfoot><tr><td>2</td></tr></tfoot></table>
                <img src="/img/a.png" alt="Wykres" width="300" height="200"><img src="https://cdn.example.org/b.png" alt="B">
                <a href="/pl/b/">link</a> <a href="#scope">kotwica</a> <a href="mailto:redakcja@example.org" title="e-mail">mail</a>
                <a href="https://example.com/" rel="nofollow">zewnętrzny</a> <a href="b/">względny</a>
                <sup id="fnref-1"><a class="footnote-ref" href="#fn-1">1</a></sup>
                <div class="footnotes"><ol start="1"><li id="fn-1">Art. 1 <a class="footnote-backref" href="#fnref-1">↩</a></li></ol></div>
                <ul><li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" disabled checked> zrobione</li></ul>
                <pre><code class="language-java">int a;</code></pre><code class="language-c++">x</code>
                <details open><summary>Więcej</summary><p>Tekst</p></details><time datetime="2026-11-20">20 listopada</time>
                <blockquote cite="https://example.org/"><p>cytat</p></blockquote><figure><figcaption>Podpis</figcaption></figure>
                <dl><dt>a</dt><dd>b</dd></dl><b>b</b><i>i</i><s>s</s><u>u</u><small>m</small><sub>2</sub><del>d</del><ins>n</ins><cite>c</cite><br><hr>
                <em>e</em><strong>s</strong><span>s</span><ol reversed type="a"><li>x</li></ol>
                """));
    }

    @Test
    void elementsThatRunScriptEmbedOrSubmitAreNamedWithoutTheirContents() {
        assertEquals(List.of(
                "unsafe HTML: <script> element is not allowed in content" + CODE,
                "unsafe HTML: <iframe> element is not allowed in content" + EMBEDDED,
                "unsafe HTML: <style> element is not allowed in content" + STYLE,
                "unsafe HTML: <form> element is not allowed in content" + FORM,
                "unsafe HTML: <object> element is not allowed in content" + EMBEDDED), findings("""
                <script>alert(1)</script><iframe src="https://video.example/"></iframe><style>body{display:none}</style>
                <form action="https://evil.example/"><input type="text" onfocus="x()"></form><object data="/a.swf"></object>
                """));
    }

    @Test
    void svgMathMlAndFormAttributesThatABlocklistMissedAreRefused() {
        assertEquals(List.of("unsafe HTML: <svg> element is not allowed in content" + DRAWING),
                findings("<svg><a><animate attributeName=\"href\" values=\"javascript:alert(1)\"/><text y=\"20\">click</text></a></svg>"));
        assertEquals(List.of("unsafe HTML: <button> element is not allowed in content" + FORM),
                findings("<button formaction=\"https://evil.example/\">Send</button>"));
        assertEquals(List.of("unsafe HTML: <math> element is not allowed in content" + OTHER),
                findings("<math><maction actiontype=\"statusline\" xlink:href=\"javascript:alert(1)\">x</maction></math>"));
        assertEquals(List.of("unsafe HTML: formaction attribute on <input> is not allowed in content" + FORM),
                findings("<input type=\"checkbox\" formaction=\"https://evil.example/\">"));
    }

    @Test
    void dangerousAddressesAreNamedByTheirScheme() {
        assertEquals(List.of(
                "unsafe HTML: javascript: URL in href of <a>",
                "unsafe HTML: javascript: URL in href of <a>",
                "unsafe HTML: data: URL in src of <img>",
                "unsafe HTML: vbscript: URL in cite of <blockquote>",
                "unsafe HTML: ftp: URL in href of <a>"), findings("""
                <a href="javascript:alert(1)">a</a><a href=" jav&#x61;script:alert(1)">b</a>
                <img src="data:image/png;base64,AAAA" alt="c"><blockquote cite="vbscript:x">d</blockquote><a href="ftp://example.org/f">e</a>
                """));
    }

    @Test
    void aSchemeSplitByATabOrLineBreakIsNamedAsTheBrowserReadsIt() {
        assertEquals(List.of(
                "unsafe HTML: javascript: URL in href of <a>",
                "unsafe HTML: javascript: URL in href of <a>",
                "unsafe HTML: data: URL in src of <img>"), findings("""
                <a href="java&#x09;script:alert(1)">a</a><a href="&#x01;java&#x0A;script:alert(1)">b</a><img src="da&#x0D;ta:image/png;base64,AA" alt="c">
                """));
    }

    @Test
    void addressesOfAnotherHostWithoutAScheme() {
        assertEquals(List.of(
                "unsafe HTML: protocol-relative URL in href of <a> (start it with https:, or with one / for the site)",
                "unsafe HTML: protocol-relative URL in href of <a> (start it with https:, or with one / for the site)",
                "unsafe HTML: protocol-relative URL in href of <a> (start it with https:, or with one / for the site)",
                "unsafe HTML: protocol-relative URL in src of <img> (start it with https:, or with one / for the site)",
                "unsafe HTML: protocol-relative URL in cite of <q> (start it with https:, or with one / for the site)",
                "unsafe HTML: protocol-relative URL in cite of <blockquote> (start it with https:, or with one / for the site)"),
                findings("""
                <a href="//evil.example/">a</a><a href=" /\\evil.example/">b</a><a href="/&#x09;/evil.example/">c</a>
                <img src="//evil.example/a.png" alt="d"><q cite="\\\\evil.example/">e</q><blockquote cite="//evil.example/">f</blockquote>
                """));
        assertEquals(List.of(), findings("<a href=\"/pl/b/\">g</a><a href=\"./b/\">h</a><img src=\"/images/a.png\" alt=\"i\"><a href=\"#x\">j</a>"));
    }

    @Test
    void attributesOutsideTheAllowlistAreNamed() {
        assertEquals(List.of(
                "unsafe HTML: onclick attribute on <a> is not allowed in content" + CODE,
                "unsafe HTML: style attribute with 'color:red' on <p> is not allowed in content" + TEXT_ALIGN_ONLY,
                "unsafe HTML: style attribute with 'text-align: center; color: red' on <p> is not allowed in content" + TEXT_ALIGN_ONLY,
                "unsafe HTML: class attribute on <p> is not allowed in content" + CLASS,
                "unsafe HTML: class attribute on <a> is not allowed in content" + CLASS,
                "unsafe HTML: type attribute on <input> is not allowed in content" + FORM,
                "unsafe HTML: id attribute on <p> is not allowed in content" + ID), findings("""
                <a href="/" onclick="steal()">a</a><p style="color:red">b</p><p style="text-align: center; color: red">c</p>
                <p class="big">d</p><a class="footnote-ref button" href="#x">e</a><input type="text"><p id="top">f</p>
                """));
    }

    @Test
    void aLevelOneHeadingIsASecondTitle() {
        assertEquals(List.of("a # heading makes a second h1 (the title is the page's only h1): use ## for sections"), findings("<h1>Again</h1>"));
    }

    @Test
    void onlyContentIsCheckedAndItsMarkersAreRemoved() {
        Document doc = page("<p>text</p>");
        assertEquals(List.of(), ContentHtml.check(doc), "the template's own script is not content");
        assertTrue(doc.select("[" + ContentHtml.MARKER + "]").isEmpty());
        assertFalse(doc.select("header script").isEmpty());
    }

    @Test
    void commentsInContentAreRemovedAndTheTemplatesKept() {
        Document doc = Jsoup.parse("<html><body><header><!-- template --></header><main><div data-content><p>a<!-- <script>alert(1)</script> --></p>"
                + "<!-- editor's note --></div></main></body></html>", "https://example.org/pl/a/");
        assertEquals(List.of(), ContentHtml.check(doc));
        assertFalse(doc.outerHtml().contains("alert"), doc.outerHtml());
        assertFalse(doc.outerHtml().contains("editor's note"), doc.outerHtml());
        assertTrue(doc.outerHtml().contains("<!-- template -->"));
    }

    @Test
    void eachFindingNamesTheElementAndAttribute() {
        assertEquals(List.of(new ContentHtml.Finding("a", "onclick", "x()"), new ContentHtml.Finding("script", null, null)),
                ContentHtml.check(page("<p><a href=\"/\" onclick=\"x()\">a</a></p><script>y()</script>")));
    }

    /** Each refusal goes on to say what to do instead, for its kind: the editor need not know what an allowlist is. */
    @Test
    void eachRefusalSaysWhatToDoInstead() {
        List<String> said = findings("""
                <script>x()</script><p onmouseover="x()">a</p><style>p{}</style><svg viewBox="0 0 1 1"><rect/></svg>
                <iframe src="https://video.example/"></iframe><embed src="/a.swf"><form><input type="text"></form><marquee>b</marquee>
                """);
        assertEquals(8, said.size(), said.toString());
        assertTrue(said.get(0).endsWith("<script> element is not allowed in content: remove it; content cannot run code (a page's script is a"
                + " file of assets/js/ that a template adds: see the README's \"For designers\")"), said.get(0));
        assertTrue(said.get(1).endsWith("onmouseover attribute on <p> is not allowed in content: remove it; content cannot run code (a page's"
                + " script is a file of assets/js/ that a template adds: see the README's \"For designers\")"), said.get(1));
        assertTrue(said.get(2).contains(": remove it; content cannot restyle the site (style sheets are files of assets/css/"), said.get(2));
        assertTrue(said.get(3).endsWith(": save the drawing as a file in content/images/ (name.svg) and show it as ![what it shows](/images/name.svg):"
                + " see the README's \"Images\""), said.get(3));
        assertTrue(said.get(4).endsWith("<iframe> element is not allowed in content: link to what it shows instead, as [what it is](https://…)"), said.get(4));
        assertTrue(said.get(5).startsWith("unsafe HTML: <embed> element is not allowed in content: link to what it shows instead"), said.get(5));
        assertEquals("unsafe HTML: <form> element is not allowed in content: content cannot hold a form; link to the page that has it instead",
                said.get(6));
        assertTrue(said.get(7).startsWith("unsafe HTML: <marquee> element is not allowed in content: write it in Markdown, or with the HTML"
                + " the README lists under \"Add an article\" (text markup such as <kbd>"), said.get(7));
    }

    /** Each refused attribute says what to do instead, by its kind, as the elements do. */
    @Test
    void eachRefusedAttributeSaysWhatToDoInstead() {
        assertEquals(List.of(
                "unsafe HTML: class attribute on <span> is not allowed in content: remove it; how text looks is the site's style sheet's"
                        + " job: for emphasis write **bold** or *italics*, and a new look is a class a template gives (see the README's"
                        + " \"For designers\")",
                "unsafe HTML: id attribute on <p> is not allowed in content: remove it; only a heading may have an id in content,"
                        + " written last on its line after a space: ## Title {#id}",
                "unsafe HTML: hidden attribute on <p> is not allowed in content: remove it; what readers do not see does not belong in"
                        + " content: a note for other editors is an HTML comment (<!-- … -->), which the build leaves out of the page, and"
                        + " text readers open themselves goes in <details><summary>…</summary>…</details>",
                "unsafe HTML: style attribute with 'text-align: center' on <span> is not allowed in content: only text-align may be set,"
                        + " on <p>, <div> and table cells (a Markdown table's column is aligned by its |:---:| row); remove the rest, as"
                        + " content cannot restyle the site (style sheets are files of assets/css/: see the README's \"For designers\")",
                "unsafe HTML: align attribute on <p> is not allowed in content: write style=\"text-align: …\" instead (on <p>, <div>"
                        + " and table cells)",
                "unsafe HTML: points attribute on <p> is not allowed in content: points= and decides= count only in a quiz (a page"
                        + " with type=quiz), on its statements and results: see the README's \"The quiz\"; remove it here",
                "unsafe HTML: data-note attribute on <p> is not allowed in content: remove it; the README lists the HTML content may"
                        + " use under \"Add an article\"",
                "unsafe HTML: align attribute on <img> is not allowed in content: remove it; the README lists the HTML content may"
                        + " use under \"Add an article\""), findings("""
                <p>A <span class="warning">b</span></p><p id="top">c</p><p hidden>d</p><p><span style="text-align: center">e</span></p>
                <p align="center">f</p><p points="9">g</p><p data-note="x">h</p><img src="/a.png" alt="i" align="left">
                """));
    }
}
