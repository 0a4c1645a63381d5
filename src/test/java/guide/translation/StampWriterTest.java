package guide.translation;

import guide.content.ContentDocument;
import guide.content.TestDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** ./guide translations stamp rewrites one header line and leaves every other byte as it was. */
class StampWriterTest {
    private static final SourceRevision REVISION = new SourceRevision("pl", "0123456789ab", List.of("012345"));

    @TempDir
    Path dir;

    private String stamp(String text) throws IOException {
        Path file = dir.resolve("about.md");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        StampWriter.stamp(file, REVISION);
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void replacesTheExistingStampOnly() throws IOException {
        assertEquals("title=O nas\nsourceRevision=pl 0123456789ab 012345\nsummary=Krótko.\n~~~~~~\nsourceRevision=in the text stays\n",
                stamp("title=O nas\nsourceRevision=pl aaaaaaaaaaaa bbbbbb\nsummary=Krótko.\n~~~~~~\nsourceRevision=in the text stays\n"));
    }

    /** A reviewed and stamped translation no longer carries the record an import left of which export each unit text came from. */
    @Test
    void takesOutTheImportedFromLineAnImportLeft() throws IOException {
        assertEquals("title=O nas\nsourceRevision=pl 0123456789ab 012345\nsummary=Krótko.\n~~~~~~\nimportedFrom=in the text stays\n",
                stamp("title=O nas\nsourceRevision=pl aaaaaaaaaaaa\nimportedFrom=20261206T222117Z-75a64e:9a0fee88\nsummary=Krótko.\n"
                        + "~~~~~~\nimportedFrom=in the text stays\n"));
    }

    @Test
    void addsTheStampAtTheEndOfAHeaderWithoutOne() throws IOException {
        assertEquals("title=O nas\nsourceRevision=pl 0123456789ab 012345\n~~~~~~\n\nTekst.\n", stamp("title=O nas\n~~~~~~\n\nTekst.\n"));
    }

    @Test
    void keepsWindowsLineEndings() throws IOException {
        assertEquals("title=O nas\r\nsourceRevision=pl 0123456789ab 012345\r\n~~~~~~\r\nTekst.\r\n", stamp("title=O nas\r\n~~~~~~\r\nTekst.\r\n"));
        assertEquals("title=O nas\r\nsourceRevision=pl 0123456789ab 012345\r\n~~~~~~\r\n",
                stamp("title=O nas\r\nsourceRevision=pl aaaaaaaaaaaa\r\n~~~~~~\r\n"));
    }

    /** A file saved with old Mac line ends (a lone CR each) has its header found as the build finds it, and keeps its line ends. */
    @Test
    void keepsOldMacLineEndings() throws IOException {
        assertEquals("title=O nas\rsourceRevision=pl 0123456789ab 012345\r~~~~~~\rTekst.\r", stamp("title=O nas\r~~~~~~\rTekst.\r"));
        assertEquals("title=O nas\rsourceRevision=pl 0123456789ab 012345\rsummary=Krótko.\r~~~~~~\r",
                stamp("title=O nas\rsourceRevision=pl aaaaaaaaaaaa\rsummary=Krótko.\r~~~~~~\r"));
    }

    /** The line a stamp adds ends as the file's first line does: a stray CR in the text does not make a Unix file an old Mac one. */
    @Test
    void aStrayCarriageReturnInTheTextDoesNotChangeTheLineEnd() throws IOException {
        assertEquals("title=O nas\nsourceRevision=pl 0123456789ab 012345\n~~~~~~\nTekst\r z CR.\n", stamp("title=O nas\n~~~~~~\nTekst\r z CR.\n"));
    }

    @Test
    void aFileWithoutAHeaderIsRefusedAndLeftAlone() throws IOException {
        Path file = dir.resolve("plain.md");
        Files.writeString(file, "title=A\n~~~~\n", StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> StampWriter.stamp(file, REVISION));
        assertEquals("no header separator: end the key=value header with a line of exactly '~~~~~~'", e.getMessage());
        assertEquals("title=A\n~~~~\n", Files.readString(file));
    }
    @Test
    void anEmptyHeaderGetsTheStamp() throws IOException {
        assertEquals("sourceRevision=pl 0123456789ab 012345\n~~~~~~\nTekst.\n", stamp("~~~~~~\nTekst.\n"));
    }
    @Test
    void theStampOfADocumentTracksItsSummaryAndReadsBackAsWritten() throws IOException {
        ContentDocument source = TestDocument.article("pl", "o-nas").title("O nas").body("Tekst.\n")
                .header("summary", "Krótko o nas.").build();
        SourceRevision revision = SourceRevision.of(source);
        Path file = dir.resolve("about.md");
        Files.writeString(file, "title=About us\nsummary=Briefly.\n~~~~~~\nText.\n", StandardCharsets.UTF_8);
        StampWriter.stamp(file, revision);
        String line = Files.readString(file, StandardCharsets.UTF_8).lines().filter(l -> l.startsWith(SourceRevision.KEY + "=")).findFirst().orElseThrow();
        String value = line.substring(SourceRevision.KEY.length() + 1);
        assertEquals(SourceRevision.of("pl", "O nas", "Tekst.\n") + " summary=e727d3", value, "the short hash of 'Krótko o nas.' ends the line");
        assertEquals(Optional.of(revision), SourceRevision.parse(value));
        assertEquals(value, SourceRevision.parse(value).orElseThrow().toString());
    }

    /** The line the build reads as the stamp, typed with spaces or pasted no-break spaces around its key, is the one replaced. */
    @Test
    void replacesTheLineTheBuildReadsAsTheStamp() throws IOException {
        assertEquals("title=O nas\nsourceRevision=pl 0123456789ab 012345\n~~~~~~\n",
                stamp("title=O nas\n sourceRevision = pl aaaaaaaaaaaa \n~~~~~~\n"));
        assertEquals("title=O nas\r\nsourceRevision=pl 0123456789ab 012345\r\n~~~~~~\r\n",
                stamp("title=O nas\r\n\u00A0sourceRevision\u200B\t=pl aaaaaaaaaaaa\r\n~~~~~~\r\n"));
        assertEquals("\uFEFFsourceRevision=pl 0123456789ab 012345\ntitle=O nas\n~~~~~~\n",
                stamp("\uFEFF sourceRevision=pl aaaaaaaaaaaa\ntitle=O nas\n~~~~~~\n"), "the byte order mark stays first");
    }

    /** A line the build already reads as this stamp is left as it was: nothing to rewrite. */
    @Test
    void leavesAStampTheBuildAlreadyReadsAsCurrent() throws IOException {
        assertEquals("title=O nas\n sourceRevision = pl 0123456789ab 012345 \n~~~~~~\n",
                stamp("title=O nas\n sourceRevision = pl 0123456789ab 012345 \n~~~~~~\n"));
    }
}
