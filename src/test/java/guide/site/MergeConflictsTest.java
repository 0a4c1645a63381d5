package guide.site;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A conflict is found at its start marker's line whatever the file's line ends, and on the first line after a byte order mark;
 * in a page's fenced code, only a whole one (an article about git shows a marker there).
 */
class MergeConflictsTest {
    private static List<Integer> lines(String text) {
        return MergeConflicts.in(Path.of("templates/i18n/pl.yaml"), text).stream().map(Problem::line).toList();
    }

    @Test
    void everyLineEndAndAByteOrderMark() {
        String conflict = "a: 1\n<<<<<<< HEAD\nb: 2\n=======\nb: 3\n>>>>>>> other\n";
        assertEquals(List.of(2), lines(conflict));
        assertEquals(List.of(2), lines(conflict.replace("\n", "\r\n")));
        assertEquals(List.of(2), lines(conflict.replace("\n", "\r")), "classic Mac line ends");
        assertEquals(List.of(1), lines("\uFEFF" + conflict.substring("a: 1\n".length())), "Notepad's UTF-8 with BOM");
        assertEquals(List.of(), lines("Title\n=======\n\n> quoted\n"), "a heading's underline alone is no conflict");
    }

    private static final String HEADER = "title=Konflikty\ntype=post\n~~~~~~\n\n";

    private static List<Integer> pageLines(String body) {
        return MergeConflicts.inPage(Path.of("content/pl/git.md"), HEADER + body).stream().map(Problem::line).toList();
    }

    @Test
    void aConflictOnTheLinesOfTwoXliffImportsSaysWhatToKeep() {
        // As git merged two branches that each imported an export of the same page (a real merge, 7 December 2026).
        String header = "title=About\nsourceRevision=pl 779a214cec99 to=en\n<<<<<<< HEAD\nimportedFrom=20261207T013028Z-d291fa:b03ea87b\n"
                + "lastImport=20261207T013028Z-d291fa:ea01b00950ba\n=======\nimportedFrom=20261207T013030Z-1ff61d:7c1d2e3f\n"
                + "lastImport=20261207T013030Z-1ff61d:bb41af65fe7d\n>>>>>>> ag-branch\n~~~~~~\n\nText.\n";
        String said = MergeConflicts.inPage(Path.of("content/en/about.md"), header).get(0).toString();
        assertTrue(said.startsWith("content/en/about.md:3: unresolved merge conflict (lines 3-9, "), said);
        assertTrue(said.endsWith(" and >>>>>>>; of the two lastImport= lines keep either: an XLIFF import's record, it counts only while"
                + " the text is as that import wrote it, so neither lets a file replace other work without a word; of the two importedFrom= lines"
                + " keep one with both values, separated by a space: each says which XLIFF export some unit texts came from"), said);
        String text = MergeConflicts.inPage(Path.of("content/en/about.md"), "title=About\n~~~~~~\n\n<<<<<<< HEAD\nA.\n=======\nB.\n>>>>>>> b\n")
                .get(0).toString();
        assertTrue(text.endsWith(" and >>>>>>>"), "a conflict in the text gets no such advice: " + text);
    }

    @Test
    void aLoneMarkerInAPagesCodeIsAnExample() {
        assertEquals(List.of(), pageLines("Git pisze:\n\n```\n<<<<<<< HEAD\n```\n\ni dalej.\n"));
        assertEquals(List.of(), pageLines("~~~~\n<<<<<<< HEAD\ntwoja wersja\n=======\n~~~~\n"), "no end marker: an example");
        assertEquals(List.of(), pageLines("```text\n<<<<<<< HEAD\n```\n\n```\n>>>>>>> main\n```\n"), "each marker in a block of its own");
    }

    /** Git writes a conflict's three markers wherever two branches changed the same lines, code blocks included. */
    @Test
    void aWholeConflictInAPagesCodeIsAConflict() {
        String code = "```\nx = 1\n<<<<<<< HEAD\nx = 2\n=======\nx = 3\n>>>>>>> other\n```\n";
        assertEquals(List.of(7), pageLines(code));
        assertEquals(List.of(7), pageLines(code.replace("=======", "||||||| base\nx = 1\n=======")), "diff3's base");
    }

    /**
     * A conflict whose start marker fell inside a code block and whose other markers fell after the block's fence, resolved
     * by half: the start marker is no example when a marker after it stands outside code.
     */
    @Test
    void aConflictCutAcrossAFenceIsAConflict() {
        assertEquals(List.of(7), pageLines("```\nkod\n<<<<<<< HEAD\nnowy kod\n```\nTekst.\n>>>>>>> other\n"), "the middle deleted, the end left");
        assertEquals(List.of(7), pageLines("```\nkod\n<<<<<<< HEAD\nnowy kod\n```\nTekst.\n=======\nInny tekst.\n"), "the end deleted, the middle left");
        assertEquals(List.of(6), pageLines("~~~\n<<<<<<< HEAD\n~~~\n\n=======\n~~~\nstary\n>>>>>>> other\n~~~\n"), "the middle outside, the end inside again");
        assertEquals(List.of(), pageLines("```\n<<<<<<< HEAD\n```\n\n```\n=======\n```\n"), "a middle in a block of its own: an example");
        assertEquals(List.of(10), pageLines("```\n<<<<<<< HEAD\n```\n\n```\n<<<<<<< HEAD\n```\n>>>>>>> x\n"),
                "only the start marker the outside one follows");
    }

    @Test
    void aMarkerOutsideCodeCountsAloneAndAHeaderSeparatorOpensNoFence() {
        assertEquals(List.of(5), pageLines("<<<<<<< HEAD\nNiedokończone rozwiązanie.\n"), "the rest deleted, the start left");
        assertEquals(List.of(8), pageLines("```\nkod\n```\n<<<<<<< HEAD\n"), "after the block is closed");
        assertEquals(List.of(2), lines("a\n<<<<<<< HEAD\n"), "other files: any start marker");
    }
}
