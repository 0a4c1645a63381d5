package guide.site;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A conflict is found at its start marker's line whatever the file's line ends, and on the first line after a byte order mark. */
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
}
