package guide.translation.xliff;

import guide.site.GuideCommand;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What to do with a file whose source changed since its export, for this page: which sections changed
 * ({@link ChangedSections}), whether the file changes anything in them, and so what a forced import keeps and leaves to do.
 * A file that changes nothing there loses no work to a forced import; one that does translated the text as exported, to be
 * reviewed from a new export; one whose changes all lie in sections the translation leaves out can be stamped after it.
 * The command and the dashboard's form give the same advice, each in its own words for the two actions ({@link ImportWords}).
 */
public final class ForceAdvice {
    private ForceAdvice() {
    }

    /**
     * The advice's lines.
     *
     * @param translation the translation file, as messages show it
     */
    static List<String> lines(ChangedSections changes, String translation, ImportWords words) {
        List<ChangedSections.Section> sections = changes.sections();
        if (!changes.known() || sections.isEmpty()) {
            return List.of(words.exportAgain() + " and translate what changed, or " + words.force() + " (the translation stays outdated)");
        }
        boolean one = sections.size() == 1;
        String changed = (one ? "1 part" : sections.size() + " parts") + " of the source changed since the export: " + names(sections);
        List<ChangedSections.Section> touched = changes.touched();
        String advice;
        if (changes.onlyLeftOut()) {
            advice = "the translation leaves " + (one ? "that section" : "those sections") + " out, so nothing this file translates has changed: "
                    + words.force() + ", then " + GuideCommand.name() + " translations stamp " + translation + " (the translation is then current)";
        } else if (!changes.anyTouched()) {
            advice = "this file is as it was exported (no target or state changed), so it holds no work to keep: "
                    + words.exportAgain() + " and translate what changed";
        } else if (touched.isEmpty()) {
            advice = "this file changes nothing in " + (one ? "it" : "them") + ": " + words.force() + " to keep the rest of its work (the"
                    + " translation then stays outdated until " + (one ? "that part is" : "those parts are") + " translated), then "
                    + words.exportAgain() + ": the new file marks what changed to review or translate";
        } else {
            advice = "this file changes " + (one ? "it" : touched.size() == sections.size() ? "all of them" : touched.size() + " of them ("
                    + names(touched) + ")") + ", from the text as it was exported: " + words.force() + " to keep that work (the translation"
                    + " then stays outdated), then " + words.exportAgain() + ": the new file marks what changed to review or translate, with this work as its targets";
        }
        return List.of(changed, advice);
    }

    private static String names(List<ChangedSections.Section> sections) {
        return sections.stream().map(s -> s.name().startsWith("the ") ? s.name() : "\"" + s.name() + "\"" + (s.added() ? " (new)" : ""))
                .collect(Collectors.joining(", "));
    }
}
