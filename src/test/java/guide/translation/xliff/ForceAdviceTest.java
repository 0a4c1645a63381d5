package guide.translation.xliff;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The advice for a file whose source changed since its export, in the cases the command-line tests do not reach: a file from
 * before the export recorded its units (who changed what is not known), and a file that changes some or all of several
 * changed sections.
 */
class ForceAdviceTest {
    private static final String PAGE = "content/en/about.md";

    private static ChangedSections.Section section(String name, boolean touched) {
        return new ChangedSections.Section(name, false, touched, false);
    }

    @Test
    void aFileFromBeforeUnitsWereRecordedGetsTheGeneralAdvice() {
        ChangedSections unknown = new ChangedSections(List.of(section("Kontakt", true)), false, true);
        assertEquals(List.of("export it again and translate what changed, or import anyway with --force (the translation stays outdated)"),
                ForceAdvice.lines(unknown, PAGE, ImportWords.command()));
    }

    @Test
    void aFileThatChangesSomeOfTheChangedSectionsNamesThem() {
        ChangedSections some = new ChangedSections(List.of(section("Kontakt", true), section("Bez śledzenia", false)), true, true);
        assertEquals("this file changes 1 of them (\"Kontakt\"), from the text as it was exported: import anyway with --force to keep that work",
                ForceAdvice.lines(some, PAGE, ImportWords.command()).get(1).split(" \\(the translation")[0]);
    }

    @Test
    void aFileThatChangesEveryChangedSectionSaysAllOfThem() {
        ChangedSections all = new ChangedSections(List.of(section("Kontakt", true), section("Bez śledzenia", true)), true, true);
        List<String> lines = ForceAdvice.lines(all, PAGE, ImportWords.command());
        assertEquals("2 parts of the source changed since the export: \"Kontakt\", \"Bez śledzenia\"", lines.get(0));
        assertEquals("this file changes all of them, from the text as it was exported: import anyway with --force to keep that work",
                lines.get(1).split(" \\(the translation")[0]);
    }

    @Test
    void aFileThatLeavesOutEveryChangedSectionNeedsOnlyForceAndAStamp() {
        ChangedSections leftOut = new ChangedSections(List.of(new ChangedSections.Section("Kontakt", false, false, true)), true, false);
        assertEquals(List.of("1 part of the source changed since the export: \"Kontakt\"", "the translation leaves that section out, so nothing"
                + " this file translates has changed: import anyway with --force, then ./guide translations stamp " + PAGE
                + " (the translation is then current)"), ForceAdvice.lines(leftOut, PAGE, ImportWords.command()));
    }

    @Test
    void aFileAsItWasExportedHoldsNoWorkToKeep() {
        ChangedSections untouched = new ChangedSections(List.of(section("Kontakt", false), section("the title", false)), true, false);
        assertEquals(List.of("2 parts of the source changed since the export: \"Kontakt\", the title", "this file is as it was exported (no"
                + " target or state changed), so it holds no work to keep: export it again and translate what changed"),
                ForceAdvice.lines(untouched, PAGE, ImportWords.command()));
    }

    @Test
    void aFileWithOtherWorkKeepsItWithForce() {
        ChangedSections elsewhere = new ChangedSections(List.of(new ChangedSections.Section("Nowa", true, false, false)), true, true);
        assertEquals(List.of("1 part of the source changed since the export: \"Nowa\" (new)", "this file changes nothing in it: import anyway"
                + " with --force to keep the rest of its work (the translation then stays outdated until that part is translated), then export"
                + " it again: the new file marks what changed to review or translate"), ForceAdvice.lines(elsewhere, PAGE, ImportWords.command()));
        ChangedSections two = new ChangedSections(List.of(section("A", false), section("B", false)), true, true);
        assertTrue(ForceAdvice.lines(two, PAGE, ImportWords.command()).get(1).startsWith("this file changes nothing in them: import anyway with"
                + " --force to keep the rest of its work (the translation then stays outdated until those parts are translated)"));
    }
}
