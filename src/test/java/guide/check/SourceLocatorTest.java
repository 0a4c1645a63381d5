package guide.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A fault in a built page is named at the Markdown line that holds it, else at the UI string or template that holds it, else at the built page's line. */
class SourceLocatorTest {
    @TempDir
    Path project;
    private SourceLocator locator;
    private Element element;

    @BeforeEach
    void files() throws IOException {
        Files.createDirectories(project.resolve("content/pl"));
        Files.writeString(project.resolve("content/pl/a.md"), "title=A\n~~~~~~\n\nZobacz [b](/pl/b/).\n");
        locator = new SourceLocator(project, project.resolve("target/site"), Map.of("pl/a/index.html", Path.of("content/pl/a.md"),
                "pl/gone/index.html", Path.of("content/pl/gone.md")), List.of());
        element = Jsoup.parse("<html>\n<body>\n<p><a href=\"/pl/b/\">b</a></p></body></html>", "", Parser.htmlParser().setTrackPosition(true))
                .selectFirst("a");
    }

    @Test
    void theMarkdownLineThatHoldsTheTextWins() {
        assertEquals(new SourceLocator.Location(Path.of("content/pl/a.md"), 4), locator.locate("pl/a/index.html", "/pl/b/", element));
    }

    @Test
    void otherwiseTheBuiltPagesLine() {
        Path built = Path.of("target/site/pl/a/index.html");
        assertEquals(new SourceLocator.Location(built, 3), locator.locate("pl/a/index.html", "/pl/c/", element), "not in the Markdown: the template's");
        assertEquals(new SourceLocator.Location(built, 3), locator.locate("pl/a/index.html", "", element));
        assertEquals(new SourceLocator.Location(built, 3), locator.locate("pl/a/index.html", null, element));
        assertEquals(new SourceLocator.Location(Path.of("target/site/pl/x/index.html"), 0), locator.locate("pl/x/index.html", "/pl/b/", null));
        assertEquals(new SourceLocator.Location(Path.of("target/site/pl/gone/index.html"), 3), locator.locate("pl/gone/index.html", "/pl/b/", element),
                "an unreadable source");
    }

    @Test
    void anOutputFolderOutsideTheProjectIsNamedAsItIs() {
        SourceLocator elsewhere = new SourceLocator(project, Path.of("/srv/site"), Map.of(), List.of());
        assertEquals(new SourceLocator.Location(Path.of("/srv/site/pl/a/index.html"), 0), elsewhere.locate("pl/a/index.html", "x", null));
        Element untracked = Jsoup.parse("<a href=/x>x</a>").selectFirst("a");
        assertEquals(0, elsewhere.locate("pl/a/index.html", "x", untracked).line(), "a page parsed without positions has no line");
    }

    @Test
    void anAddressIsFoundWholeNotInsideALongerOne(@TempDir Path other) throws IOException {
        Files.createDirectories(other.resolve("content/de"));
        Files.createDirectories(other.resolve("templates/i18n"));
        Files.writeString(other.resolve("content/de/x.md"), "title=X\n~~~~~~\n\nSiehe [Über](/de/ueber/) und ![Bild](box.png).\n\n[Start](/de/)\n",
                StandardCharsets.UTF_8);
        Files.writeString(other.resolve("templates/i18n/de.yaml"), "aboutUrl: /de/ueber-den-ratgeber/\nhomeUrl: \"/de/\"\n", StandardCharsets.UTF_8);
        SourceLocator frame = new SourceLocator(other, other.resolve("target/site"), Map.of("de/x/index.html", Path.of("content/de/x.md")),
                SourceLocator.frameFiles(other, other.resolve("templates")));

        assertEquals(new SourceLocator.Location(Path.of("content/de/x.md"), 6), frame.locate("de/x/index.html", "/de/", null),
                "not line 4, where /de/ begins /de/ueber/");
        assertEquals(new SourceLocator.Location(Path.of("templates/i18n/de.yaml"), 2), frame.locate("de/y/index.html", "/de/", null),
                "a page without Markdown: the UI string that holds the address, not the longer one on line 1");
        assertEquals(new SourceLocator.Location(Path.of("target/site/de/y/index.html"), 0), frame.locate("de/y/index.html", "x.png", null),
                "box.png is not x.png: the built page");
    }
    /**
     * The same image shown twice, first with alt text and then without: the fault is named at the line of the use
     * that lacks it, not at the first line that holds the address. Written twice without, each use is named at its
     * own line, where each needs its alt text.
     */
    @Test
    void anImageWithoutAltTextIsNamedAtTheUseThatLacksItNotAtTheFirstUseOfItsAddress(@TempDir Path other) throws IOException {
        SourceLocator locator = pageOf(other, "![Rysunek wektorowy](/images/rysunek.svg)\n\n![](/images/rysunek.svg)\n\n"
                + "Jeszcze raz: <img src=\"/images/rysunek.svg\">\n");
        List<Element> images = builtImages("<img src=\"/images/rysunek.svg\" alt=\"Rysunek wektorowy\">",
                "<img src=\"/images/rysunek.svg\" alt=\"\">", "Jeszcze raz: <img src=\"/images/rysunek.svg\">");

        assertEquals(new SourceLocator.Location(Path.of("content/pl/a.md"), 6), locator.locate("pl/a/index.html", "/images/rysunek.svg", images.get(1)),
                "the use without alt text, not line 4's with it");
        assertEquals(new SourceLocator.Location(Path.of("content/pl/a.md"), 8), locator.locate("pl/a/index.html", "/images/rysunek.svg", images.get(2)),
                "the second use without alt text at its own line");
        assertEquals(new SourceLocator.Location(Path.of("content/pl/a.md"), 4), locator.locate("pl/a/index.html", "/images/rysunek.svg", images.get(0)));
    }

    /** A link to a photo's original below the photo itself, and the same link written twice: each named at its own line. */
    @Test
    void aLinkIsNamedAtItsOwnLineNotAtAnImageOrAnEarlierLinkWithTheSameAddress(@TempDir Path other) throws IOException {
        SourceLocator locator = pageOf(other, "![Biurko](/images/biurko.jpg)\n\n[Zdjęcie w całości](/images/biurko.jpg)\n\n"
                + "`![](/images/biurko.jpg)` w kodzie to tekst.\n\n[Jeszcze raz](/images/biurko.jpg) i [znowu](/images/biurko.jpg)\n");
        Document page = Jsoup.parse("<html><body><div data-content><p><img src=\"/images/biurko-800.jpg\" alt=\"Biurko\"></p>"
                + "<p><a href=\"/images/biurko.jpg\">Zdjęcie</a></p><p><code>![](/images/biurko.jpg)</code></p>"
                + "<p><a href=\"/images/biurko.jpg\">Jeszcze raz</a> i <a href=\"/images/biurko.jpg\">znowu</a></p></div></body></html>",
                "", Parser.htmlParser().setTrackPosition(true));
        List<Element> links = page.select("a");

        assertEquals(6, locator.locate("pl/a/index.html", "/images/biurko.jpg", links.get(0)).line(), "the link's line, not the photo's on line 4");
        assertEquals(10, locator.locate("pl/a/index.html", "/images/biurko.jpg", links.get(1)).line(), "not the code on line 8");
        assertEquals(10, locator.locate("pl/a/index.html", "/images/biurko.jpg", links.get(2)).line(), "two on one line: that line for both");
    }

    /**
     * Images written through a reference ({@code ![][rysunek]}, its address given by {@code [rysunek]: …} further down): each
     * named at its use, where its alt text goes, not at the definition, the first line that holds the address.
     */
    @Test
    void anImageThroughAReferenceIsNamedAtItsUseNotAtTheReferenceDefinition(@TempDir Path other) throws IOException {
        SourceLocator locator = pageOf(other, "Wstęp.\n\n![][rysunek]\n\nI jeszcze raz: ![ ][rysunek]\n\n[rysunek]: /images/rysunek.svg\n");
        List<Element> images = builtImages("<img src=\"/images/rysunek.svg\" alt=\"\">", "I jeszcze raz: <img src=\"/images/rysunek.svg\" alt=\" \">");

        assertEquals(new SourceLocator.Location(Path.of("content/pl/a.md"), 6), locator.locate("pl/a/index.html", "/images/rysunek.svg", images.get(0)),
                "the use on line 6, not the definition on line 10");
        assertEquals(new SourceLocator.Location(Path.of("content/pl/a.md"), 8), locator.locate("pl/a/index.html", "/images/rysunek.svg", images.get(1)),
                "the second use at its own line");
    }

    /**
     * One image through a reference, with no alt text and an address that is wrong: the missing alt text at the use, where it
     * is added; the wrong address at the definition, where it is corrected once for all the uses.
     */
    @Test
    void aWrongAddressThroughAReferenceIsNamedAtItsDefinitionAndTheMissingAltTextAtTheUse(@TempDir Path other) throws IOException {
        SourceLocator locator = pageOf(other, "Wstęp.\n\n![][rysunek]\n\n[rysunek]: /images/rysnek.svg\n");
        Element image = builtImages("<img src=\"/images/rysnek.svg\" alt=\"\">").get(0);

        assertEquals(6, locator.locate("pl/a/index.html", "/images/rysnek.svg", image).line(), "no alt text: at the use");
        assertEquals(8, locator.locateAddress("pl/a/index.html", "/images/rysnek.svg", image).line(), "the wrong address: at the definition");
    }

    /**
     * An {@code <img>} tag written over several lines is named at the line where the tag starts, also when an earlier line
     * shows the same address with alt text, and the line after it, which holds the address, is not another use.
     */
    @Test
    void anImgTagOverSeveralLinesIsNamedAtTheLineWhereItStarts(@TempDir Path other) throws IOException {
        SourceLocator locator = pageOf(other, "![Rysunek wektorowy](/images/rysunek.svg)\n\nRysunek: <img\n  title=\"rysunek\"\n"
                + "  src=\"/images/rysunek.svg\">\n\n<figure>\n  <img\n    src=\"/images/rysunek.svg\">\n</figure>\n");
        List<Element> images = builtImages("<img src=\"/images/rysunek.svg\" alt=\"Rysunek wektorowy\">",
                "Rysunek: <img title=\"rysunek\" src=\"/images/rysunek.svg\">", "<img src=\"/images/rysunek.svg\">");

        assertEquals(new SourceLocator.Location(Path.of("content/pl/a.md"), 6), locator.locate("pl/a/index.html", "/images/rysunek.svg", images.get(1)),
                "the tag in the paragraph starts on line 6; its address is on line 8, line 4 has alt text");
        assertEquals(new SourceLocator.Location(Path.of("content/pl/a.md"), 11), locator.locate("pl/a/index.html", "/images/rysunek.svg", images.get(2)),
                "the tag in the HTML block starts on line 11, inside the <figure> of line 10");
    }

    /** A header of four lines, then {@code body} from line 4 of {@code content/pl/a.md}, the source of {@code pl/a/index.html}. */
    private static SourceLocator pageOf(Path other, String body) throws IOException {
        Files.createDirectories(other.resolve("content/pl"));
        Files.writeString(other.resolve("content/pl/a.md"), "title=A\nimage=/images/rysunek.svg\n~~~~~~\n" + body, StandardCharsets.UTF_8);
        return new SourceLocator(other, other.resolve("target/site"), Map.of("pl/a/index.html", Path.of("content/pl/a.md")), List.of());
    }

    /**
     * The images of a built page's text, one paragraph each, as the output has them: in {@code [data-prose]}, with an image
     * of the same address without alt text in the page's header before them.
     */
    private static List<Element> builtImages(String... paragraphs) {
        StringBuilder html = new StringBuilder("<html><body><header><img src=\"/images/rysunek.svg\"></header><div class=\"prose\" data-prose>\n");
        for (String paragraph : paragraphs) {
            html.append("<p>").append(paragraph).append("</p>\n");
        }
        return Jsoup.parse(html + "</div></body></html>", "", Parser.htmlParser().setTrackPosition(true)).select("[data-prose] img");
    }

    @Test
    void theFrameIsTheUiStringsFirstThenTheTemplatesAndNothingElse(@TempDir Path other) throws IOException {
        for (String file : new String[]{"templates/base.ftl", "templates/partials/footer.ftl", "templates/i18n/pl.yaml", "templates/i18n/en.yaml",
                "templates/style.css", "templates/README.md"}) {
            Files.createDirectories(other.resolve(file).getParent());
            Files.writeString(other.resolve(file), "<a href=\"/pl/o-nas/\">\n", StandardCharsets.UTF_8);
        }
        Files.createDirectories(other.resolve("templates/old.ftl"));
        List<Path> frame = SourceLocator.frameFiles(other, other.resolve("templates"));
        assertEquals(List.of(Path.of("templates/i18n/en.yaml"), Path.of("templates/i18n/pl.yaml"), Path.of("templates/base.ftl"),
                Path.of("templates/partials/footer.ftl")), frame, "a folder named like a template is not one");
        SourceLocator locator = new SourceLocator(other, other.resolve("target/site"), Map.of(), frame);
        assertEquals(new SourceLocator.Location(Path.of("templates/i18n/en.yaml"), 1), locator.locate("pl/x/index.html", "/pl/o-nas/", null),
                "the UI string an editor changes, before the template that prints it");
    }

    /**
     * An image without alt text in one partial is named there, not in the partial that names the same file first in
     * another element (the favicon's {@code <link>}); a template that does not write the image's address is not guessed.
     */
    @Test
    void aTemplatesFaultIsNamedInTheTemplateThatWritesTheSameElement(@TempDir Path other) throws IOException {
        Files.createDirectories(other.resolve("templates/partials"));
        Files.writeString(other.resolve("templates/partials/head.ftl"), "<meta charset=\"utf-8\">\n"
                + "<link rel=\"icon\" href=\"${asset.url(\"/favicon.svg\")}\" type=\"image/svg+xml\">\n", StandardCharsets.UTF_8);
        Files.writeString(other.resolve("templates/partials/site-footer.ftl"), "<footer>\n<p>${ui.footerNote}</p>\n"
                + "<p>Logo: <img src=\"/favicon.svg\"></p>\n<img class=\"badge\"\n     src=\"/badge.svg\">\n</footer>\n", StandardCharsets.UTF_8);
        SourceLocator frame = new SourceLocator(other, other.resolve("target/site"), Map.of(), SourceLocator.frameFiles(other, other.resolve("templates")));
        Document page = Jsoup.parse("<html><head>\n<link rel=\"icon\" href=\"/favicon.svg\">\n</head><body>\n"
                + "<p>Logo: <img src=\"/favicon.svg\"></p>\n<img class=\"badge\" src=\"/badge.svg\">\n<img src=\"/favicon.svg\" data-x=\"y\">\n"
                + "</body></html>", "", Parser.htmlParser().setTrackPosition(true));
        List<Element> images = page.select("img");

        assertEquals(new SourceLocator.Location(Path.of("templates/partials/site-footer.ftl"), 3), frame.locate("pl/a/index.html", "/favicon.svg", images.get(0)),
                "the footer's <img>, not head.ftl's <link> on line 2");
        assertEquals(new SourceLocator.Location(Path.of("templates/partials/site-footer.ftl"), 5), frame.locate("pl/a/index.html", "/badge.svg", images.get(1)),
                "a tag written over two lines: the line of its src");
        assertEquals(new SourceLocator.Location(Path.of("templates/partials/head.ftl"), 2),
                frame.locate("pl/a/index.html", "/favicon.svg", page.selectFirst("link")), "the <link> itself is head.ftl's");
        Files.writeString(other.resolve("templates/partials/site-footer.ftl"), "<footer>\n<img src=\"${logo}\">\n</footer>\n", StandardCharsets.UTF_8);
        assertEquals(new SourceLocator.Location(Path.of("target/site/pl/b/index.html"), 6),
                place(new SourceLocator(other, other.resolve("target/site"), Map.of(), SourceLocator.frameFiles(other, other.resolve("templates")))
                        .locate("pl/b/index.html", "/favicon.svg", images.get(2))),
                "no template writes that <img> as it is: the built page's line, not head.ftl's <link>");
    }

    /**
     * An address a template writes through an expression ({@code src="${badge}"}) is named at that template's line, found
     * by the element and its literal attributes; not at each built page's line.
     */
    @Test
    void anAddressWrittenThroughAnExpressionIsNamedAtTheTemplateThatWritesTheElement(@TempDir Path other) throws IOException {
        Files.createDirectories(other.resolve("templates/partials"));
        Files.writeString(other.resolve("templates/partials/head.ftl"), "<link rel=\"icon\" href=\"${icon}\">\n", StandardCharsets.UTF_8);
        Files.writeString(other.resolve("templates/partials/site-footer.ftl"), "<#-- <img class=\"badge\" src=\"${old}\"> -->\n<footer>\n"
                + "<img src=\"${logo}\" alt=\"${ui.logo}\">\n<#assign badge = \"/badge.svg\">\n<p><img class=\"badge\"\n"
                + "     src=\"${asset.url(badge, \"}>\")}\"></p>\n</footer>\n", StandardCharsets.UTF_8);
        SourceLocator frame = new SourceLocator(other, other.resolve("target/site"), Map.of(), SourceLocator.frameFiles(other, other.resolve("templates")));
        Document page = Jsoup.parse("<html><head>\n<link rel=\"icon\" href=\"/favicon.svg\">\n</head><body>\n"
                + "<main data-content><p><img class=\"badge\" src=\"/badge.svg\"></p></main>\n<footer>\n<img src=\"/logo.svg\" alt=\"\">\n"
                + "<p><img class=\"badge\" src=\"/badge.svg\"></p>\n</footer></body></html>", "", Parser.htmlParser().setTrackPosition(true));
        List<Element> images = page.select("img");

        assertEquals(new SourceLocator.Location(Path.of("templates/partials/site-footer.ftl"), 6), frame.locate("pl/a/index.html", "/badge.svg", images.get(2)),
                "the footer's <img class=\"badge\">, its src's line, not its commented-out one, nor the <img> without a class");
        assertEquals(new SourceLocator.Location(Path.of("templates/partials/site-footer.ftl"), 3), frame.locate("pl/a/index.html", "/logo.svg", images.get(1)));
        assertEquals(new SourceLocator.Location(Path.of("templates/partials/head.ftl"), 1), frame.locate("pl/a/index.html", "/favicon.svg", page.selectFirst("link")));
        assertEquals(new SourceLocator.Location(Path.of("target/site/pl/a/index.html"), 4), frame.locate("pl/a/index.html", "/badge.svg", images.get(0)),
                "an image in the page's text is the Markdown's, not a template's");
    }

    /**
     * Two images without alt text with the same address, one written in an expression's default ({@code ${badge!"/favicon.svg"}})
     * or as it is, the other through a variable in an {@code <img class="logo">}: each is named at its own tag's line, not
     * both at the one that names the address. A tag in a comment writes nothing, and names nothing.
     */
    @Test
    void anAddressWrittenInOneTagIsNotBlamedForAnotherThatWritesItThroughAVariable(@TempDir Path other) throws IOException {
        Files.createDirectories(other.resolve("templates/partials"));
        Files.writeString(other.resolve("templates/partials/site-footer.ftl"), "<footer>\n<img src=\"${badge!\"/favicon.svg\"}\">\n"
                + "<img class=\"logo\" src=\"${logo}\">\n</footer>\n", StandardCharsets.UTF_8);
        Files.writeString(other.resolve("templates/partials/site-header.ftl"), "<header>\n<#-- <img class=\"seal\" src=\"/seal.svg\"> -->\n"
                + "<img class=\"seal\" src=\"${seal}\">\n<img src=\"/seal.svg\">\n</header>\n", StandardCharsets.UTF_8);
        Files.writeString(other.resolve("templates/partials/badge.ftl"), "<img class=\"badge\" src=\"/badge.svg\">\n", StandardCharsets.UTF_8);
        SourceLocator frame = new SourceLocator(other, other.resolve("target/site"), Map.of(), SourceLocator.frameFiles(other, other.resolve("templates")));
        Document page = Jsoup.parse("<html><body>\n<header><img class=\"seal\" src=\"/seal.svg\">\n<img src=\"/seal.svg\"></header>\n"
                + "<footer>\n<img src=\"/favicon.svg\">\n<img class=\"logo\" src=\"/favicon.svg\">\n<img class=\"badge\" src=\"/badge.svg\">\n"
                + "</footer></body></html>", "",
                Parser.htmlParser().setTrackPosition(true));
        List<Element> images = page.select("img");
        Path footer = Path.of("templates/partials/site-footer.ftl");
        Path header = Path.of("templates/partials/site-header.ftl");

        assertEquals(new SourceLocator.Location(footer, 2), frame.locate("pl/a/index.html", "/favicon.svg", images.get(2)));
        assertEquals(new SourceLocator.Location(footer, 3), frame.locate("pl/a/index.html", "/favicon.svg", images.get(3)),
                "the <img class=\"logo\">, not the <img> of line 2 that names the address but writes no class");
        assertEquals(new SourceLocator.Location(header, 3), frame.locate("pl/a/index.html", "/seal.svg", images.get(0)),
                "the <img class=\"seal\">, not the one commented out above it, nor the <img> after it that writes the address as it is");
        assertEquals(new SourceLocator.Location(header, 4), frame.locate("pl/a/index.html", "/seal.svg", images.get(1)), "not the comment");
        assertEquals(new SourceLocator.Location(Path.of("templates/partials/badge.ftl"), 1), frame.locate("pl/a/index.html", "/badge.svg",
                images.get(4)), "a tag that starts the template");
    }

    /**
     * Two identical images of a page's frame, the header's written with its address as it is and the footer's through a
     * variable, or both through a variable: each is named at a tag of its own, not both at one (then merged into one
     * problem). Three tags through a variable for two images cannot be told apart: no template is guessed. One tag for
     * more images than that (a {@code <#list>}) names them all.
     */
    @Test
    void identicalImagesOfAPageAreNamedAtATagEach(@TempDir Path other) throws IOException {
        Files.createDirectories(other.resolve("templates/partials"));
        Path header = Path.of("templates/partials/site-header.ftl");
        Path footer = Path.of("templates/partials/site-footer.ftl");
        Files.writeString(other.resolve(header), "<header>\n<img class=\"badge\" src=\"/favicon.svg\">\n</header>\n", StandardCharsets.UTF_8);
        Files.writeString(other.resolve(footer), "<footer>\n<#assign logo = \"/favicon.svg\">\n<img class=\"badge\" src=\"${logo}\">\n</footer>\n",
                StandardCharsets.UTF_8);
        Document page = Jsoup.parse("<html><body>\n<header><img class=\"badge\" src=\"/favicon.svg\"></header>\n<main data-content>"
                + "<img class=\"badge\" src=\"/favicon.svg\"></main>\n<footer><img class=\"badge\" src=\"/favicon.svg\"></footer>\n</body></html>", "",
                Parser.htmlParser().setTrackPosition(true));
        List<Element> images = page.select("img");

        assertEquals(List.of(new SourceLocator.Location(header, 2), new SourceLocator.Location(footer, 3)), locations(other, images.get(0), images.get(2)),
                "the header's tag for one, the footer's for the other; the image in the page's text is no twin of theirs");
        Files.writeString(other.resolve(header), "<header>\n<img class=\"badge\" src=\"${seal}\">\n</header>\n", StandardCharsets.UTF_8);
        assertEquals(Set.of(new SourceLocator.Location(header, 2), new SourceLocator.Location(footer, 3)),
                Set.copyOf(locations(other, images.get(0), images.get(2))), "both through a variable: one each (which is which cannot be told),"
                        + " not one message naming both");
        Files.writeString(other.resolve("templates/partials/aside.ftl"), "<aside><img class=\"badge\" src=\"${badge}\"></aside>\n", StandardCharsets.UTF_8);
        assertTrue(locations(other, images.get(0), images.get(2)).stream().allMatch(at -> at.file().startsWith("target")),
                "three tags, two images: neither is guessed");
        Files.delete(other.resolve("templates/partials/aside.ftl"));
        Files.delete(other.resolve(header));
        assertEquals(List.of(new SourceLocator.Location(footer, 3), new SourceLocator.Location(footer, 3)), locations(other, images.get(0), images.get(2)),
                "one tag that writes both");
    }

    /**
     * Two templates write the same image, its attributes in another order ({@code <img class="badge" src="${logo}">} and
     * {@code <img src="/favicon.svg" class="badge">}): the images are twins, and each is named at a tag of its own.
     */
    @Test
    void identicalImagesWrittenWithTheirAttributesInAnotherOrderAreNamedAtATagEach(@TempDir Path other) throws IOException {
        Files.createDirectories(other.resolve("templates/partials"));
        Path header = Path.of("templates/partials/site-header.ftl");
        Path footer = Path.of("templates/partials/site-footer.ftl");
        Files.writeString(other.resolve(header), "<header>\n<#assign logo = \"/favicon.svg\">\n<img class=\"badge\" src=\"${logo}\">\n</header>\n",
                StandardCharsets.UTF_8);
        Files.writeString(other.resolve(footer), "<footer>\n<img src=\"/favicon.svg\" class=\"badge\">\n</footer>\n", StandardCharsets.UTF_8);
        Document page = Jsoup.parse("<html><body>\n<header><img class=\"badge\" src=\"/favicon.svg\"></header>\n"
                + "<footer><img src=\"/favicon.svg\" class=\"badge\"></footer>\n</body></html>", "", Parser.htmlParser().setTrackPosition(true));

        assertEquals(Set.of(new SourceLocator.Location(header, 3), new SourceLocator.Location(footer, 2)),
                Set.copyOf(locations(other, page.select("img").toArray(new Element[0]))), "one tag each, not the header's twice");
    }

    /**
     * A template that writes an image's address in another attribute of an {@code <img>} (a lightbox's {@code data-full}
     * before its {@code src}) did not write that address as an image's {@code src}: it is not named for it.
     */
    @Test
    void anAddressATemplateWritesInAnotherAttributeIsNotNamedForTheImage(@TempDir Path other) throws IOException {
        Files.createDirectories(other.resolve("templates/partials"));
        Files.writeString(other.resolve("templates/partials/gallery.ftl"), "<figure>\n<img data-full=\"/images/photo.jpg\" src=\"${thumb}\">\n</figure>\n",
                StandardCharsets.UTF_8);
        Document page = Jsoup.parse("<html><body>\n<aside><img src=\"/images/photo.jpg\"></aside>\n</body></html>", "",
                Parser.htmlParser().setTrackPosition(true));
        SourceLocator frame = new SourceLocator(other, other.resolve("target/site"), Map.of(), SourceLocator.frameFiles(other, other.resolve("templates")));

        assertEquals(new SourceLocator.Location(Path.of("target/site/pl/a/index.html"), 2), place(frame.locate("pl/a/index.html", "/images/photo.jpg",
                page.selectFirst("img"))), "the built page's line, not gallery.ftl's");
    }

    /** Where a fault is named, without the note on why (which another test reads). */
    private static SourceLocator.Location place(SourceLocator.Location location) {
        return new SourceLocator.Location(location.file(), location.line());
    }

    /**
     * An attribute written without a value in one template ({@code data-lazy}) and with an empty one in another
     * ({@code data-lazy=""}): both tags can write either image, so the two images are twins and each is named at a tag
     * of its own, not both at the header's (then merged into one problem, the footer's never reported).
     */
    @Test
    void anAttributeWithoutAValueAndOneWithAnEmptyValueMakeTwins(@TempDir Path other) throws IOException {
        Files.createDirectories(other.resolve("templates/partials"));
        Path header = Path.of("templates/partials/site-header.ftl");
        Path footer = Path.of("templates/partials/site-footer.ftl");
        Files.writeString(other.resolve(header), "<header>\n<img class=\"badge\" src=\"/favicon.svg\" data-lazy>\n</header>\n", StandardCharsets.UTF_8);
        Files.writeString(other.resolve(footer), "<footer>\n<#assign logo = \"/favicon.svg\">\n<img class=\"badge\" src=\"${logo}\" data-lazy=\"\">\n"
                + "</footer>\n", StandardCharsets.UTF_8);
        Document page = Jsoup.parse("<html><body>\n<header><img class=\"badge\" src=\"/favicon.svg\" data-lazy></header>\n"
                + "<footer><img class=\"badge\" src=\"/favicon.svg\" data-lazy=\"\"></footer>\n</body></html>", "",
                Parser.htmlParser().setTrackPosition(true));

        assertEquals(List.of(new SourceLocator.Location(header, 2), new SourceLocator.Location(footer, 3)),
                locations(other, page.select("img").toArray(new Element[0])), "the footer's image at the footer's tag");
    }

    private static List<SourceLocator.Location> locations(Path project, Element... images) {
        SourceLocator frame = new SourceLocator(project, project.resolve("target/site"), Map.of(), SourceLocator.frameFiles(project, project.resolve("templates")));
        return Stream.of(images).map(img -> frame.locate("pl/a/index.html", "/favicon.svg", img)).toList();
    }

    /** Two templates that could write the element, or one whose tag a directive shapes: the built page's line, saying which templates and why. */
    @Test
    void anElementNoTemplateLineCanBeToldIsNamedAtThePageWithTheLikelyTemplates(@TempDir Path other) throws IOException {
        Files.createDirectories(other.resolve("templates/partials"));
        Files.writeString(other.resolve("templates/partials/site-footer.ftl"), "<footer>\n<img src=\"${badge}\">\n</footer>\n", StandardCharsets.UTF_8);
        Files.writeString(other.resolve("templates/partials/site-header.ftl"), "<header>\n\n<img src=\"${logo}\">\n"
                + "<img class=\"seal\" src=\"${seal}\" <#if ui.seal??>alt=\"${ui.seal}\"</#if>>\n</header>\n", StandardCharsets.UTF_8);
        SourceLocator frame = new SourceLocator(other, other.resolve("target/site"), Map.of(), SourceLocator.frameFiles(other, other.resolve("templates")));
        Document page = Jsoup.parse("<html><body>\n<header><img src=\"/logo.svg\">\n<img class=\"seal\" src=\"/seal.svg\" title=\"s\"></header>\n"
                + "</body></html>", "", Parser.htmlParser().setTrackPosition(true));
        List<Element> images = page.select("img");

        assertEquals(new SourceLocator.Location(Path.of("target/site/pl/a/index.html"), 2, " (written by a template, either"
                + " templates/partials/site-footer.ftl:2 or templates/partials/site-header.ftl:3: each writes <img> tags whose src comes from ${…},"
                + " and the build cannot tell which one wrote this)"),
                frame.locate("pl/a/index.html", "/logo.svg", images.get(0)));
        assertEquals(new SourceLocator.Location(Path.of("target/site/pl/a/index.html"), 3, " (probably written at templates/partials/site-header.ftl:4,"
                + " where an <#if> or ${…} sets the attributes of the <img>, so the build cannot be sure)"),
                frame.locate("pl/a/index.html", "/seal.svg", images.get(1)));
    }

    /**
     * A tag no template line writes, one an expression puts together: the built page's line, saying so, and that the page is
     * the one this build made (a build that fails publishes nothing, so target/site may not hold that line).
     */
    @Test
    void anElementAnExpressionPutsTogetherIsNamedAtThePageSayingSo(@TempDir Path other) throws IOException {
        Files.createDirectories(other.resolve("templates/partials"));
        Files.writeString(other.resolve("templates/partials/site-footer.ftl"), "<footer>\n<#assign t=\"im\"+\"g\">\n"
                + "${(\"<\"+t+\" src=\\\"/favicon.svg\\\">\")?no_esc}\n</footer>\n", StandardCharsets.UTF_8);
        SourceLocator frame = new SourceLocator(other, other.resolve("target/site"), Map.of(), SourceLocator.frameFiles(other, other.resolve("templates")));
        Document page = Jsoup.parse("<html><body>\n<footer>\n<img src=\"/favicon.svg\"></footer>\n</body></html>", "",
                Parser.htmlParser().setTrackPosition(true));

        assertEquals(new SourceLocator.Location(Path.of("target/site/pl/a/index.html"), 3, " (no template line writes this <img> tag as it"
                + " stands, nor with its src from ${…}: an expression or a macro may assemble it; the line number is for the page as this build"
                + " made it, and a build with errors does not publish it)"),
                frame.locate("pl/a/index.html", "/favicon.svg", page.selectFirst("img")));
        assertEquals("", frame.locate("pl/a/index.html", "/other.svg", page.selectFirst("img")).note(),
                "a text the tag does not hold in an attribute: no word on how the tag was written");
    }

    /** Many tags a directive shapes: the first three are named, and how many more, so the message stays one line an editor reads. */
    @Test
    void manyProbableTemplatesAreCutToThreeAndACount(@TempDir Path other) throws IOException {
        Files.createDirectories(other.resolve("templates/partials"));
        Files.writeString(other.resolve("templates/partials/site-header.ftl"), "<header>\n<img src=\"${a}\" <#if x??>alt=\"x\"</#if>>\n"
                + "<img src=\"${b}\" <#if y??>alt=\"y\"</#if>>\n<img src=\"${c}\" <#if z??>alt=\"z\"</#if>>\n"
                + "<img src=\"${d}\" <#if w??>alt=\"w\"</#if>>\n</header>\n", StandardCharsets.UTF_8);
        SourceLocator frame = new SourceLocator(other, other.resolve("target/site"), Map.of(), SourceLocator.frameFiles(other, other.resolve("templates")));
        Document page = Jsoup.parse("<html><body>\n<header><img src=\"/seal.svg\"></header>\n</body></html>", "",
                Parser.htmlParser().setTrackPosition(true));

        assertEquals(new SourceLocator.Location(Path.of("target/site/pl/a/index.html"), 2, " (probably written at templates/partials/site-header.ftl:2"
                + " or templates/partials/site-header.ftl:3 or templates/partials/site-header.ftl:4 (and 1 more), where an <#if> or ${…} sets"
                + " the attributes of the <img>, so the build cannot be sure)"),
                frame.locate("pl/a/index.html", "/seal.svg", page.selectFirst("img")));
    }

    /** Exactly three tags a directive shapes: all three are named, with no count of more after them. */
    @Test
    void threeProbableTemplatesAreNamedWithoutACount(@TempDir Path other) throws IOException {
        Files.createDirectories(other.resolve("templates/partials"));
        Files.writeString(other.resolve("templates/partials/site-header.ftl"), "<header>\n<img src=\"${a}\" <#if x??>alt=\"x\"</#if>>\n"
                + "<img src=\"${b}\" <#if y??>alt=\"y\"</#if>>\n<img src=\"${c}\" <#if z??>alt=\"z\"</#if>>\n</header>\n", StandardCharsets.UTF_8);
        SourceLocator frame = new SourceLocator(other, other.resolve("target/site"), Map.of(), SourceLocator.frameFiles(other, other.resolve("templates")));
        Document page = Jsoup.parse("<html><body>\n<header><img src=\"/seal.svg\"></header>\n</body></html>", "",
                Parser.htmlParser().setTrackPosition(true));

        assertEquals(" (probably written at templates/partials/site-header.ftl:2 or templates/partials/site-header.ftl:3"
                + " or templates/partials/site-header.ftl:4, where an <#if> or ${…} sets the attributes of the <img>, so the build cannot be sure)",
                frame.locate("pl/a/index.html", "/seal.svg", page.selectFirst("img")).note());
    }

    /**
     * A fault named at a built page is known as one, wherever the output folder is (the build reports such a fault once, with
     * how many other pages show it); one named at the Markdown, or at the page's path inside another folder, is not.
     */
    @Test
    void aFaultNamedAtABuiltPageIsKnownAsOne() {
        SourceLocator.Location atPage = locator.locate("pl/a/index.html", "/pl/c/", element);
        assertEquals(Path.of("target/site/pl/a/index.html"), atPage.file());
        assertTrue(locator.isBuiltPage(atPage.file()));
        assertFalse(locator.isBuiltPage(locator.locate("pl/a/index.html", "/pl/b/", element).file()), "the Markdown's line");
        assertFalse(locator.isBuiltPage(Path.of("content/pl/a.md")));

        SourceLocator elsewhere = new SourceLocator(project, Path.of("/srv/site"), Map.of(), List.of());
        assertTrue(elsewhere.isBuiltPage(elsewhere.locate("pl/a/index.html", "x", null).file()));
        assertFalse(elsewhere.isBuiltPage(Path.of("target/site/pl/a/index.html")), "the project's target/site is not this build's output");
    }

    /**
     * A link is named at its own line, not at a line of links to other addresses: neither a link written through a reference
     * before it (which no line writes on its own) nor one to another address before it shifts the count.
     */
    @Test
    void aLinkIsNamedAtItsLineWhateverLinksToOtherAddressesComeBeforeIt(@TempDir Path other) throws IOException {
        SourceLocator locator = pageOf(other, "Najpierw [A][a].\n\nPotem [B](/pl/b/).\n\nNa koniec [C](/pl/c/).\n\n[a]: /pl/a/\n");
        Document page = Jsoup.parse("<html><body><div data-content><p>Najpierw <a href=\"/pl/a/\">A</a>.</p>"
                + "<p>Potem <a href=\"/pl/b/\">B</a>.</p><p>Na koniec <a href=\"/pl/c/\">C</a>.</p></div></body></html>",
                "", Parser.htmlParser().setTrackPosition(true));

        assertEquals(6, locator.locate("pl/a/index.html", "/pl/b/", page.select("a").get(1)).line(), "not line 8, the next link's");
    }

    /**
     * A footnote's mark is a link in the page's text that the Markdown writes as {@code [^1]}, not as a link: it does not
     * make the link after it be named at the line of the link after that.
     */
    @Test
    void aFootnoteMarkBeforeALinkDoesNotShiftItsLine(@TempDir Path other) throws IOException {
        SourceLocator locator = pageOf(other, "Tekst z przypisem[^1].\n\n[B](/pl/b/)\n\n[C](/pl/c/)\n\n[^1]: Przypis.\n");
        Document page = Jsoup.parse("<html><body><div data-content><p>Tekst z przypisem<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a>"
                + "</sup>.</p><p><a href=\"/pl/b/\">B</a></p><p><a href=\"/pl/c/\">C</a></p></div></body></html>",
                "", Parser.htmlParser().setTrackPosition(true));

        assertEquals(6, locator.locate("pl/a/index.html", "/pl/b/", page.select("a").get(1)).line(), "not line 8, the link to /pl/c/");
    }

    /** The same link on three lines: the second is named at the second line, each where it must be fixed. */
    @Test
    void theSecondOfThreeLinksIsNamedAtTheSecondLine(@TempDir Path other) throws IOException {
        SourceLocator locator = pageOf(other, "[Raz](/pl/b/)\n\n[Dwa](/pl/b/)\n\n[Trzy](/pl/b/)\n");
        Document page = Jsoup.parse("<html><body><div data-content><p><a href=\"/pl/b/\">Raz</a></p>"
                + "<p><a href=\"/pl/b/\">Dwa</a></p><p><a href=\"/pl/b/\">Trzy</a></p></div></body></html>",
                "", Parser.htmlParser().setTrackPosition(true));
        List<Element> links = page.select("a");

        assertEquals(List.of(4, 6, 8), links.stream().map(link -> locator.locate("pl/a/index.html", "/pl/b/", link).line()).toList());
    }

    /**
     * Images without alt text are counted among images without it: one with alt text written through a reference before
     * them does not make the first of them be named at the second's line.
     */
    @Test
    void anImageWithAltTextThroughAReferenceDoesNotShiftTheImagesWithout(@TempDir Path other) throws IOException {
        SourceLocator locator = pageOf(other, "![Rysunek][r]\n\n![](/images/rysunek.svg)\n\n![](/images/rysunek.svg)\n\n[r]: /images/rysunek.svg\n");
        List<Element> images = builtImages("<img src=\"/images/rysunek.svg\" alt=\"Rysunek\">", "<img src=\"/images/rysunek.svg\" alt=\"\">",
                "<img src=\"/images/rysunek.svg\" alt=\"\">");

        assertEquals(6, locator.locate("pl/a/index.html", "/images/rysunek.svg", images.get(1)).line(), "not line 8");
        assertEquals(8, locator.locate("pl/a/index.html", "/images/rysunek.svg", images.get(2)).line());
    }

    @Test
    void anAddressIsWholeAtTheEdgesOfTheLineAndBetweenPunctuation() {
        assertTrue(SourceLocator.containsWhole("/de/ ist die Startseite", "/de/"));
        assertTrue(SourceLocator.containsWhole("homeUrl: /de/", "/de/"));
        assertTrue(SourceLocator.containsWhole("![Bild](x.png)", "x.png"));
        assertFalse(SourceLocator.containsWhole("![Bild](box.png)", "x.png"));
        assertFalse(SourceLocator.containsWhole("![Bild](my-x.png)", "x.png"));
        assertFalse(SourceLocator.containsWhole("/de/ueber/", "/de/"));
        assertFalse(SourceLocator.containsWhole("/de/-alt", "/de/"));
        assertTrue(SourceLocator.containsWhole("[a](/de/ueber/), [b](/de/)", "/de/"), "a later occurrence counts when the first is part of more");
    }
}
