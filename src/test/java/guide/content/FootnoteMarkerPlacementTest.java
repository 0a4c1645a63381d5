package guide.content;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Where the articles put a footnote's marker, each language by its own typography: Polish before the full stop or comma
 * that closes the sentence or clause ("do zapłaty[^odsetki]."; after it only when it ends an abbreviation, "2026 r.[^ksef]":
 * Poradnia językowa PWN after A. Wolański, Edycja tekstów), English after it, as the Chicago Manual of Style has it. The
 * Polish articles mixed the two, a marker after one sentence's full stop and before the next one's comma.
 */
class FootnoteMarkerPlacementTest {
    private static final Pattern AFTER_PUNCTUATION = Pattern.compile("(\\S+)[.,;:]\\[\\^[^\\]]+]");
    private static final Pattern BEFORE_PUNCTUATION = Pattern.compile("\\w\\)?\\[\\^[^\\]]+][.,;:]");
    /** Words a Polish full stop ends as an abbreviation, after which the marker follows the full stop. */
    private static final List<String> ABBREVIATIONS = List.of("r", "k.c", "k.k", "itp", "itd", "np", "tys", "ust", "pkt", "lit", "poz", "art");

    @Test
    void polishMarkersStandBeforeTheSentencesFullStop() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path file : articles("pl")) {
            lines(file, (number, line) -> {
                Matcher m = AFTER_PUNCTUATION.matcher(line);
                while (m.find()) {
                    String word = m.group(1).replaceAll("^.*[\\s(]", "");
                    if (!ABBREVIATIONS.contains(word.replaceAll("\\)$", ""))) {
                        wrong.add(file + ":" + number + ": " + m.group());
                    }
                }
            });
        }
        assertEquals(List.of(), wrong, "Polish puts a note's marker before the full stop or comma");
    }

    @Test
    void englishMarkersStandAfterThePunctuation() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path file : articles("en")) {
            lines(file, (number, line) -> {
                Matcher m = BEFORE_PUNCTUATION.matcher(line);
                while (m.find()) {
                    wrong.add(file + ":" + number + ": " + m.group());
                }
            });
        }
        assertEquals(List.of(), wrong, "English puts a note's marker after the punctuation");
    }

    private interface LineVisitor {
        void visit(int number, String line);
    }

    /** The body's lines, not the notes themselves ("[^odsetki]: Art. 7…"), numbered from 1 as editors see them. */
    private static void lines(Path file, LineVisitor visitor) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("[^")) {
                visitor.visit(i + 1, lines.get(i));
            }
        }
    }

    private static List<Path> articles(String language) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("content", language))) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
    }
}
