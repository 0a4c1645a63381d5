package guide.image;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
