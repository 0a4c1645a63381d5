package guide.check;

import guide.site.CliBuild;
import guide.site.BreakableSite;
import guide.site.SiteSnapshot;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checks on what content and templates may contain (unsafe HTML, links across languages, UI
 * strings) and on the output folder (recovery after a killed build, reproducible output), each in a
 * copy of the real project: a bad input makes {@code ./guide build} exit 1 with its file and line,
 * and leaves the previously built site exactly as it was.
 */
class ContentChecksTest extends BreakableSite {
    private static final String CODE = ContentHtmlTest.CODE;
    private static final String STYLE = ContentHtmlTest.STYLE;
    private static final String EMBEDDED = ContentHtmlTest.EMBEDDED;
    private static final String FORM = ContentHtmlTest.FORM;
    private static final String DRAWING = ContentHtmlTest.DRAWING;
    private static final String OTHER = ContentHtmlTest.OTHER;

    private static final String ABOUT = "content/en/about.md";

    @Test
    void scriptElementIsRejected() throws IOException {
        append(ABOUT, "<script>alert(1)</script>");
        assertFails(ABOUT + ":" + lineOf(ABOUT, "<script>") + ": unsafe HTML: <script> element is not allowed in content" + CODE);
    }

    @Test
    void iframeElementIsRejected() throws IOException {
        append(ABOUT, "Watch this: <iframe src=\"https://video.example/embed/1\"></iframe>");
        assertFails(ABOUT + ":" + lineOf(ABOUT, "<iframe") + ": unsafe HTML: <iframe> element is not allowed in content" + EMBEDDED);
    }

    @Test
    void objectElementIsRejected() throws IOException {
        append(ABOUT, "<object data=\"/movie.swf\" type=\"application/x-shockwave-flash\"></object>");
        assertFails(ABOUT + ":" + lineOf(ABOUT, "<object") + ": unsafe HTML: <object> element is not allowed in content" + EMBEDDED);
    }

    @Test
    void eventHandlerAttributeIsRejected() throws IOException {
        append(ABOUT, "Go <a href=\"/en/\" onclick=\"steal(document.cookie)\">home</a>.");
        assertFails(ABOUT + ":" + lineOf(ABOUT, "onclick=") + ": unsafe HTML: onclick attribute on <a> is not allowed in content" + CODE);
    }

    @Test
    void javascriptMarkdownLinkIsRejected() throws IOException {
        append(ABOUT, "Read [the terms](javascript:alert(1)) first.");
        assertFails(ABOUT + ":" + lineOf(ABOUT, "javascript:alert(1)") + ": unsafe HTML: javascript: URL in href of <a>");
    }

    @Test
    void entityEncodedJavascriptUrlIsRejected() throws IOException {
        append(ABOUT, "Read <a href=\" jav&#x61;script:alert(1)\">the terms</a> first.");
        assertFails(ABOUT + ":" + lineOf(ABOUT, "jav&#x61;script:") + ": unsafe HTML: javascript: URL in href of <a>");
    }

    @Test
    void aJavascriptUrlSplitByAnEncodedTabIsNamedByItsSchemeAtItsLine() throws IOException {
        String pl = "content/pl/o-przewodniku.md";
        append(pl, "Kliknij [klik](java&#x09;script:alert(1)).");
        assertFails(pl + ":" + lineOf(pl, "java&#x09;script") + ": unsafe HTML: javascript: URL in href of <a>");
    }

    @Test
    void protocolRelativeLinksAndImagesAreRejectedAtTheirLines() throws IOException {
        append(ABOUT, "See [y](//evil.example/z).\n\nOr <a href=\"//evil.example/\">x</a>.\n\n<img src=\"//evil.example/a.png\" alt=\"a\">");
        String fix = " (start it with https:, or with one / for the site)";
        CliBuild result = assertFails(ABOUT + ":" + lineOf(ABOUT, "(//evil.example/z)") + ": unsafe HTML: protocol-relative URL in href of <a>" + fix);
        assertTrue(result.err().lines().anyMatch((ABOUT + ":" + lineOf(ABOUT, "<a href=\"//") + ": unsafe HTML: protocol-relative URL in href of <a>" + fix)::equals),
                result.err());
        assertTrue(result.err().lines().anyMatch((ABOUT + ":" + lineOf(ABOUT, "<img src=\"//") + ": unsafe HTML: protocol-relative URL in src of <img>" + fix)::equals),
                result.err());
    }

    @Test
    void dataUrlLinkIsRejected() throws IOException {
        append(ABOUT, "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">a surprise</a>");
        assertFails(ABOUT + ":" + lineOf(ABOUT, "data:text/html") + ": unsafe HTML: data: URL in href of <a>");
    }

    @Test
    void imageWithErrorHandlerIsRejected() throws IOException {
        append(ABOUT, "A picture: <img src=x onerror=alert(1) alt=\"\">");
        assertFails(ABOUT + ":" + lineOf(ABOUT, "onerror=") + ": unsafe HTML: onerror attribute on <img> is not allowed in content" + CODE);
    }

    @Test
    void styleElementIsRejected() throws IOException {
        append(ABOUT, "<style>body { display: none }</style>");
        assertFails(ABOUT + ":" + lineOf(ABOUT, "<style>") + ": unsafe HTML: <style> element is not allowed in content" + STYLE);
    }

    @Test
    void styleAttributeWithLayoutPropertyIsRejected() throws IOException {
        append(ABOUT, "<p style=\"position:fixed; top:0\">Subscribe now!</p>");
        assertFails(ABOUT + ":" + lineOf(ABOUT, "position:fixed") + ": unsafe HTML: style attribute with 'position:fixed; top:0' on <p> is not allowed in content"
                + ContentHtmlTest.TEXT_ALIGN_ONLY);
    }

    @Test
    void svgThatAnimatesALinkIntoScriptIsRejected() throws IOException {
        append(ABOUT, "<svg><a><animate attributeName=\"href\" values=\"javascript:alert(1)\"/><text x=\"20\" y=\"20\">Click</text></a></svg>");
        assertFails(ABOUT + ":" + lineOf(ABOUT, "<svg>") + ": unsafe HTML: <svg> element is not allowed in content" + DRAWING);
    }

    @Test
    void mathMlIsRejected() throws IOException {
        append(ABOUT, "<math><maction actiontype=\"statusline\" xlink:href=\"javascript:alert(1)\">CLICK<mtext>x</mtext></maction></math>");
        assertFails(ABOUT + ":" + lineOf(ABOUT, "<math>") + ": unsafe HTML: <math> element is not allowed in content" + OTHER);
    }

    @Test
    void aButtonThatSubmitsElsewhereIsRejected() throws IOException {
        append(ABOUT, "<button formaction=\"https://evil.example/steal\">Continue</button>");
        assertFails(ABOUT + ":" + lineOf(ABOUT, "<button") + ": unsafe HTML: <button> element is not allowed in content" + FORM);
    }

    @Test
    void anAttributeAddedWithMarkdownAttributesIsCheckedToo() throws IOException {
        append(ABOUT, "## Read this {#read onmouseover=alert(1)}");
        assertFails(ABOUT + ":" + lineOf(ABOUT, "onmouseover") + ": unsafe HTML: onmouseover attribute on <h2> is not allowed in content" + CODE);
    }

    @Test
    void whatEditorsNeedIsAllowed() throws IOException {
        append(ABOUT, """
                ## Keys and tables {#keys}

                Press <kbd>Ctrl</kbd>+<kbd>S</kbd> to save the <abbr title="Krajowy System e-Faktur">KSeF</abbr> invoice.[^ksef]

                | Field | Example |
                |:--|--:|
                | Due | 14 days |

                ![A chart of payments](/favicon.svg)

                - [ ] a task

                [^ksef]: The national e-invoicing system.
                """);
        CliBuild result = CliBuild.run(project);
        assertEquals(0, result.exitCode(), result.err());
        String page = Files.readString(good.site().resolve("en/about/index.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("<kbd>Ctrl</kbd>") && page.contains("<abbr title=\"Krajowy System e-Faktur\">KSeF</abbr>")
                && page.contains("<h2 id=\"keys\">") && page.contains("class=\"footnote-ref\""), page);
    }

    @Test
    void anEditorsHtmlCommentDoesNotReachThePage() throws IOException {
        append(ABOUT, "Thank you.\n\n<!-- <script>alert(1)</script> -->\n\nBye <!-- TODO: ask the lawyer --> now.");
        CliBuild result = CliBuild.run(project);
        assertEquals(0, result.exitCode(), result.err());
        String page = Files.readString(good.site().resolve("en/about/index.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("Thank you.") && page.contains("Bye  now."), page);
        assertFalse(page.contains("alert(1)") || page.contains("ask the lawyer"), page);
    }

    @Test
    void centredParagraphIsAccepted() throws IOException {
        append(ABOUT, "<p style=\"text-align:center\">Thank you for reading.</p>");
        CliBuild result = CliBuild.run(project);
        assertEquals(0, result.exitCode(), result.err());
        String page = Files.readString(good.site().resolve("en/about/index.html"), StandardCharsets.UTF_8);
        // As a class of the stylesheet: the site's CSP would block the style attribute (TextAlignmentBrowserTest).
        assertTrue(page.contains("<p class=\"align-center\">Thank you for reading.</p>"), page);
    }

    @Test
    void linkToTheOtherLanguageWhenATranslationExistsIsRejected() throws IOException {
        String pl = "content/pl/o-przewodniku.md";
        append(pl, "Zobacz też [tekst o fakturach](/en/how-to-send-an-invoice/#when-to-send).");
        assertFails(pl + ":" + lineOf(pl, "/en/how-to-send-an-invoice/")
                + ": links to the English page /en/how-to-send-an-invoice/#when-to-send although a Polish version exists:"
                + " /pl/jak-wystawic-fakture/#when-to-send");
    }

    @Test
    void templateUsingAnUndefinedUiStringIsRejected() throws IOException {
        String toc = "templates/partials/toc.ftl";
        String quickLinks = "templates/partials/quick-links.ftl";
        edit(toc, s -> s.replace("${ui.toc}", "${ui.tableOfContent}"));
        edit(quickLinks, s -> s.replace("${ui.quickLinks}", "${ui[\"quickLinkz\"]}"));
        CliBuild result = assertFails(toc + ":" + lineOf(toc, "tableOfContent") + ": UI string 'tableOfContent' is not defined in templates/i18n/*.yaml");
        String bracketed = quickLinks + ":" + lineOf(quickLinks, "quickLinkz") + ": UI string 'quickLinkz' is not defined in templates/i18n/*.yaml";
        assertTrue(result.err().lines().anyMatch(bracketed::equals), () -> "expected\n  " + bracketed + "\nin\n" + result.err());
    }

    @Test
    void linkInTheFrameToADraftIsNamedOnceAtItsUiString() throws IOException {
        // The about page goes back to draft; every English page's header and footer still link to it.
        edit(ABOUT, s -> s.replace("status=published", "status=draft"));
        String strings = "templates/i18n/en.yaml";
        CliBuild result = assertFails(strings + ":" + lineOf(strings, "aboutUrl:") + ": broken link (no such page or file): /en/about/ (on "
                + englishPages() + " pages)");
        assertEquals(1, result.err().lines().filter(l -> l.contains("broken link")).count(), "named once, not on every page: " + result.err());
        assertEquals(List.of(strings + ":" + lineOf(strings, "aboutUrl:") + ": broken link (no such page or file): /en/about/ (on " + englishPages() + " pages)",
                        "Also 1 warning (warnings alone do not stop a build):", "    content/en/about.md: draft, not published"),
                result.err().lines().limit(3).toList(), "that problem, then the draft that explains it, nothing else: " + result.err());
        assertEquals(4, result.err().lines().count(), "and the summary line: " + result.err());
    }

    @Test
    void aPolishLegalStatementWithoutAFootnoteIsRejectedAtItsLine() throws IOException {
        String about = "content/pl/o-przewodniku.md";
        edit(about, s -> s.replace("~~~~~~", "legalStatus=2026-11-30\n~~~~~~"));
        append(about, "Za zwłokę w płatności **należą się** odsetki.\n\nKarę umowną można zastrzec tylko przy zobowiązaniu niepieniężnym.");
        assertFails(about + ":" + lineOf(about, "Karę umowną") + ": a legal statement without its basis (\"Karę umowną można zastrzec tylko\"):"
                + " cite the act and article in a footnote, e.g. [^basis] after the sentence and a line \"[^basis]: Art. … ustawy …\" below the text");
    }

    @Test
    void aPageThatCitesTheLawMustSayTheDateOfItsLegalStatus() throws IOException {
        String about = "content/pl/o-przewodniku.md";
        append(about, "Karę umowną można zastrzec tylko przy zobowiązaniu niepieniężnym.[^kara]\n\n[^kara]: Art. 483 § 1 k.c.");
        assertFails(about + ":1: the page states the law (\"Karę umowną można zastrzec tylko\") but gives no date of its legal status:"
                + " add legalStatus=yyyy-MM-dd to the header");
    }

    @Test
    void aLanguageWithoutAHomePageSaysWhichFileToAdd() throws IOException {
        Files.delete(project.resolve("content/en/index.md"));
        CliBuild result = assertFails("content/en: no home page for 'en' (in site.languages): add content/en/index.md with type=home"
                + " and status=published (copy another language's index.md and translate it)");
        assertEquals(2, result.err().lines().count(), "that problem and the summary line, not a broken link on every page: " + result.err());
    }

    /** The English pages of the first build but the about page. */
    private long englishPages() {
        return good.before().keySet().stream().filter(f -> f.startsWith("en/") && f.endsWith(".html") && !f.startsWith("en/about/")).count();
    }

    @Test
    void buildKilledBetweenTheRenamesIsRecoveredAndItsWorkingFolderRemoved() throws IOException {
        Path target = project.resolve("target");
        Files.move(good.site(), target.resolve(".site-previous"));
        Files.createDirectories(target.resolve(".site-build-123/source/content"));
        Files.writeString(target.resolve(".site-build-123/source/content/half.md"), "half-written", StandardCharsets.UTF_8);

        CliBuild result = CliBuild.run(project);

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(List.of("site"), entries(target).stream().filter(name -> !SiteSnapshot.isBookkeeping(name)).toList(), "only the site is left in target/");
        assertEquals(good.before(), SiteSnapshot.of(good.site()));
    }

    @Test
    void buildKilledBetweenTheRenamesIsRecoveredEvenWhenTheNextBuildFails() throws IOException {
        Path target = project.resolve("target");
        Files.move(good.site(), target.resolve(".site-previous"));
        Files.createDirectories(target.resolve(".site-build-123"));
        append(ABOUT, "<script>alert(1)</script>");
        assertFails(ABOUT + ":" + lineOf(ABOUT, "<script>") + ": unsafe HTML: <script> element is not allowed in content" + CODE);
    }

    @Test
    void twoBuildsOfTheSameSourcesAreByteIdentical() throws IOException {
        Path first = project.resolve("out/first");
        Path second = project.resolve("out/second");
        CliBuild one = CliBuild.run(project, "--output", first.toString());
        CliBuild two = CliBuild.run(project, "--output", second.toString());
        assertEquals(0, one.exitCode(), one.err());
        assertEquals(0, two.exitCode(), two.err());
        Map<String, String> firstFiles = SiteSnapshot.of(first);
        assertFalse(firstFiles.isEmpty());
        assertEquals(firstFiles, SiteSnapshot.of(second));
        assertEquals(good.before(), firstFiles, "the output must not depend on the output folder either");
    }

    /** A failed build with exactly the line {@code expectedLine}: these checks' messages are whole. */
    @Override
    protected CliBuild assertFails(String expectedLine) throws IOException {
        CliBuild result = failedBuild();
        assertTrue(result.err().lines().anyMatch(expectedLine::equals), () -> "expected the line\n  " + expectedLine + "\nin\n" + result.err());
        return result;
    }

    private static List<String> entries(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void append(String file, String markdown) throws IOException {
        edit(file, s -> s + "\n" + markdown + "\n");
    }
}
