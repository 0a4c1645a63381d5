package guide.check;

import guide.site.Utf8Text;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * An SVG in content/ is published as it is, so a reader who opens it on its own gets a document of the site's own
 * address: a drawing passes, anything that could act as the site is named at its line.
 */
class ContentSvgTest {
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 100 100\""
            + " xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
            + " xmlns:cc=\"http://creativecommons.org/ns#\">\n";

    private static List<String> findings(String body) throws IOException {
        return ContentSvg.check((HEAD + body + "\n</svg>\n").getBytes(StandardCharsets.UTF_8)).stream()
                .map(f -> f.line() + " " + f.message().substring(0, f.message().indexOf(" is not allowed"))).toList();
    }

    /** Old-Mac line ends (a lone CR each): the lines the editor shows, not the XML parser's, which counts only LF. */
    @Test
    void findingsAreAtTheLinesTheEditorShowsWhateverTheLineEnds() throws IOException {
        String body = "<rect/>\n<script>x</script>\n<rect onload=\"x\"\n style=\"fill:url(https://a.example/b.png)\"/>";
        for (String lineEnd : List.of("\r", "\r\n")) {
            byte[] svg = (HEAD + body + "\n</svg>\n").replace("\n", lineEnd).getBytes(StandardCharsets.UTF_8);
            assertEquals(List.of(4, 5, 6), ContentSvg.check(svg).stream().map(ContentSvg.Finding::line).toList(), lineEnd.length() + " character line ends");
        }
    }

    /** Bytes that are not UTF-8 text cannot be checked: they are refused at the line of the first bad one, in the editor's words. */
    @Test
    void anUnreadableImageIsNamedAtItsBadBytesLine() {
        byte[] zero = (HEAD + "<text>Krok\u0000</text>\n</svg>\n").replace("\n", "\r").getBytes(StandardCharsets.UTF_8);
        assertEquals("a.svg:3: a zero byte (an invisible control character, often left by a program that crashed while saving or pasted"
                + " from a binary file) after \"<text>Krok\": delete it", assertThrows(Utf8Text.NotUtf8.class, () -> ContentSvg.check(zero))
                .at(Path.of("a.svg")).toString());
        byte[] cp1250 = (HEAD + "<text>Zażółć</text>\n</svg>\n").getBytes(Charset.forName("windows-1250"));
        assertEquals("a.svg:3: not valid UTF-8: the file was saved in another encoding, Windows-1250 perhaps, which reads this line as"
                + " \"<text>Zażółć</text>\"; save it as UTF-8", assertThrows(Utf8Text.NotUtf8.class, () -> ContentSvg.check(cp1250))
                .at(Path.of("a.svg")).toString());
    }

    /** An SVG whose XML declaration or byte order mark names its encoding is as valid as one in UTF-8: it is checked, not refused. */
    @Test
    void anImageSavedInTheEncodingItDeclaresIsChecked() throws IOException {
        String svg = "<?xml version=\"1.0\" encoding=\"%s\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\">\n<text>Zażółć</text>\n"
                + "<script>alert(1)</script>\n</svg>\n";
        byte[] cp1250 = svg.formatted("windows-1250").getBytes(Charset.forName("windows-1250"));
        assertEquals(List.of(4), ContentSvg.check(cp1250).stream().map(ContentSvg.Finding::line).toList(), "windows-1250");
        byte[] utf16 = svg.formatted("UTF-16").getBytes(StandardCharsets.UTF_16);
        assertEquals(List.of(4), ContentSvg.check(utf16).stream().map(ContentSvg.Finding::line).toList(), "UTF-16 with its byte order mark");
    }

    /**
     * The encoding is named by the file's first tag, an XML declaration however it is spaced or quoted, as browsers read it, in a
     * drawing of any size; a declaration after a comment names none, and the file is read as UTF-8.
     */
    @Test
    void onlyTheDeclarationThatStartsTheFileNamesTheEncoding() {
        String drawing = "<svg xmlns=\"http://www.w3.org/2000/svg\">\n" + "<rect width=\"1\" height=\"1\"/>\n".repeat(2000)
                + "<text>Zażółć</text>\n<script>alert(1)</script>\n</svg>\n";
        byte[] quoted = ("<?xml version='1.0' encoding = 'windows-1250' ?>\n" + drawing).getBytes(Charset.forName("windows-1250"));
        assertDoesNotThrow(() -> assertEquals(List.of(2004), ContentSvg.check(quoted).stream().map(ContentSvg.Finding::line).toList()));
        byte[] late = ("<!-- drawn -->\n<?xml version=\"1.0\" encoding=\"windows-1250\"?>\n" + drawing).getBytes(Charset.forName("windows-1250"));
        assertThrows(Utf8Text.NotUtf8.class, () -> ContentSvg.check(late));
    }

    @Test
    void theGuidesOwnDrawingsPass() throws IOException {
        for (String name : List.of("exit-steps-pl.svg", "exit-steps-en.svg")) {
            assertEquals(List.of(), ContentSvg.check(Files.readAllBytes(Path.of("content/images", name))), name);
        }
    }

    @Test
    void whatDrawingProgramsWritePasses() throws IOException {
        assertEquals(List.of(), findings("""
                <sodipodi:namedview xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" id="nv" pagecolor="#fff"><inkscape:grid/></sodipodi:namedview>
                <metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><cc:Work rdf:about=""/></rdf:RDF></metadata>
                <defs><linearGradient id="g"><stop offset="0" stop-color="#000"/></linearGradient>
                <filter id="f"><feGaussianBlur stdDeviation="2"/></filter><clipPath id="c"><rect width="5" height="5"/></clipPath></defs>
                <style><![CDATA[ .a { fill: url(#g); } ]]></style>
                <g inkscape:label="Layer 1" clip-path="url(#c)" filter="url('#f')" aria-hidden="true">
                  <path class="a" d="M0 0L10 10" style="stroke:#000;stroke-width:2"/><use xlink:href="#g"/><use href="#g"/>
                  <text x="1" y="2" font-family="sans-serif">Krok <tspan font-weight="bold">1</tspan></text>
                </g>"""));
    }

    /** The two cases the issue named for content HTML, and what else makes an image act as a page, each at its line. */
    @Test
    void scriptsEventsAnimationsEmbedsAndOutsideReferencesAreNamedAtTheirLines() throws IOException {
        assertEquals(List.of(
                "3 unsafe SVG: <script> element",
                "4 unsafe SVG: attribute onload on <rect>",
                "5 unsafe SVG: <a> element",
                "6 unsafe SVG: <foreignObject> element",
                "7 unsafe SVG: link to \"https://elsewhere.example/x.svg#a\" in href of <use> (only a part of the same image, href=\"#…\", may be named)",
                "8 unsafe SVG: link to \"javascript:alert(1)\" in xlink:href of <pattern> (only a part of the same image, href=\"#…\", may be named)",
                "9 unsafe SVG: url(https://elsewhere.example/t.png) in attribute fill on <rect> (only url(#…), a part of the same image)",
                "10 unsafe SVG: @import in its <style>",
                "11 unsafe SVG: <image> showing \"photo.png\" (only a PNG, JPEG, GIF or WebP embedded as data:image/…;base64)",
                "12 unsafe SVG: <SCRIPT> element"),
                findings("""
                        <script>alert(1)</script>
                        <rect onload="alert(1)" width="1" height="1"/>
                        <a><animate attributeName="href" values="javascript:alert(1)"/><text>x</text></a>
                        <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>
                        <use href="https://elsewhere.example/x.svg#a"/>
                        <pattern id="p" xlink:href="  javascript:alert(1)"/>
                        <rect fill="url(https://elsewhere.example/t.png)" width="1" height="1"/>
                        <style>@import url(#x);</style>
                        <image href="photo.png" width="1" height="1"/>
                        <SCRIPT>alert(1)</SCRIPT>"""));
    }

    /** XML's own ways of adding what no element shows: an entity the browser expands into markup, a style sheet by instruction. */
    @Test
    void entityDeclarationsAndProcessingInstructionsAreNamed() throws IOException {
        String svg = "<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"https://elsewhere.example/s.css\"?>\n"
                + "<!DOCTYPE svg [\n<!ENTITY s \"&#60;script&#62;alert(1)&#60;/script&#62;\">\n]>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\">&s;</svg>\n";
        assertEquals(List.of("3 DOCTYPE with declarations of its own (<!ENTITY, <!ATTLIST …) <!DOCTYPE svg [", "2 processing instruction <?xml-stylesheet href=\"https://elsewhere…"),
                ContentSvg.check(svg.getBytes(StandardCharsets.UTF_8)).stream()
                        .map(f -> f.line() + " " + f.message().substring("unsafe SVG: ".length(), f.message().indexOf(" is not allowed"))).toList());
    }

    /** What a reviewer found passing: a script among the notes, a prefix bound to xlink, attributes a DTD adds, CSS escapes, image-set. */
    @Test
    void notesPrefixesDeclarationsAndEscapesDoNotHideAnything() throws IOException {
        assertEquals(List.of(
                "3 unsafe SVG: <script> element",
                "4 unsafe SVG: attribute x:href on <use>",
                "5 unsafe SVG: CSS escape (\\) in its <style>",
                "6 unsafe SVG: CSS escape (\\) in attribute style on <rect>",
                "7 unsafe SVG: image-set( in attribute style on <g>"),
                findings("""
                        <metadata><script>alert(1)</script></metadata>
                        <use xmlns:x="http://www.w3.org/1999/xlink" x:href="https://elsewhere.example/a.svg#a"/>
                        <style>@\\import "https://elsewhere.example/s.css";</style>
                        <rect style="fill:u\\72l(https://elsewhere.example/t.png)"/>
                        <g style="background-image:image-set('https://elsewhere.example/i.png' 1x)"/>"""));
        String attlist = "<!DOCTYPE svg [<!ATTLIST svg onload CDATA \"alert(1)\">]>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>\n";
        assertEquals(1, ContentSvg.check(attlist.getBytes(StandardCharsets.UTF_8)).size());
    }

    @Test
    void aBitmapEmbeddedInTheFileIsAPicture() throws IOException {
        assertEquals(List.of(), findings("<image width=\"2\" height=\"2\" xlink:href=\"data:image/png;base64,iVBORw0KGgo=\"/>"));
        assertEquals(List.of("3 unsafe SVG: <image> showing \"data:image/svg+xml;base64,PHN2Zz4=\" (only a PNG, JPEG, GIF or WebP embedded as data:image/…;base64)"),
                findings("<image href=\"data:image/svg+xml;base64,PHN2Zz4=\"/>"));
    }

    /**
     * What a finding quotes is cut at 40 characters (an instruction) or 60 (an address), with "…" only when something was left
     * out; an attribute whose name starts with a colon, in no namespace, is named, not taken for a drawing program's note.
     */
    @Test
    void quotesAreShortenedOnlyWhenLongerThanTheirLimit() throws IOException {
        String instruction = "<?pi " + "a".repeat(35);
        String address = "https://e.example/" + "b".repeat(42);
        assertEquals(List.of("3 unsafe SVG: processing instruction " + instruction, "4 unsafe SVG: processing instruction " + instruction + "…",
                        "5 unsafe SVG: link to \"" + address + "\" in href of <use> (only a part of the same image, href=\"#…\", may be named)",
                        "6 unsafe SVG: link to \"" + address + "…\" in href of <use> (only a part of the same image, href=\"#…\", may be named)",
                        "7 unsafe SVG: attribute :x on <rect>"),
                findings(instruction + "?>\n" + instruction + "b?>\n<use href=\"" + address + "\"/>\n<use href=\"" + address + "c\"/>\n"
                        + "<rect :x=\"1\"/>"));
    }

    /** A file with no tag at all (no '>' anywhere) names no encoding, and holds nothing to refuse. */
    @Test
    void aFileWithoutATagIsReadAsUtf8() throws IOException {
        assertEquals(List.of(), ContentSvg.check("rysunek".getBytes(StandardCharsets.UTF_8)));
    }
}
