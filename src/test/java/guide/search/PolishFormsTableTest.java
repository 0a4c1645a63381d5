package guide.search;

import morfologik.stemming.WordData;
import morfologik.stemming.polish.PolishStemmer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every form of a Polish lemma, which lets a reader find "ręka" by typing "rąk": the table the build makes from Morfologik's
 * dictionary, read afresh in each test (not the copy the JVM keeps).
 */
class PolishFormsTableTest {
    @TempDir
    Path dir;

    private static PolishFormsTable fresh() {
        return PolishFormsTable.load(PolishFormsTable.class.getResource(PolishFormsTable.RESOURCE));
    }

    @Test
    void theClassPathTableListsEveryFormOfALemma() {
        PolishFormsTable table = fresh();
        List<String> reka = table.forms("ręka");
        assertTrue(reka.containsAll(List.of("rąk", "ręce", "ręka", "rękach", "rękami")), reka.toString());
        assertTrue(table.forms("faktura").containsAll(List.of("faktur", "fakturach", "fakturze")), table.forms("faktura").toString());
        assertEquals(List.of(), table.forms("qwzx"), "not a lemma");
        assertEquals(List.of(), table.forms(""));
        assertSame(PolishFormsTable.get(), PolishFormsTable.get(), "read once per JVM");
    }

    /** Pairs (characters cut from the lemma's end, suffix) by lemma, in order, as the writer hands them to encode. */
    private PolishFormsTable table(Map<String, List<String>> pairs) throws IOException {
        Map<String, Set<String>> sorted = new TreeMap<>();
        pairs.forEach((lemma, list) -> sorted.put(lemma, new TreeSet<>(list)));
        Path file = dir.resolve("t.bin");
        Files.write(file, PolishFormsTable.encode(sorted));
        return PolishFormsTable.load(file.toUri().toURL());
    }

    @Test
    void aLemmaIsFoundWhereverItIsInTheTableAndNothingBetween() throws IOException {
        Map<String, List<String>> pairs = new LinkedHashMap<>();
        pairs.put("dom", List.of("\u0000", "\u0000u", "\u0000y"));
        pairs.put("kot", List.of("\u0000", "\u0001ta"));
        pairs.put("łąka", List.of("\u0001i", "\u0004x"));
        PolishFormsTable table = table(pairs);
        assertEquals(List.of("dom", "domu", "domy"), table.forms("dom"), "the first lemma");
        assertEquals(List.of("kot", "kota"), table.forms("kot"), "one cut, then the suffix");
        assertEquals(List.of("łąki", "x"), table.forms("łąka"), "the last lemma; a cut of the whole lemma");
        for (String absent : List.of("a", "dom ", "kos", "kotek", "żaba")) {
            assertEquals(List.of(), table.forms(absent), absent);
        }
    }

    /** A verb has more than 127 forms: their count takes two bytes, and the next lemma is still found. */
    @Test
    void aLemmaWithHundredsOfFormsAndTheNextOne() throws IOException {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            many.add("\u0000" + i);
        }
        PolishFormsTable table = table(Map.of("robić", many, "zrobić", List.of("\u0000")));
        assertEquals(300, table.forms("robić").size());
        assertEquals(new HashSet<>(many.stream().map(p -> "robić" + p.substring(1)).toList()), new HashSet<>(table.forms("robić")));
        assertEquals(List.of("zrobić"), table.forms("zrobić"));
    }

    /** The real table has some 300,000 lemmas: their count takes three bytes, and the last lemma is found. */
    @Test
    void aTableOfMoreThan65536Lemmas() {
        Map<String, Set<String>> pairs = new TreeMap<>();
        for (int i = 0; i < 70_000; i++) {
            pairs.put(String.format("l%06d", i), Set.of("\u0000"));
        }
        PolishFormsTable table = new PolishFormsTable(PolishFormsTable.encode(pairs));
        assertEquals(List.of("l069999"), table.forms("l069999"));
        assertEquals(List.of("l000000"), table.forms("l000000"));
        assertEquals(List.of(), table.forms("l070000"));
    }

    @Test
    void theWriterWritesATableOnlyWhereThereIsNone() throws IOException {
        Path out = dir.resolve("classes/guide/search/polish-forms.bin");
        // The writer hands the encoder sorted sets (TreeSet), as here: Set.of would iterate in an order that differs per JVM.
        byte[] small = PolishFormsTable.encode(Map.of("dom", new TreeSet<>(Set.of("\u0000", "\u0000u"))));
        String said = PolishFormsTableWriter.write(out, () -> small).orElseThrow();
        // an editor's first ./guide run shows this line: it says what the table is for, not the file it is in
        assertTrue(said.matches("Prepared the word forms of the Polish search \\(\\d+\\.\\d s; done once, again only if target/ is deleted\\):"
                + " a reader who types \"rąk\" finds the pages that say \"ręka\"\\."), said);
        double seconds = Double.parseDouble(said.replaceAll(".*\\((\\d+\\.\\d) s; .*", "$1"));
        assertTrue(seconds < 60, "the time it took, in seconds: " + said);
        assertEquals(List.of("dom", "domu"), PolishFormsTable.load(out.toUri().toURL()).forms("dom"));
        assertFalse(Files.exists(out.resolveSibling("polish-forms.bin.tmp")), "no temporary file left");
        assertEquals(java.util.Optional.empty(), PolishFormsTableWriter.write(out, () -> {
            throw new AssertionError("a table is there: nothing to make");
        }));
        Files.writeString(out, "half a table");
        PolishFormsTableWriter.write(out, () -> small);
        assertEquals(small.length, Files.size(out), "a file that is no table is replaced");
    }

    @Test
    void aLemmaLongerThan255BytesCannotBeWritten() {
        Map<String, Set<String>> pairs = Map.of("ą".repeat(128), Set.of("\u0000"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolishFormsTable.encode(pairs));
        assertEquals("dictionary string longer than 255 bytes", e.getMessage());
        String longest = "ą".repeat(127) + "a";
        PolishFormsTable table = new PolishFormsTable(PolishFormsTable.encode(Map.of(longest, Set.of("\u0000"))));
        assertEquals(List.of(longest), table.forms(longest), "255 bytes fit");
    }

    @Test
    void aMissingOrForeignTableIsSaidWithWhatToDo() throws IOException {
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> PolishFormsTable.load(null));
        assertEquals("the Polish forms table guide/search/polish-forms.bin is missing from the class path: run mvn compile (it generates it)",
                missing.getMessage());
        Path other = Files.writeString(dir.resolve("other.bin"), "not a table at all, but long enough", StandardCharsets.US_ASCII);
        IllegalStateException foreign = assertThrows(IllegalStateException.class, () -> PolishFormsTable.load(other.toUri().toURL()));
        assertEquals("guide/search/polish-forms.bin is not a forms table: delete it and run mvn compile", foreign.getMessage());
        Path empty = Files.write(dir.resolve("empty.bin"), new byte[0]);
        assertThrows(IllegalStateException.class, () -> PolishFormsTable.load(empty.toUri().toURL()));
    }

    /** The writer skips its 10-30 s of work when the output is already a table, and only then. */
    @Test
    void aTableIsRecognisedByItsHeader() throws IOException {
        Path table = dir.resolve("t.bin");
        Files.write(table, PolishFormsTable.encode(Map.of()));
        assertTrue(PolishFormsTable.isTable(table));
        assertFalse(PolishFormsTable.isTable(dir.resolve("missing.bin")));
        assertFalse(PolishFormsTable.isTable(dir), "a folder");
        assertFalse(PolishFormsTable.isTable(Files.writeString(dir.resolve("short.bin"), "guide")), "shorter than the header");
        assertFalse(PolishFormsTable.isTable(Files.writeString(dir.resolve("other.bin"), "guide-polish-forms-2\nxxxx")));
        PolishFormsTableWriter.main(new String[] {table.toString()});
        assertTrue(PolishFormsTable.isTable(table));
        assertEquals(PolishFormsTable.encode(Map.of()).length, Files.size(table), "left as it was");
    }

    /**
     * The writer turns the dictionary around: for the dictionary's first entries (a few thousand forms), every form is
     * listed under each lemma Morfologik gives for it, and no other form is.
     */
    @Test
    void theWriterListsEachFormUnderItsLemmas() {
        morfologik.stemming.Dictionary dictionary = new PolishStemmer().getDictionary();
        List<ByteBuffer> entries = new ArrayList<>();
        for (ByteBuffer entry : dictionary.fsa) {
            // Each at an offset of its own array, after bytes that are not part of it (a separator among them).
            byte[] copy = new byte[entry.remaining() + 3];
            copy[1] = (byte) dictionary.metadata.getSeparator();
            entry.duplicate().get(copy, 3, entry.remaining());
            entries.add(ByteBuffer.wrap(copy, 3, entry.remaining()));
            if (entries.size() == 3000) {
                break;
            }
        }
        PolishFormsTable table = new PolishFormsTable(PolishFormsTableWriter.invert(entries, dictionary.metadata));
        byte separator = (byte) dictionary.metadata.getSeparator();
        Map<String, Set<String>> expected = new TreeMap<>();
        PolishStemmer stemmer = new PolishStemmer();
        Set<String> forms = new TreeSet<>();
        String last = null;
        for (ByteBuffer entry : entries) {
            byte[] b = entry.array();
            int end = 3;
            while (b[end] != separator) {
                end++;
            }
            last = new String(b, 3, end - 3, StandardCharsets.UTF_8);
            forms.add(last);
        }
        forms.remove(last); // its other entries may come after the ones taken
        for (String form : forms) {
            for (WordData d : stemmer.lookup(form)) {
                expected.computeIfAbsent(d.getStem().toString(), l -> new TreeSet<>()).add(form);
            }
        }
        assertTrue(expected.size() > 100, "lemmas: " + expected.size());
        String boundary = last;
        expected.forEach((lemma, listed) -> {
            Set<String> got = new TreeSet<>(table.forms(lemma));
            got.remove(boundary);
            assertEquals(listed, got, lemma);
        });
    }
}
