package guide.quiz;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.site.Problem;
import guide.translation.TranslationIndex;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every quiz's checklist of a build, each translation compared with its source language's. */
public final class Checklists {
    private Checklists() {
    }

    /** The checklists of the published quiz pages that are well-formed; every problem goes to {@code problems}. */
    public static Map<ContentDocument, Checklist> read(List<ContentDocument> published, TranslationIndex translations, String defaultLanguage,
                                                       List<Problem> problems) {
        Map<ContentDocument, Checklist> checklists = new LinkedHashMap<>();
        for (ContentDocument doc : published) {
            if (doc.type() == DocumentType.QUIZ) {
                ChecklistParser.parse(doc.source(), doc.frontMatter(), problems).ifPresent(c -> checklists.put(doc, c));
            }
        }
        for (Map.Entry<ContentDocument, Checklist> entry : checklists.entrySet()) {
            Map<String, ContentDocument> versions = translations.versions(entry.getKey());
            ContentDocument source = versions.getOrDefault(defaultLanguage, versions.values().iterator().next());
            if (source != entry.getKey() && checklists.containsKey(source)) {
                ChecklistComparison.compare(checklists.get(source), entry.getValue(), problems);
            }
        }
        return checklists;
    }
}
