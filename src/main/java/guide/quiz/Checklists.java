package guide.quiz;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.site.Problem;
import guide.translation.TranslationIndex;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every quiz's checklist of a build, each other language's version compared with the default language's (or, for a quiz
 * without one, its first version's), so that every language scores the same. This is not the translation report's source
 * ({@code guide.translation.TranslationReport}): a quiz translated from another language is still held to the default
 * language's scoring. Only the source's bands are held to its own points' sum and checked for gaps and overlaps; a
 * translation's are held to the source's. A fault of the source (bands that leave a gap or miss its maximum, a
 * {@code decides=} that names no band) is named once, at the source's line, with "here and in every translation": not
 * again in each translation that copied it, nor as a difference from the source that would send its translator to copy it.
 */
public final class Checklists {
    private Checklists() {
    }

    /**
     * The checklists of the published quiz pages that are well-formed; every problem goes to {@code problems}, the error at
     * points that are no whole number from 1 naming {@code allowedPoints}.
     */
    public static Map<ContentDocument, Checklist> read(List<ContentDocument> published, TranslationIndex translations, String defaultLanguage,
                                                       AllowedPoints allowedPoints, List<Problem> problems) {
        Map<ContentDocument, Checklist> checklists = new LinkedHashMap<>();
        for (ContentDocument doc : published) {
            if (doc.type() == DocumentType.QUIZ) {
                ChecklistParser.parseWellFormed(doc.source(), doc.frontMatter(), allowedPoints, problems).ifPresent(c -> checklists.put(doc, c));
            }
        }
        for (Map.Entry<ContentDocument, Checklist> entry : checklists.entrySet()) {
            Map<String, ContentDocument> versions = translations.versions(entry.getKey());
            ContentDocument sourceDoc = versions.getOrDefault(defaultLanguage, versions.values().iterator().next());
            Checklist checklist = entry.getValue();
            Checklist source = checklists.get(sourceDoc);
            if (sourceDoc == entry.getKey()) {
                ChecklistParser.checkBands(checklist, problems);
                ChecklistParser.checkDecisions(checklist, problems);
            } else {
                if (source != null) {
                    ChecklistComparison.compare(source, checklist, problems);
                }
                ChecklistParser.checkDecisions(checklist, item -> !copiedFault(source, item), problems);
            }
        }
        return checklists;
    }

    /**
     * Whether a translation's statement whose {@code decides=} names no band of its own has it from its source, where it names
     * none either: the source's fault, named at the source's line. A translation whose source is malformed is not blamed
     * for what it may have copied, until the source is mended.
     */
    private static boolean copiedFault(Checklist source, ChecklistItem item) {
        if (source == null) {
            return true;
        }
        return source.item(item.id()).filter(original -> Objects.equals(original.decides(), item.decides())).isPresent()
                && source.bands().stream().noneMatch(band -> band.id().equals(item.decides()));
    }

}
