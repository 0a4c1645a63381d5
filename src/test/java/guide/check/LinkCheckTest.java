package guide.check;

import guide.site.Problem;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every internal link, anchor, image, stylesheet and script must resolve, and images need alt text. */
class LinkCheckTest {
    private static final String ABOUT = """
            <html lang="pl"><head><link rel="canonical" href="https://example.org/pl/o-nas/"></head><body id="top">
            <main data-prose><h2 id="kontakt">Kontakt</h2><h2 id="kontakty">Kontakty</h2><h3 id="zespol">Zespół</h3>
            <h4 id="historia-firmy">Historia</h4></main></body></html>
            """;
    private static final String HOME = """
            <html lang="pl"><head>
            <link rel="stylesheet" href="/css/site.css?v=2"><link rel="icon" href="/favicon.ico"><link rel="preconnect" href="/nowhere/">
            <script src="/js/missing.js"></script></head><body>
            <main data-prose><h2 id="start">Start</h2>
            <a href="/pl/o-nas/">ok</a> <a href="o-nas/">relative</a> <a href="https://example.org/pl/o-nas/#kontakt">own absolute</a>
            <a href="/pl/brak/">broken</a>
            <a href="/pl/o-nas/#kontak">broken anchor</a>
            <a href="#start">self</a> <a href="#nope">self broken</a> <a href="/pl/o-nas/#">empty fragment</a> <a href="/css/site.css#x">file</a>
            <a href="https://other.example/">external</a> <a href="mailto:a@example.org">mail</a> <a href="//cdn.example/x">protocol-relative</a>
            <a href="/pl/../../etc/passwd">escape</a>
            <img src="/img/a.png" alt="A"><img src="/img/deco.png" alt="" role="presentation">
            <img src="/img/b.png">
            <img src="/img/c.png" alt=" ">
            </main></body></html>
            """;

    @TempDir
    Path project;

    private final SitePages pages = new SitePages().page("pl/o-nas/index.html", ABOUT).page("pl/index.html", HOME)
            .files("css/site.css", "favicon.ico", "img/a.png", "img/b.png", "img/c.png", "img/deco.png");
    private final LinkCheck check = new LinkCheck(SitePages.SITE,
            page -> page.equals("pl/o-nas/index.html") ? Optional.of(Path.of("content/pl/o-nas.md")) : Optional.empty(), url -> Optional.empty());

    private List<String> problems(String page) {
        List<Problem> problems = new ArrayList<>();
        check.checkPage(pages.site(), page, pages.parsed(page), SitePages.builtPagesOnly(project), problems);
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void brokenLinksAnchorsAndImagesWithoutAltTextAreNamedAtTheirLine() {
        assertEquals(List.of(
                "target/site/pl/index.html:3: broken link (no such page or file): /js/missing.js",
                "target/site/pl/index.html:6: broken link (no such page or file): /pl/brak/",
                "target/site/pl/index.html:7: broken anchor #kontak: content/pl/o-nas.md has no such id (nearest: #kontakt, #kontakty, #zespol):"
                        + " /pl/o-nas/#kontak",
                "target/site/pl/index.html:8: broken anchor #nope: pl/index.html has no such id (nearest: #start): #nope",
                "target/site/pl/index.html:10: broken link (no such page or file): /pl/../../etc/passwd",
                "target/site/pl/index.html:12: image has no alt text: /img/b.png: add alt=\"what it shows\" to the <img> tag (alt=\"\" role=\"presentation\" if it only decorates)",
                "target/site/pl/index.html:13: image has no alt text: /img/c.png: add alt=\"what it shows\" to the <img> tag (alt=\"\" role=\"presentation\" if it only decorates)"), problems("pl/index.html"));
    }

    /** A typo in a page's address is the likeliest broken link: the page meant is offered, from the same language only, never its home page. */
    @Test
    void aLinkATypoAwayFromAPageSaysWhichPageItMeant() {
        SitePages typos = new SitePages().page("pl/o-nas/index.html", ABOUT).page("pl/index.html", ABOUT).page("en/about/index.html", ABOUT)
                .page("pl/t/index.html", "<html><body>\n<a href=\"/pl/o-nsa/\">a</a>\n<a href=\"/en/o-nas/\">b</a>\n<a href=\"/pl/x/\">c</a>\n</body></html>");
        List<Problem> problems = new ArrayList<>();
        check.checkPage(typos.site(), "pl/t/index.html", typos.parsed("pl/t/index.html"), SitePages.builtPagesOnly(project), problems);
        assertEquals(List.of(
                "target/site/pl/t/index.html:2: broken link (no such page or file): /pl/o-nsa/: did you mean /pl/o-nas/?",
                "target/site/pl/t/index.html:3: broken link (no such page or file): /en/o-nas/",
                "target/site/pl/t/index.html:4: broken link (no such page or file): /pl/x/"), problems.stream().map(Problem::toString).toList());
    }

    /** A designer's new style sheet linked by its own name in a template: the site has it only under its hashed name. */
    @Test
    void aStyleSheetWrittenByItsOwnNameSaysToWriteAssetUrl() {
        SitePages site = new SitePages().page("pl/a/index.html", "<html><head>\n<link rel=\"stylesheet\" href=\"/css/brand.css\">\n"
                + "<script type=\"module\" src=\"/js/gone.js\"></script>\n</head><body></body></html>").files("css/brand.0c1bd63c.css");
        List<Problem> problems = new ArrayList<>();
        check.checkPage(site.site(), "pl/a/index.html", site.parsed("pl/a/index.html"), SitePages.builtPagesOnly(project), problems);
        assertEquals(List.of("target/site/pl/a/index.html:2: broken link (no such page or file): /css/brand.css: assets/css/brand.css is published"
                        + " as /css/brand.0c1bd63c.css, a name that changes with its content: write ${asset.url(\"/css/brand.css\")} in the template,"
                        + " which writes its published name",
                "target/site/pl/a/index.html:3: broken link (no such page or file): /js/gone.js"), problems.stream().map(Problem::toString).toList());
    }

    @Test
    void aPageWhoseLinksResolvePasses() {
        assertEquals(List.of(), problems("pl/o-nas/index.html"));
        assertTrue(check.passes(pages.site(), "pl/o-nas/index.html", PageLinks.of(Jsoup.parse(ABOUT))));
    }

    @Test
    void theQuickJudgementFromNotedLinksAgreesWithTheCheck() {
        assertFalse(check.passes(pages.site(), "pl/index.html", PageLinks.of(Jsoup.parse(HOME))));
        String onlyAltMissing = "<html><body><img src=\"/img/a.png\"></body></html>";
        assertFalse(check.passes(pages.site(), "pl/x/index.html", PageLinks.of(Jsoup.parse(onlyAltMissing))));
        String onlyLinkBroken = "<html><body><a href=\"/nowhere/\">x</a></body></html>";
        assertFalse(check.passes(pages.site(), "pl/x/index.html", PageLinks.of(Jsoup.parse(onlyLinkBroken))));
    }

    @Test
    void anAnchorOnAPageWithoutSectionsOffersNothing() {
        SitePages site = new SitePages().page("pl/a/index.html", "<html><body><main><a href=\"/pl/b/#x\">b</a></main></body></html>")
                .page("pl/b/index.html", "<html><body><p id=\"y\">no sections</p></body></html>");
        List<Problem> problems = new ArrayList<>();
        new LinkCheck(SitePages.SITE, page -> Optional.empty(), url -> Optional.empty())
                .checkPage(site.site(), "pl/a/index.html", site.parsed("pl/a/index.html"), new SourceLocator(project, Path.of("/srv/site"), Map.of(), List.of()),
                        problems);
        assertEquals(List.of("/srv/site/pl/a/index.html:1: broken anchor #x: pl/b/index.html has no such id: /pl/b/#x"),
                problems.stream().map(Problem::toString).toList());
    }
    /**
     * A link to the quiz with answers ticked ({@code #a=…}, the address its share and print links write) passes when the quiz has
     * each statement, and names a misspelt one, or a page that is no quiz, which the quiz's script would ignore without a word.
     */
    @Test
    void aLinkWithQuizAnswersPassesWhenTheQuizHasEachStatement() {
        String quiz = "<html><body><div class=\"quiz\"><input type=\"checkbox\" id=\"q-invoices-late\" value=\"invoices-late\">"
                + "<input type=\"checkbox\" id=\"q-threats\" value=\"threats\"><input type=\"checkbox\" id=\"q-late-fee\" value=\"late-fee\">"
                + "</div></body></html>";
        SitePages site = new SitePages().page("pl/a/index.html", "<html><body><main>\n<a href=\"/pl/q/#a=invoices-late,threats\">1</a>\n"
                        + "<a href=\"/pl/q/#a=\">2</a>\n<a href=\"/pl/q/#a=invoices%2Dlate\">3</a>\n<a href=\"/pl/q/#a=invoices-late,thraets\">4</a>\n"
                        + "<a href=\"/pl/b/#a=threats\">5</a>\n</main></body></html>")
                .page("pl/q/index.html", quiz).page("pl/b/index.html", "<html><body><p id=\"y\">no quiz</p></body></html>");
        List<Problem> problems = new ArrayList<>();
        new LinkCheck(SitePages.SITE, page -> Optional.empty(), url -> Optional.empty()).checkPage(site.site(), "pl/a/index.html", site.parsed("pl/a/index.html"),
                SitePages.builtPagesOnly(project), problems);
        assertEquals(List.of("quiz answers #a=invoices-late,thraets: pl/q/index.html has no statement thraets (nearest to thraets: threats, late-fee,"
                        + " invoices-late): /pl/q/#a=invoices-late,thraets",
                "quiz answers #a=threats on a page that is no quiz: pl/b/index.html has no statements to tick: /pl/b/#a=threats"),
                problems.stream().map(Problem::message).toList());
    }

    @Test
    void equallyNearIdsAreOfferedInAlphabeticalOrder() {
        SitePages site = new SitePages().page("pl/a/index.html", "<html><body><main><a href=\"/pl/b/#x-2\">b</a></main></body></html>")
                .page("pl/b/index.html", "<html><body><div data-prose><h2 id=\"b-2\">B</h2><h2 id=\"a-2\">A</h2></div></body></html>");
        List<Problem> problems = new ArrayList<>();
        new LinkCheck(SitePages.SITE, page -> Optional.empty(), url -> Optional.empty()).checkPage(site.site(), "pl/a/index.html", site.parsed("pl/a/index.html"),
                SitePages.builtPagesOnly(project), problems);
        assertEquals("broken anchor #x-2: pl/b/index.html has no such id (nearest: #a-2, #b-2): /pl/b/#x-2", problems.get(0).message());
    }

    @Test
    void aMissingImageSaysWhereItsFileShouldBe() {
        SitePages site = new SitePages().page("pl/a/index.html", """
                <html><body><main data-prose>
                <img src="/images/brak.jpg?v=2" alt="Brak">
                <img src="zdjecie.png#x" alt="Zdjęcie">
                <img src="obrazki/wykres.svg" alt="Wykres">
                <img src="/images/bez-opisu.jpg">
                </main></body></html>""");
        List<Problem> problems = new ArrayList<>();
        new LinkCheck(SitePages.SITE, page -> Optional.empty(), url -> Optional.empty()).checkPage(site.site(), "pl/a/index.html", site.parsed("pl/a/index.html"),
                SitePages.builtPagesOnly(project), problems);
        assertEquals(List.of(
                "target/site/pl/a/index.html:2: image not found: /images/brak.jpg?v=2: put the file at content/images/brak.jpg"
                        + " (images go in content/images/, written /images/name.jpg)",
                "target/site/pl/a/index.html:3: image not found: zdjecie.png#x: put the file in content/images/ and write it as /images/zdjecie.png",
                "target/site/pl/a/index.html:4: image not found: obrazki/wykres.svg: put the file at content/pl/a/obrazki/wykres.svg"
                        + " (images go in content/images/, written /images/name.jpg)",
                "target/site/pl/a/index.html:5: image has no alt text: /images/bez-opisu.jpg: add alt=\"what it shows\" to the <img> tag (alt=\"\" role=\"presentation\" if it only decorates)"),
                problems.stream().map(Problem::toString).toList(), "an image without alt text is named for that alone, found or not");
    }

    /**
     * The QA case: an image in content/images/ written without its leading '/' is looked for beside the page; the message names
     * the address to write instead of a folder under the page. A photo, published only as copies, is found by its copy.
     */
    @Test
    void anImageWrittenWithoutItsLeadingSlashNamesTheAddressOfItsFileInTheImagesFolder() {
        SitePages site = new SitePages().page("pl/o-przewodniku/index.html", """
                <html><body><main data-prose>
                <img src="images/exit-steps-pl.svg" alt="Schemat">
                <img src="../images/exit-steps-pl.svg?v=2" alt="Schemat">
                <img src="exit-steps-pl.svg" alt="Schemat">
                <img src="zdjęcia/biurko.jpg" alt="Biurko">
                <img src="images/brak.svg" alt="Brak">
                <img src="grafika/wykres.svg" alt="Wykres">
                </main></body></html>""").files("images/exit-steps-pl.svg", "grafika/wykres.svg");
        List<Problem> problems = new ArrayList<>();
        new LinkCheck(SitePages.SITE, page -> Optional.empty(), url -> url.equals("/images/biurko.jpg") ? Optional.of("/images/biurko-1280w.jpg") : Optional.empty())
                .checkPage(site.site(), "pl/o-przewodniku/index.html", site.parsed("pl/o-przewodniku/index.html"), SitePages.builtPagesOnly(project), problems);
        String page = "target/site/pl/o-przewodniku/index.html:";
        assertEquals(List.of(
                page + "2: image not found: images/exit-steps-pl.svg: write /images/exit-steps-pl.svg (the file is content/images/exit-steps-pl.svg)",
                page + "3: image not found: ../images/exit-steps-pl.svg?v=2: write /images/exit-steps-pl.svg (the file is content/images/exit-steps-pl.svg)",
                page + "4: image not found: exit-steps-pl.svg: write /images/exit-steps-pl.svg (the file is content/images/exit-steps-pl.svg)",
                page + "5: image not found: zdjęcia/biurko.jpg: write /images/biurko.jpg (the file is content/images/biurko.jpg)",
                page + "6: image not found: images/brak.svg: put the file at content/pl/o-przewodniku/images/brak.svg"
                        + " (images go in content/images/, written /images/name.jpg)",
                page + "7: image not found: grafika/wykres.svg: put the file at content/pl/o-przewodniku/grafika/wykres.svg"
                        + " (images go in content/images/, written /images/name.jpg)"),
                problems.stream().map(Problem::toString).toList(), "a file outside /images/ is not offered: images are published from content/images/ only");
    }

    /** An image without alt text in a page's Markdown is shown as Markdown writes it, with its description; in a template, as a tag. */
    @Test
    void theAdviceForAMissingAltTextIsInTheWordsOfTheFileItIsIn() {
        assertEquals(": describe what it shows, as ![what it shows](/images/a.png) in Markdown or alt=\"what it shows\" in an <img> tag",
                LinkCheck.altAdvice(Path.of("content/en/about.md"), "/images/a.png"));
        assertEquals(": add alt=\"what it shows\" to the <img> tag (alt=\"\" role=\"presentation\" if it only decorates)",
                LinkCheck.altAdvice(Path.of("templates/partials/site-footer.ftl"), "/images/a.png"));
    }

    /**
     * The QA case: an editor who has the picture and mistypes its name, or writes the other language's or no language's
     * suffix, is told the name of the file that is there, not to put a file at the address written; a photo, published only
     * as copies, by its own address. A name nothing is near still says where to put the file.
     */
    @Test
    void aMissingImageWhoseNameIsATypoAwayFromAnImageNamesThatImage() {
        SitePages site = new SitePages().page("en/a/index.html", """
                <html><body><main data-prose>
                <img src="/images/reminder-stages.svg" alt="Stages">
                <img src="/images/biurk.jpg" alt="Desk">
                <img src="/images/chart.svg" alt="Chart">
                </main></body></html>""").files("images/reminder-stages-de.svg", "images/reminder-stages-en.svg",
                "images/reminder-stages-pl.svg", "images/biurko-480w.jpg", "images/biurko-800w.jpg");
        List<Problem> problems = new ArrayList<>();
        new LinkCheck(SitePages.SITE, page -> Optional.empty(), url -> url.equals("/images/biurko.jpg") ? Optional.of("/images/biurko-800w.jpg") : Optional.empty())
                .checkPage(site.site(), "en/a/index.html", site.parsed("en/a/index.html"), SitePages.builtPagesOnly(project), problems);
        String page = "target/site/en/a/index.html:";
        assertEquals(List.of(
                page + "2: image not found: /images/reminder-stages.svg: did you mean /images/reminder-stages-en.svg?",
                page + "3: image not found: /images/biurk.jpg: did you mean /images/biurko.jpg?",
                page + "4: image not found: /images/chart.svg: put the file at content/images/chart.svg (images go in content/images/, written /images/name.jpg)"),
                problems.stream().map(Problem::toString).toList());
    }

    /**
     * The QA case: a link to {@code #when} on a page whose heading lost its {@code {#when}} and took an id from its text is
     * offered that heading's id first, not the ids fewest letters away.
     */
    @Test
    void aBrokenAnchorIsOfferedTheIdThatBeginsAsItDoesFirst() {
        SitePages site = new SitePages().page("en/a/index.html", """
                <html><body><main data-prose><h2 id="when-to-send-a-reminder">When to send a reminder</h2>
                <h2 id="what-to-write">What to write</h2><h2 id="silence">Silence</h2><h2 id="footnotes-title">Notes</h2>
                <a href="#when">the table</a>
                </main></body></html>""");
        List<Problem> problems = new ArrayList<>();
        new LinkCheck(SitePages.SITE, page -> Optional.empty(), url -> Optional.empty())
                .checkPage(site.site(), "en/a/index.html", site.parsed("en/a/index.html"), SitePages.builtPagesOnly(project), problems);
        assertEquals(List.of("target/site/en/a/index.html:3: broken anchor #when: en/a/index.html has no such id"
                        + " (nearest: #when-to-send-a-reminder, #what-to-write, #silence): #when"),
                problems.stream().map(Problem::toString).toList());
    }

    /** A JPEG or PNG is published only as resized copies: a link to its own address names the copy to link to. */
    @Test
    void aLinkToAnImagesOwnAddressNamesTheCopyToLinkTo() {
        SitePages site = new SitePages().page("pl/a/index.html", """
                <html><body><main data-prose>
                <a href="/pl/wykres.png?v=2">wykres</a>
                <a href="../wykres.png#legenda">wykres, względnie</a>
                <a href="/pl/brak.png">brak</a>
                </main></body></html>""").files("pl/wykres-640w.png", "pl/wykres-1280w.png");
        List<Problem> problems = new ArrayList<>();
        new LinkCheck(SitePages.SITE, page -> Optional.empty(), url -> url.equals("/pl/wykres.png") ? Optional.of("/pl/wykres-1280w.png") : Optional.empty())
                .checkPage(site.site(), "pl/a/index.html", site.parsed("pl/a/index.html"), SitePages.builtPagesOnly(project), problems);
        String advice = ": the image is not published as saved, only in resized copies: link to the largest, /pl/wykres-1280w.png";
        assertEquals(List.of(
                "target/site/pl/a/index.html:2: broken link (no such page or file): /pl/wykres.png?v=2" + advice,
                "target/site/pl/a/index.html:3: broken link (no such page or file): ../wykres.png#legenda" + advice,
                "target/site/pl/a/index.html:4: broken link (no such page or file): /pl/brak.png"),
                problems.stream().map(Problem::toString).toList(), "a file that has no copies gets no advice");
    }

    /**
     * Browsers resolve an address written with a raw space against the page's folder and decode its
     * {@code %XX} escapes (as UTF-8) before asking for the file; Markdown writes a space in a link as {@code %20}.
     */
    @Test
    void escapedAndRawSpacedAddressesLeadWhereBrowsersTakeThem() {
        SitePages site = new SitePages().page("pl/a/index.html", """
                <html><body><main data-prose><h2 id="żółw">Żółw</h2>
                <a href="my%20photo.png">Markdown's escape</a> <a href="/pl/a/my%20photo.png?q=%zz#%zz">root-relative</a>
                <a href="%C5%BC%C3%B3%C5%82w.pdf">escaped Polish letters</a> <a href="żółw.pdf">as written</a>
                <a href="my photo.png">raw space</a> <a href="../a/./my photo.png?a b#c d">raw space, relative</a>
                <a href="#%C5%BC%C3%B3%C5%82w">escaped anchor</a> <a href="#żółw">anchor as written</a>
                <a href="plan 2026.pdf">a file of the root, not of this folder</a>
                <a href="my%zzphoto.png">malformed escape</a>
                <a href="%C5.pdf">not UTF-8</a>
                <a href="#%C5%BC">escaped missing anchor</a>
                <img src="/pl/a/nowe%20zdj%C4%99cie.png" alt="Nowe">
                </main></body></html>""").files("pl/a/my photo.png", "pl/a/żółw.pdf", "plan 2026.pdf");
        List<Problem> problems = new ArrayList<>();
        new LinkCheck(SitePages.SITE, page -> Optional.empty(), url -> Optional.empty()).checkPage(site.site(), "pl/a/index.html", site.parsed("pl/a/index.html"),
                SitePages.builtPagesOnly(project), problems);
        String malformed = "broken link (malformed %-escape in the address: write % itself as %25, and a space as %20)";
        assertEquals(List.of(
                "target/site/pl/a/index.html:6: broken link (no such page or file): plan 2026.pdf",
                "target/site/pl/a/index.html:7: " + malformed + ": my%zzphoto.png",
                "target/site/pl/a/index.html:8: " + malformed + ": %C5.pdf",
                "target/site/pl/a/index.html:9: broken anchor #%C5%BC: pl/a/index.html has no such id (nearest: #żółw): #%C5%BC",
                "target/site/pl/a/index.html:10: image not found: /pl/a/nowe%20zdj%C4%99cie.png: put the file at content/pl/a/nowe zdjęcie.png"
                        + " (images go in content/images/, written /images/name.jpg)"),
                problems.stream().map(Problem::toString).toList());
    }

    @Test
    void theQuickJudgementDecodesAddressesToo() {
        SitePages site = new SitePages().page("pl/a/index.html", "<html><body><a href=\"my%20photo.png\">a</a> <a href=\"my photo.png\">b</a></body></html>")
                .files("pl/a/my photo.png");
        assertTrue(check.passes(site.site(), "pl/a/index.html", PageLinks.of(Jsoup.parse("<a href=\"my%20photo.png\">a</a> <a href=\"my photo.png\">b</a>"))));
        assertFalse(check.passes(site.site(), "pl/a/index.html", PageLinks.of(Jsoup.parse("<a href=\"my%zzphoto.png\">a</a>"))));
    }
}
