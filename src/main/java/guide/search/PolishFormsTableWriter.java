package guide.search;

import morfologik.stemming.DictionaryMetadata;
import morfologik.stemming.ISequenceEncoder;
import morfologik.stemming.polish.PolishStemmer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes {@link PolishFormsTable}'s file: Morfologik's Polish dictionary turned around, from
 * "form to lemma" (what the library looks up) to "lemma to every form" (what the search index
 * needs, so that a reader who types a form the articles never use still finds the lemma). The
 * inversion reads all 4.8 million entries (8 to 31 s on 2 cores, measured December 2026), so Maven runs it once at compile time
 * ({@code exec-maven-plugin} in pom.xml) and skips it while the table is there.
 *
 * <pre>java guide.search.PolishFormsTableWriter target/classes/guide/search/polish-forms.bin</pre>
 */
public final class PolishFormsTableWriter {
    /**
     * What the console says once the table is written, in the words of the editors who see it on their first {@code ./guide}
     * run (inside "Compiling the builder"): what it is for, and that it is done once, not on every run.
     */
    static final String SAID = "Prepared the word forms of the Polish search (%.1f s; done once, again only if target/ is deleted):"
            + " a reader who types \"rąk\" finds the pages that say \"ręka\".";

    private PolishFormsTableWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: PolishFormsTableWriter <output file>");
            System.exit(2);
        }
        write(Path.of(args[0]), PolishFormsTableWriter::invert).ifPresent(System.out::println);
    }

    /** Makes a table. */
    @FunctionalInterface
    interface Maker {
        byte[] make() throws IOException;
    }

    /**
     * Writes the table {@code maker} makes to {@code out} (through a temporary file, so that an interrupted run leaves no
     * half table) unless {@code out} is a table already; returns what it did, for the console, or nothing when it had nothing to do.
     */
    static Optional<String> write(Path out, Maker maker) throws IOException {
        if (PolishFormsTable.isTable(out)) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        byte[] table = maker.make();
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path temp = out.resolveSibling(out.getFileName() + ".tmp");
        Files.write(temp, table);
        Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return Optional.of(String.format(Locale.ROOT, SAID, (System.nanoTime() - start) / 1e9));
    }

    /** Every entry of the dictionary, grouped by lemma; each form written as (chars to cut from the lemma's end, suffix). */
    static byte[] invert() throws IOException {
        morfologik.stemming.Dictionary dictionary = new PolishStemmer().getDictionary();
        return invert(dictionary.fsa, dictionary.metadata);
    }

    /** The table of {@code entries} (form, separator, lemma as the dictionary encodes it, separator, tags) of a Morfologik dictionary. */
    static byte[] invert(Iterable<ByteBuffer> entries, DictionaryMetadata metadata) {
        ISequenceEncoder encoder = metadata.getSequenceEncoderType().get();
        byte separator = (byte) metadata.getSeparator();
        Map<String, Integer> lemmaIds = new HashMap<>();
        List<String> lemmas = new ArrayList<>();
        Map<String, Integer> pairIds = new HashMap<>();
        List<String> pairs = new ArrayList<>();
        long[] packed = new long[1 << 10];
        int n = 0;
        ByteBuffer form = ByteBuffer.allocate(256);
        ByteBuffer code = ByteBuffer.allocate(256);
        ByteBuffer lemmaBytes = ByteBuffer.allocate(256);
        for (ByteBuffer entry : entries) {
            byte[] bytes = entry.array();
            int from = entry.position();
            int first = indexOf(bytes, separator, from, entry.limit());
            int second = first < 0 ? -1 : indexOf(bytes, separator, first + 1, entry.limit());
            if (second < 0) {
                continue;
            }
            // The encoder reads its buffers from index 0: copy the parts into buffers of their own.
            form.clear();
            form.put(bytes, from, first - from).flip();
            code.clear();
            code.put(bytes, first + 1, second - first - 1).flip();
            lemmaBytes = encoder.decode(lemmaBytes, form, code);
            String lemma = new String(lemmaBytes.array(), lemmaBytes.position(), lemmaBytes.remaining(), StandardCharsets.UTF_8);
            String surface = new String(bytes, from, first - from, StandardCharsets.UTF_8);
            int common = 0;
            while (common < lemma.length() && common < surface.length() && lemma.charAt(common) == surface.charAt(common)) {
                common++;
            }
            String pair = (char) (lemma.length() - common) + surface.substring(common);
            int lemmaId = lemmaIds.computeIfAbsent(lemma, l -> {
                lemmas.add(l);
                return lemmas.size() - 1;
            });
            int pairId = pairIds.computeIfAbsent(pair, p -> {
                pairs.add(p);
                return pairs.size() - 1;
            });
            if (n == packed.length) {
                packed = Arrays.copyOf(packed, n * 2);
            }
            packed[n++] = ((long) lemmaId << 32) | pairId;
        }
        Map<String, TreeSet<String>> formsByLemma = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            formsByLemma.computeIfAbsent(lemmas.get((int) (packed[i] >>> 32)), l -> new TreeSet<>()).add(pairs.get((int) packed[i]));
        }
        return PolishFormsTable.encode(formsByLemma);
    }

    private static int indexOf(byte[] bytes, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static void writeVarint(ByteArrayOutputStream out, int value) {
        while ((value & ~0x7F) != 0) {
            out.write((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.write(value);
    }
}
