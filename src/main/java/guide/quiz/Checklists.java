package guide.quiz;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.site.Problem;
import guide.translation.TranslationIndex;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every quiz's checklist of a build, each other language's version compared with the default language's (or, for a quiz
 * without one, its first version's), so that every language scores the same. This is not the translation report's source
 * ({@code guide.translation.TranslationReport}): a quiz translated from another language is still held to the default
 * language's scoring. Only the source's bands are held to its own points' sum; a translation's are held to the source's, so
 * both files are told the same maximum.
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
                ChecklistParser.parseWithoutMaximum(doc.source(), doc.frontMatter(), allowedPoints, problems).ifPresent(c -> checklists.put(doc, c));
            }
        }
        for (Map.Entry<ContentDocument, Checklist> entry : checklists.entrySet()) {
            Map<String, ContentDocument> versions = translations.versions(entry.getKey());
            ContentDocument source = versions.getOrDefault(defaultLanguage, versions.values().iterator().next());
            if (source != entry.getKey() && checklists.containsKey(source)) {
                ChecklistComparison.compare(checklists.get(source), entry.getValue(), problems);
            } else {
                ChecklistParser.checkMaximum(entry.getValue(), problems);
            }
        }
        return checklists;
    }
}
