package guide.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An editor's file in UTF-8 is read as it is; one saved in another encoding is named at the line of its first letter that is not UTF-8. */
class Utf8TextTest {
    @TempDir
    Path dir;

    private Path file(byte[] bytes) throws IOException {
        Path file = dir.resolve("x.md");
        Files.write(file, bytes);
        return file;
    }

    @Test
    void utf8IsReadAsItIs() throws IOException {
        assertEquals("title=Zażółć\r\n", Utf8Text.read(file("title=Zażółć\r\n".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void windows1250IsNamedAtItsLineWithTheWordsThere() throws IOException {
        byte[] bytes = "title=Ok\n\nPierwszy akapit.\nDruga linia: gęślą jaźń.\n".getBytes(Charset.forName("windows-1250"));
        IOException e = assertThrows(IOException.class, () -> Utf8Text.read(file(bytes)));
        assertEquals("content/pl/x.md:4: not valid UTF-8: the file was saved in another encoding, Windows-1250 perhaps, which reads this line as"
                + " \"Druga linia: gęślą jaźń.\"; save it as UTF-8", Utf8Text.problem(Path.of("content/pl/x.md"), e).toString());
    }

    @Test
    void aLongLineIsShownAroundItsFirstSuchLetter() throws IOException {
        String line = "A".repeat(40) + " zażółć " + "B".repeat(40);
        IOException e = assertThrows(IOException.class, () -> Utf8Text.read(file(line.getBytes(Charset.forName("windows-1250")))));
        assertEquals("x.md:1: not valid UTF-8: the file was saved in another encoding, Windows-1250 perhaps, which reads this line as"
                + " \"…" + "A".repeat(27) + " zażółć " + "B".repeat(15) + "…\"; save it as UTF-8", Utf8Text.problem(Path.of("x.md"), e).toString());
    }

    /** Notepad's "Unicode" (UTF-16 with a byte order mark), and UTF-16 without one, are named as what they are. */
    @Test
    void utf16IsNamedAsUtf16() {
        for (Charset utf16 : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE)) {
            byte[] bytes = (utf16 == StandardCharsets.UTF_16LE ? "\uFEFF" : "").concat("title=About\n").getBytes(utf16);
            IOException e = assertThrows(IOException.class, () -> Utf8Text.read(file(bytes)));
            assertEquals("content/en/about.md: saved as UTF-16 (\"Unicode\" in Windows Notepad's Save As), which the guide does not read:"
                    + " save it again as UTF-8 (in Notepad: File > Save As, Encoding: UTF-8)", Utf8Text.problem(Path.of("content/en/about.md"), e).toString(), utf16.name());
        }
        IOException e = assertThrows(IOException.class, () -> Utf8Text.read(file("title=About\n".getBytes(StandardCharsets.UTF_16LE))));
        assertEquals("UTF-16, not UTF-8", e.getMessage(), "without a byte order mark, the zero bytes say so");
    }

    /** One stray zero byte in a UTF-8 file is no UTF-16: it is named at its line, after the text that comes before it. */
    @Test
    void aStrayZeroByteIsNamedAtItsLine() {
        byte[] bytes = "title=About\nstatus=published\n~~~~~~\n\nZażółć gęślą jaźń\u0000 and more.\n".getBytes(StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> Utf8Text.read(file(bytes)));
        assertEquals("content/en/about.md:5: a zero byte (an invisible control character, often left by a program that crashed while saving"
                + " or pasted from a binary file) after \"Zażółć gęślą jaźń\": delete it", Utf8Text.problem(Path.of("content/en/about.md"), e).toString());
    }

    /** Old-Mac line ends (a lone CR each) and Windows ones are one line each, as the editor shows them. */
    @Test
    void theLineOfABadByteCountsEveryKindOfLineEnd() {
        byte[] zero = "title=About\rstatus=published\r\nbad\u0000 byte\r".getBytes(StandardCharsets.UTF_8);
        assertEquals("x.md:3: a zero byte (an invisible control character, often left by a program that crashed while saving"
                + " or pasted from a binary file) after \"bad\": delete it", Utf8Text.problem(Path.of("x.md"), assertThrows(IOException.class,
                () -> Utf8Text.read(file(zero)))).toString());
        byte[] cp1250 = "title=Ok\r\rDruga linia: gęślą jaźń.\r".getBytes(Charset.forName("windows-1250"));
        assertEquals("x.md:3: not valid UTF-8: the file was saved in another encoding, Windows-1250 perhaps, which reads this line as"
                + " \"Druga linia: gęślą jaźń.\"; save it as UTF-8", Utf8Text.problem(Path.of("x.md"), assertThrows(IOException.class,
                () -> Utf8Text.read(file(cp1250)))).toString());
    }

    /** Text pasted on a Mac: "ś" as "s" and a combining acute; the page and the search should see the letter as typed elsewhere. */
    @Test
    void decomposedLettersAreReadComposed() throws IOException {
        String decomposed = "title=Bez s\u0301ledzenia, zaz\u0307o\u0301łc\u0301 ge\u0328s\u0301la\u0328 jaz\u0301n\u0301\n";
        assertEquals("title=Bez śledzenia, zażółć gęślą jaźń\n", Utf8Text.read(file(decomposed.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aByteOrderMarkIsLeftOut() throws IOException {
        assertEquals("title=Ok\n", Utf8Text.read(file("\uFEFFtitle=Ok\n".getBytes(StandardCharsets.UTF_8))));
    }

    /** Notepad's "UTF-8 with BOM": the settings' first key is still that key, not one with an invisible character before it. */
    @Test
    void settingsSavedWithAByteOrderMarkKeepTheirFirstKey() throws BuildFailure {
        SmallProject project = SmallProject.in(dir).write("jbake.properties", "\uFEFF" + SmallProject.PROPERTIES);
        assertEquals(List.of("pl", "en"), SiteConfig.load(project.dir()).languages());
    }
}
