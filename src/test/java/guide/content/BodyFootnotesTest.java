package guide.content;

import guide.site.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A footnote reference without its note (at its own line of a paragraph), a label's second note and a note nothing refers to are named at their line. */
class BodyFootnotesTest {
    private static final Path FILE = Path.of("content/pl/a.md");

    /** The body starts on line 10 of the file. */
    private static List<String> problems(String body, DocumentType type) {
        List<Problem> problems = new ArrayList<>();
        BodyFootnotes.check(FILE, new FrontMatter(Map.of("title", "A"), Map.of("title", 1), body, 10), type, problems);
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void aReferenceWithoutANoteIsAnErrorAtItsLine() {
        assertEquals(List.of("content/pl/a.md:13: footnote [^brak] has no note, so readers would see '[^brak]' as it is written: add the note"
                        + " on a line of its own below the paragraph, written '[^brak]: text of the note', or remove the reference"),
                problems("Wstęp.\n\nTekst\nz przypisem[^brak].\n", DocumentType.POST));
    }

    /** Labels are told apart by case, as Markdown tells them apart: [^A] has no note when only [^a] has one. */
    @Test
    void aNoteOfAnotherCaseIsNotTheReferencesNote() {
        assertEquals(List.of("content/pl/a.md:10: footnote [^A] has no note, so readers would see '[^A]' as it is written: did you mean [^a]"
                        + " (line 12)? That note is referred to nowhere: write the same label in both",
                        "content/pl/a.md:12: warning: the note [^a] is not referred to anywhere, so readers never see it: write [^a] in the text"
                                + " where the note belongs, or remove the note"),
                problems("Tekst[^A].\n\n[^a]: Notka.\n", DocumentType.POST));
    }

    /** A reference one or two edits from a note nothing refers to names that note: one of the labels is misspelt. */
    @Test
    void aReferenceNearAnUnreferencedNoteNamesIt() {
        assertEquals(List.of("content/pl/a.md:10: footnote [^odestki] has no note, so readers would see '[^odestki]' as it is written: did you"
                        + " mean [^odsetki] (line 14)? That note is referred to nowhere: write the same label in both",
                        "content/pl/a.md:14: warning: the note [^odsetki] is not referred to anywhere, so readers never see it: write [^odsetki]"
                                + " in the text where the note belongs, or remove the note"),
                problems("Odsetki[^odestki] i kara[^kc].\n\n[^kc]: Art. 483 k.c.\n\n[^odsetki]: Art. 481 k.c.\n", DocumentType.POST));
    }

    /** A note its own reference uses is no misspelling of another: [^kc] is not offered for [^kd]. */
    @Test
    void aReferencedNoteIsNotOffered() {
        assertEquals(List.of("content/pl/a.md:10: footnote [^kd] has no note, so readers would see '[^kd]' as it is written: add the note"
                        + " on a line of its own below the paragraph, written '[^kd]: text of the note', or remove the reference"),
                problems("Tekst[^kc] i[^kd].\n\n[^kc]: Art. 750 k.c.\n", DocumentType.POST));
    }

    @Test
    void aSecondNoteOfOneLabelIsAnErrorThatNamesTheFirstsLine() {
        assertEquals(List.of("content/pl/a.md:16: footnote [^kc] already has a note, on line 14, and readers would see only that one: join"
                        + " the two notes, or give this one another label and refer to it where it belongs"),
                problems("Tekst[^kc].\n\nDalej[^kc].\n\n[^kc]: Art. 750 k.c.\n\n[^kc]: Art. 746 k.c.\n", DocumentType.POST));
    }

    @Test
    void aNoteNothingRefersToIsAWarningAtItsLine() {
        assertEquals(List.of("content/pl/a.md:14: warning: the note [^stary] is not referred to anywhere, so readers never see it: write"
                        + " [^stary] in the text where the note belongs, or remove the note"),
                problems("Tekst[^kc].\n\n[^kc]: Art. 750 k.c.\n\n[^stary]: Art. 746 k.c.\n", DocumentType.PAGE));
    }

    /** In code, [^x] is text shown as it is; notes that their references use, one each, are fine. */
    @Test
    void codeAndWellFormedFootnotesAreFine() {
        assertEquals(List.of(), problems("Tekst[^a] i `[^kod]`.\n\n```\n[^blok]\n```\n\n    [^wciety]\n\n[^a]: Notka.\n", DocumentType.POST));
    }

    /** A quiz's parts may each have a note of one label; a reference with no note anywhere is still an error. */
    @Test
    void aQuizMayRepeatALabelButNotLeaveAReferenceWithoutANote() {
        assertEquals(List.of("content/pl/a.md:20: footnote [^brak] has no note, so readers would see '[^brak]' as it is written: add the note"
                        + " on a line of its own below the paragraph, written '[^brak]: text of the note', or remove the reference"),
                problems("Wstęp[^a].\n\n[^a]: Jedna.\n\n## Sekcja\n\nTekst[^a].\n\n[^a]: Druga.\n\nBez[^brak].\n", DocumentType.QUIZ));
    }
}
