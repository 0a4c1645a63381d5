package guide.image;

import org.junit.jupiter.api.Test;

import guide.site.Utf8Text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A drawing's language is what its root {@code <svg>} declares as an XML parser reads the file, nothing a comment says. */
class SvgDrawingTest {
    private static Optional<String> language(String svg) {
        return SvgDrawing.rootLanguage(svg.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLangInACommentIsNoneTheRootsIs() {
        assertEquals(Optional.of("en"), language("<?xml version=\"1.0\"?>\n<!-- traced from <svg lang=\"pl\"> in the Polish file -->\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" lang=\"en\"><text>Step</text></svg>"));
        assertEquals(Optional.empty(), language("<!-- <svg lang=\"pl\"> -->\n<svg xmlns=\"http://www.w3.org/2000/svg\"><text lang=\"pl\">Krok</text></svg>"),
                "a comment's and a child's lang are not the drawing's");
    }

    @Test
    void theRootsLangIsReadWhereverItStandsAndHoweverItIsWritten() {
        assertEquals(Optional.of("pl"), language("<svg xmlns=\"http://www.w3.org/2000/svg\" aria-label=\"1 > 0\"\n  width=\"10\" lang='pl-PL'></svg>"));
        assertEquals(Optional.of("pl"), language("<svg xmlns=\"http://www.w3.org/2000/svg\" lang=\"en\" xml:lang=\"pl\"></svg>"), "xml:lang first, as XML has it");
        assertEquals(Optional.of("en"), language("<!-- " + "x".repeat(5000) + " -->\n<svg lang=\"en\"></svg>"), "past the first 4 KB");
        assertEquals(Optional.empty(), language("<html lang=\"pl\"></html>"), "not a drawing");
        assertEquals(Optional.empty(), language("<svg lang=\"1\"></svg>"), "no language code");
        assertEquals(Optional.empty(), SvgDrawing.rootLanguage(new byte[] {'<', 's', 'v', 'g', ' ', (byte) 0xff, '>'}), "not text");
    }

    @Test
    void aDrawingIsReadInTheEncodingItsDeclarationNames() throws Utf8Text.NotUtf8 {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" lang=\"pl\"><text>Łódź, żółw</text></svg>";
        for (String encoding : new String[] {"ISO-8859-2", "windows-1250"}) {
            String declared = "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>\n" + svg;
            assertEquals(declared, SvgDrawing.text(declared.getBytes(Charset.forName(encoding))), encoding);
        }
    }

    @Test
    void aDrawingThatDeclaresNoEncodingIsUtf8AndRefusedWhenItIsNot() throws Utf8Text.NotUtf8 {
        String svg = "<svg><text>Łódź</text></svg>";
        assertEquals(svg, SvgDrawing.text(svg.getBytes(StandardCharsets.UTF_8)));
        assertThrows(Utf8Text.NotUtf8.class, () -> SvgDrawing.text(svg.getBytes(Charset.forName("windows-1250"))),
                "Polish letters saved in windows-1250 with no declaration are not read as some other encoding");
    }

    @Test
    void aByteOrderMarkNamesTheEncodingAndIsNoPartOfTheText() throws Utf8Text.NotUtf8 {
        String svg = "<svg lang=\"pl\"><text>Krok</text></svg>";
        for (String encoding : new String[] {"UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE"}) {
            byte[] bytes = ("\uFEFF" + svg).getBytes(Charset.forName(encoding));
            assertEquals(svg, SvgDrawing.text(bytes), encoding);
            assertEquals(Optional.of("pl"), SvgDrawing.rootLanguage(bytes), encoding);
        }
    }

    @Test
    void aDeclarationIsReadWithinTheFirstFiveKilobytesAsXmlParsersReadIt() throws Utf8Text.NotUtf8 {
        String start = "<?xml version=\"1.0\" encoding=\"ISO-8859-2\"";
        String within = start + " ".repeat(5118 - start.length()) + "?>"; // its > the 5,120th byte
        assertEquals(within + "<svg>ł</svg>", SvgDrawing.text((within + "<svg>ł</svg>").getBytes(Charset.forName("ISO-8859-2"))));
        String past = start + " ".repeat(5119 - start.length()) + "?>"; // the 5,121st
        assertThrows(Utf8Text.NotUtf8.class, () -> SvgDrawing.text((past + "<svg>ł</svg>").getBytes(Charset.forName("ISO-8859-2"))),
                "a declaration that ends past jsoup's first 5 KB names no encoding: the file is read as UTF-8");
    }

    @Test
    void aFileWithNoTagIsNoDrawing() throws Utf8Text.NotUtf8 {
        assertEquals(Optional.empty(), SvgDrawing.rootLanguage(new byte[0]));
        assertEquals(Optional.empty(), language("svg lang=pl"));
        assertEquals("<svg lang=\"pl\"", SvgDrawing.text("<svg lang=\"pl\"".getBytes(StandardCharsets.UTF_8)));
    }
}
