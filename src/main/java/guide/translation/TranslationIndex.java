package guide.translation;

import guide.content.ContentDocument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Published documents grouped by {@code translationKey}: which page is the same page in
 * another language. The language switcher and hreflang alternates come from here.
 */
public final class TranslationIndex {
    private final List<String> languages;
    private final Map<String, Map<String, ContentDocument>> byKey;

    public TranslationIndex(List<String> languages, List<ContentDocument> published) {
        this.languages = List.copyOf(languages);
        this.byKey = published.stream().collect(Collectors.groupingBy(ContentDocument::translationKey, LinkedHashMap::new,
                Collectors.toMap(ContentDocument::lang, d -> d, (a, b) -> a, LinkedHashMap::new)));
    }

    /** The document and its translations, one per language, in the configured language order. */
    public Map<String, ContentDocument> versions(ContentDocument doc) {
        Map<String, ContentDocument> found = byKey.getOrDefault(doc.translationKey(), Map.of());
        Map<String, ContentDocument> ordered = new LinkedHashMap<>();
        for (String lang : languages) {
            if (found.containsKey(lang)) {
                ordered.put(lang, found.get(lang));
            }
        }
        return ordered;
    }

    /** The same page in {@code lang}, if it has been translated. */
    public Optional<ContentDocument> in(ContentDocument doc, String lang) {
        return Optional.ofNullable(versions(doc).get(lang));
    }
}
