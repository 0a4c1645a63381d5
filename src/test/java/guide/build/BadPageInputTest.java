package guide.build;

import guide.site.CliBuild;
import guide.site.BreakableSite;
import guide.site.SiteSnapshot;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each kind of bad page, and of bad file in the content folder, in a copy of the test site: {@code ./guide build} exits 1 (or
 * warns, where the page still builds), names the file and line, and leaves the previously built site exactly as it was.
 * Headers, dates and separators, headings and their ids, links, images, encodings, and files the site cannot publish. The quiz
 * is {@link BadQuizInputTest}'s, the other files of the project {@link BadSettingsInputTest}'s.
 */
class BadPageInputTest extends BreakableSite {
    @Test
    void missingRequiredHeader() throws IOException {
        edit("content/en/about.md", s -> s.replaceFirst("summary=[^\n]*\n", ""));
        assertFails("content/en/about.md:1: missing required header 'summary'");
    }

    @Test
    void invalidDateNamesItsLine() throws IOException {
        edit("content/pl/o-przewodniku.md", s -> s.replaceFirst("date=2026-01-01", "date=2026-13-45"));
        assertFails("content/pl/o-przewodniku.md:" + lineOf("content/pl/o-przewodniku.md", "date=")
                + ": date '2026-13-45' is not a real date: there is no month 13 (write yyyy-MM-dd)");
    }

    @Test
    void impossibleDateSaysWhy() throws IOException {
        edit("content/en/about.md", s -> s.replaceFirst("date=2026-01-01", "date=2026-11-31"));
        assertFails("content/en/about.md:" + lineOf("content/en/about.md", "date=") + ": date '2026-11-31' is not a real date: November 2026 has 30 days");
    }

    @Test
    void aMisspeltRequiredHeaderIsNamedWithWhatWasMeant() throws IOException {
        edit("content/en/about.md", s -> s.replaceFirst("title=", "tittle="));
        assertFails("content/en/about.md:" + lineOf("content/en/about.md", "tittle=") + ": unknown header 'tittle': did you mean 'title'? (title is required)");
    }

    /** Saved with old-Mac line ends (a lone CR each): read line by line as the editor shows it, not as one unclosed header line. */
    @Test
    void aPageWithLoneCarriageReturnsIsNamedAtTheLinesTheEditorShows() throws IOException {
        edit("content/en/about.md", s -> s.replace("type=page", "type=pgae").replace("\n", "\r"));
        assertFails("content/en/about.md:3: unknown type 'pgae': use one of post, page, home, quiz or notfound");
        edit("content/en/about.md", s -> s.replace("type=pgae", "type=page").replace("## Contact", "# Contact"));
        assertFails("content/en/about.md:13: '# Contact' would be a second h1");
    }

    @Test
    void anUnknownOptionalHeaderIsAWarningThatNamesIt() throws Exception {
        edit("content/en/about.md", s -> s.replaceFirst("date=2026-01-01\n", "date=2026-01-01\nupated=2026-02-01\n"));
        BuildReport report = new SiteBuilder(project).build(good.site());
        assertEquals(List.of("content/en/about.md:" + lineOf("content/en/about.md", "upated=") + ": warning: unknown header 'upated' is ignored: did you mean 'updated'?"),
                report.warnings());
    }

    @Test
    void anUnreadableTranslationStampIsAWarningAtItsLine() throws Exception {
        edit("content/en/about.md", s -> s.replace("sourceRevision=pl 92d7c862df0c ", "sourceRevision=pl 92d7c862dfzz "));
        BuildReport report = new SiteBuilder(project).build(good.site());
        assertEquals(List.of("content/en/about.md:" + lineOf("content/en/about.md", "sourceRevision=") + ": warning: unreadable translation stamp,"
                + " its hash '92d7c862dfzz' is not 12 hex digits: the page counts as outdated;"
                + " once it matches the source: ./guide translations stamp content/en/about.md"), report.warnings());
    }

    @Test
    void aStampCopiedFromAnotherLanguagesPageIsAWarningAtItsLine() throws Exception {
        edit("content/en/about.md", s -> s.replace("sourceRevision=pl 92d7c862df0c 468f04 7d11a5 dff1ea 1cd476",
                "sourceRevision=pl 92d7c862df0c 468f04 7d11a5 dff1ea 1cd476 to=de"));
        BuildReport report = new SiteBuilder(project).build(good.site());
        assertEquals(List.of("content/en/about.md:" + lineOf("content/en/about.md", "sourceRevision=") + ": warning: copied from another language's translation"
                + " (its stamp says to=de), so it counts as not translated yet; once translated: ./guide translations stamp content/en/about.md"), report.warnings());
    }

    @Test
    void aTranslationPublishedWithItsSourcesTextIsAWarningAtItsFirstPassage() throws Exception {
        String polish = Files.readString(project.resolve("content/pl/o-przewodniku.md"));
        String polishBody = polish.substring(polish.indexOf("~~~~~~\n") + 7);
        edit("content/en/about.md", s -> s.substring(0, s.indexOf("~~~~~~\n") + 7) + polishBody);
        BuildReport report = new SiteBuilder(project).build(good.site());
        assertEquals(List.of("content/en/about.md:" + lineOf("content/en/about.md", "Poradnik testowy") + ": warning: the text is"
                + " still copied word for word from its source, content/pl/o-przewodniku.md: translate it,"
                + " or keep the page a draft (status=draft) until then"), report.warnings());
    }

    @Test
    void aSeparatorOfTheWrongLengthSaysHowLong() throws IOException {
        edit("content/en/about.md", s -> s.replaceFirst("\n~~~~~~\n", "\n~~~~~\n"));
        assertFails("content/en/about.md:" + lineOf("content/en/about.md", "~~~~~") + ": the header ends with a line of exactly six tildes '~~~~~~'; this one has 5");
    }

    @Test
    void aHashHeadingInTheTextWouldBeASecondH1() throws IOException {
        edit("content/pl/o-przewodniku.md", s -> s.replace("~~~~~~\n", "~~~~~~\n\n# Wstęp\n"));
        assertFails("content/pl/o-przewodniku.md:" + lineOf("content/pl/o-przewodniku.md", "# Wstęp")
                + ": '# Wstęp' would be a second h1 (the title is the page's only h1): write '## Wstęp' for a section");
    }

    @Test
    void anIdWrittenOnTwoHeadingsNamesTheSecondAndTheFirst() throws IOException {
        edit("content/pl/zaliczka-czy-zadatek.md", s -> s.replace("## Zadatek {#deposit}", "## Zadatek {#advance}"));
        assertFails("content/pl/zaliczka-czy-zadatek.md:" + lineOf("content/pl/zaliczka-czy-zadatek.md", "## Zadatek")
                + ": {#advance} is already the id of the heading on line " + lineOf("content/pl/zaliczka-czy-zadatek.md", "## Zaliczka")
                + ": a link to #advance reaches only that one; give this heading another id");
    }

    /** With no space between the blocks the ids go on a span in the heading: named at the heading's line as two ids, not as a span's id at the text's first line. */
    @Test
    void twoIdBlocksWithNoSpaceBetweenThemAreTwoIdsAtTheHeadingsLine() throws IOException {
        edit("content/pl/zaliczka-czy-zadatek.md", s -> s.replace("## Zadatek {#deposit}", "## Zadatek {#deposit}{#zadatek}"));
        CliBuild result = assertFails("content/pl/zaliczka-czy-zadatek.md:" + lineOf("content/pl/zaliczka-czy-zadatek.md", "## Zadatek")
                + ": more than one id on one heading (#deposit, #zadatek): a heading has only one address; keep one, and change any links that use the others to use it");
        assertFalse(result.err().contains("<span>"), result.err());
    }

    /** Glued to the heading's word, the id goes on a span: named at the heading's line as written, not as a span's id at the text's first line. */
    @Test
    void anIdGluedToAHeadingsWordIsNamedAtTheHeadingsLine() throws IOException {
        String file = "content/pl/o-przewodniku.md";
        edit(file, s -> s.replace("## Kontakt\n", "## Kontakt{#kontakt}\n"));
        CliBuild result = assertFails(file + ":" + lineOf(file, "## Kontakt")
                + ": {#kontakt} right after a word gives that word an id, not the heading: put a space before {#kontakt}");
        assertFalse(result.err().contains("<span>"), result.err());
    }

    /** The same {#kontakt} shown as code in a sentence before the heading is not where the build sends the editor. */
    @Test
    void anIdGluedToAHeadingsWordIsNamedAtTheHeadingNotAtTheSameIdShownAsCodeEarlier() throws IOException {
        String file = "content/pl/o-przewodniku.md";
        edit(file, s -> s.replace("lubią porządek.\n", "lubią porządek. Sekcja ma adres `{#kontakt}`.\n")
                .replace("## Kontakt\n", "## Kontakt{#kontakt}\n"));
        CliBuild result = assertFails(file + ":" + lineOf(file, "## Kontakt")
                + ": {#kontakt} right after a word gives that word an id, not the heading: put a space before {#kontakt}");
        assertFalse(result.err().contains(file + ":" + lineOf(file, "lubią porządek")), result.err());
    }

    /** An id and a class on a heading: the class is the mistake, named once at its line, with no message about a span at another line. */
    @Test
    void anIdBeforeAClassOnAHeadingIsOneProblemAtTheHeadingsLine() throws IOException {
        String file = "content/pl/o-przewodniku.md";
        edit(file, s -> s.replace("## Kontakt\n", "## Kontakt {#kontakt} {.note}\n\n## Adres {#adres}{.note}\n"));
        String remove = ": {.note}: a class on a heading or paragraph is not allowed in content: remove it; how text looks is the"
                + " site's style sheet's job: for emphasis write **bold** or *italics*, and a new look is a class a template gives (see the"
                + " README's \"For designers\")";
        CliBuild result = assertFails(file + ":" + lineOf(file, "## Kontakt") + remove);
        assertEquals(List.of(file + ":" + lineOf(file, "## Kontakt") + remove, file + ":" + lineOf(file, "## Adres") + remove),
                result.err().lines().filter(l -> l.startsWith("content/")).toList(), result.err());
    }

    /** A page saved in Windows-1250 (an old Notepad's "ANSI" on a Polish system) is named at the line of its first such letter, with the words there. */
    @Test
    void aPageSavedInWindows1250IsNamedAtTheLineOfItsFirstLetterThatIsNotUtf8() throws IOException {
        Path page = project.resolve("content/pl/o-przewodniku.md");
        String text = Files.readString(page).replaceFirst("title=[^\n]*", "title=Zażółć gęślą jaźń");
        Files.write(page, text.getBytes(Charset.forName("windows-1250")));
        assertFails("content/pl/o-przewodniku.md:1: not valid UTF-8: the file was saved in another encoding, Windows-1250 perhaps,"
                + " which reads this line as \"title=Zażółć gęślą jaźń\"; save it as UTF-8");
    }

    @Test
    void unknownLanguageFolder() throws IOException {
        Files.createDirectories(project.resolve("content/de"));
        Files.copy(project.resolve("content/en/about.md"), project.resolve("content/de/ueber.md"));
        assertFails("content/de/ueber.md:1: language folder 'de' is not configured (site.languages=pl,en)");
    }

    @Test
    void translationKeyUsedTwiceInOneLanguage() throws IOException {
        Files.copy(project.resolve("content/pl/o-przewodniku.md"), project.resolve("content/pl/o-nas.md"));
        assertFails("content/pl/o-przewodniku.md:" + lineOf("content/pl/o-przewodniku.md", "translationKey=")
                + ": translationKey 'about' is already used in 'pl' by content/pl/o-nas.md: a page and its translations share a key, and no other page has it; give this page a key of its own");
    }

    @Test
    void separatorWithTrailingSpaces() throws IOException {
        edit("content/en/about.md", s -> s.replaceFirst("\n~~~~~~\n", "\n~~~~~~  \n"));
        assertFails("content/en/about.md:" + lineOf("content/en/about.md", "~~~~~~")
                + ": header separator must be exactly '~~~~~~' with no spaces around it");
    }

    @Test
    void unknownAuthor() throws IOException {
        edit("content/en/about.md", s -> s.replaceFirst("author=redakcja", "author=nobody"));
        assertFails("content/en/about.md:" + lineOf("content/en/about.md", "author=") + ": unknown author 'nobody'");
    }

    @Test
    void allProblemsOfAllFilesAreReportedTogether() throws IOException {
        edit("content/en/about.md", s -> s.replaceFirst("status=published", "status=live"));
        edit("content/pl/o-przewodniku.md", s -> s.replaceFirst("type=page", "type=article"));
        CliBuild result = assertFails("content/en/about.md:" + lineOf("content/en/about.md", "status=")
                + ": status must be 'published' or 'draft', not 'live'");
        assertTrue(result.err().contains("content/pl/o-przewodniku.md:" + lineOf("content/pl/o-przewodniku.md", "type=")
                + ": unknown type 'article'"), result.err());
    }

    @Test
    void brokenInternalLinkPointsAtTheMarkdownLine() throws IOException {
        edit("content/en/about.md", s -> s + "\nSee [the archive](/en/archive/).\n");
        assertFails("content/en/about.md:" + lineOf("content/en/about.md", "/en/archive/") + ": broken link (no such page or file): /en/archive/");
    }

    @Test
    void malformedEscapeInALinkPointsAtTheMarkdownLine() throws IOException {
        edit("content/en/about.md", s -> s + "\nSee [the photo](my%zzphoto.png).\n");
        assertFails("content/en/about.md:" + lineOf("content/en/about.md", "my%zzphoto.png")
                + ": broken link (malformed %-escape in the address: write % itself as %25, and a space as %20): my%zzphoto.png");
    }

    @Test
    void brokenAnchorIsCaught() throws IOException {
        edit("content/en/about.md", s -> s + "\nSee [when to send it](/en/how-to-send-an-invoice/#when-to-sent).\n");
        assertFails("content/en/about.md:" + lineOf("content/en/about.md", "#when-to-sent")
                + ": broken anchor #when-to-sent: content/en/how-to-send-an-invoice.md has no such id (nearest: #when-to-send, #what-to-write)");
    }

    @Test
    void affiliateLinkWithoutDisclosureIsAnError() throws IOException {
        edit("templates/layout/base.ftl", s -> s.replace("<#include \"/partials/affiliate-disclosure.ftl\">", ""));
        assertFails("content/en/how-to-send-an-invoice.md:" + lineOf("content/en/how-to-send-an-invoice.md", "shop.example")
                + ": affiliate link without the affiliate disclosure on the page");
    }

    @Test
    void missingImageIsReportedAtItsMarkdownLine() throws IOException {
        edit("content/en/about.md", s -> s + "\n![A chart of late payments](/images/late-payments.png)\n");
        assertFails("content/en/about.md:" + lineOf("content/en/about.md", "late-payments.png")
                + ": image not found: /images/late-payments.png: put the file at content/images/late-payments.png"
                + " (images go in content/images/, written /images/name.jpg)");
    }

    @Test
    void anImageNamedWithoutItsFolderIsToldWhereImagesGo() throws IOException {
        edit("content/en/about.md", s -> s + "\n![A price calculation](calculation.png)\n");
        assertFails("content/en/about.md:" + lineOf("content/en/about.md", "calculation.png")
                + ": image not found: calculation.png: put the file in content/images/ and write it as /images/calculation.png");
    }

    @Test
    void imageWithoutAltTextIsAnError() throws IOException {
        Files.createDirectories(project.resolve("content/en/img"));
        Files.copy(project.resolve("assets/favicon.svg"), project.resolve("content/en/img/logo.svg"));
        edit("content/en/about.md", s -> s + "\n![](/en/img/logo.svg)\n");
        assertFails("content/en/about.md:" + lineOf("content/en/about.md", "logo.svg") + ": image has no alt text: /en/img/logo.svg"
                + ": describe what it shows, as ![what it shows](/en/img/logo.svg) in Markdown or alt=\"what it shows\" in an <img> tag");
    }

    /**
     * The same image shown with alt text and then without: named at the use without it, not at the first line that
     * holds its address; a second use without alt text at its own line too.
     */
    @Test
    void anImageWithoutAltTextIsNamedAtThatUseNotAtAnEarlierOneWithIt() throws IOException {
        Files.createDirectories(project.resolve("content/images"));
        Files.copy(project.resolve("assets/favicon.svg"), project.resolve("content/images/drawing.svg"));
        String about = "content/en/about.md";
        edit(about, s -> s + "\n![A vector drawing](/images/drawing.svg)\n\n![](/images/drawing.svg)\n\nAgain: ![ ](/images/drawing.svg)\n");
        String missing = ": image has no alt text: /images/drawing.svg: describe what it shows, as ![what it shows](/images/drawing.svg) in Markdown or alt=\"what it shows\" in an <img> tag";
        CliBuild result = assertFails(about + ":" + lineOf(about, "![](/images/drawing.svg)") + missing);
        String again = about + ":" + lineOf(about, "Again: ") + missing;
        assertTrue(result.err().lines().anyMatch(l -> l.startsWith(again)), result.err());
        assertFalse(result.err().contains(about + ":" + lineOf(about, "![A vector drawing]") + ":"), result.err());
    }

    /**
     * An image without alt text written through a reference ({@code ![][drawing]}) is named at its use, not at the
     * {@code [drawing]: …} line below that gives the address; one in an {@code <img>} tag over several lines at the line
     * where the tag starts. Each is named, at its own line.
     */
    @Test
    void anImageWithoutAltTextThroughAReferenceOrInATagOverSeveralLinesIsNamedWhereItIsWritten() throws IOException {
        Files.createDirectories(project.resolve("content/images"));
        Files.copy(project.resolve("assets/favicon.svg"), project.resolve("content/images/drawing.svg"));
        String about = "content/en/about.md";
        edit(about, s -> s + "\nThe steps: ![][drawing]\n\nAgain, drawn: <img\n  title=\"The steps\"\n  src=\"/images/drawing.svg\">\n\n"
                + "[drawing]: /images/drawing.svg\n");
        String missing = ": image has no alt text: /images/drawing.svg: describe what it shows, as ![what it shows](/images/drawing.svg) in Markdown or alt=\"what it shows\" in an <img> tag";
        CliBuild result = assertFails(about + ":" + lineOf(about, "The steps: ![][drawing]") + missing);
        String tag = about + ":" + lineOf(about, "Again, drawn: <img") + missing;
        assertTrue(result.err().lines().anyMatch(l -> l.equals(tag)), "expected " + tag + " in\n" + result.err());
        assertEquals(2, result.err().lines().filter(l -> l.endsWith(missing)).count(), result.err());
    }

    @Test
    void twoFilesThatWouldWriteTheSamePage() throws IOException {
        Files.copy(project.resolve("content/en/about.md"), project.resolve("content/en/About.md"));
        edit("content/en/About.md", s -> s.replace("translationKey=about", "translationKey=about-copy"));
        CliBuild result = build();
        assertEquals(1, result.exitCode(), result.err());
        assertTrue(result.err().contains(": differs from content/en/") && result.err().contains(" only in upper and lower case,"), result.err());
        assertEquals(good.before(), SiteSnapshot.of(good.site()));
    }

    @Test
    void anArticleAtTheArchiveAddressIsAnError() throws IOException {
        Files.copy(project.resolve("content/pl/o-przewodniku.md"), project.resolve("content/pl/artykuly.md"));
        edit("content/pl/artykuly.md", s -> s.replaceFirst("translationKey=about", "translationKey=articles"));
        assertFails("content/pl/artykuly.md:1: its address /pl/artykuly/ is the article archive's (archiveUrl in templates/i18n/pl.yaml line "
                + lineOf("templates/i18n/pl.yaml", "archiveUrl:") + "): rename the file or change archiveUrl");
    }

    /** A page saved as HTML, or a script, in content/ was published at the site's address as it was, where it acts as the site. */
    @Test
    void aFileOfAKindTheSiteDoesNotPublishStopsTheBuild() throws IOException {
        Files.writeString(project.resolve("content/en/offer.html"), "<script src=\"offer.js\"></script>\n");
        assertFails("content/en/offer.html: a .html file cannot be published: content/ holds only pages (.md) and files readers get"
                + " as they are (.avif .gif .jpeg .jpg .pdf .png .svg .webp); anything else would be put on the site as it is, where a"
                + " web page or script would run as part of the site and a draft could be read by anyone who guesses its name: move it"
                + " out of content/");
    }

    /** An SVG is published as it is too: opened on its own, its script would run as the site's. */
    @Test
    void aScriptInAContentSvgStopsTheBuildAtItsLine() throws IOException {
        Files.writeString(project.resolve("content/en/steps.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">\n"
                + "<rect width=\"10\" height=\"10\"/>\n<script>alert(document.cookie)</script>\n</svg>\n");
        assertFails("content/en/steps.svg:3: unsafe SVG: <script> element is not allowed in an image published as it is");
    }

    /** An SVG that is not UTF-8 text, whose drawing cannot be checked, is named at the line of its bad byte, not published unchecked. */
    @Test
    void anUnreadableContentSvgStopsTheBuildAtItsLine() throws IOException {
        Files.write(project.resolve("content/en/steps.svg"), ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">\r<rect/>\r"
                + "<text>Krok\u0000</text>\r</svg>\r").getBytes(StandardCharsets.UTF_8));
        assertFails("content/en/steps.svg:3: a zero byte (an invisible control character, often left by a program that crashed while saving"
                + " or pasted from a binary file) after \"<text>Krok\": delete it");
    }
}
