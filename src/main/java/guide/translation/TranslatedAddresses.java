package guide.translation;

import guide.content.ContentDocument;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a page's address leads in another language: its version with the same {@code translationKey}
 * ({@code /pl/o-przewodniku/} in en is {@code /en/about/}; the home page {@code /pl/} is {@code /en/}).
 * The tools that start a translation from its source ({@code ./guide translate}, an XLIFF import)
 * point its links there, as the build's cross-language link check asks.
 */
public final class TranslatedAddresses {
    /** "en /pl/o-przewodniku/" to "/en/about/". */
    private final Map<String, String> addresses = new HashMap<>();
    private final Set<String> pages;

    public TranslatedAddresses(List<ContentDocument> documents) {
        Map<String, Map<String, String>> byKey = new HashMap<>();
        for (ContentDocument doc : documents) {
            byKey.computeIfAbsent(doc.translationKey(), k -> new HashMap<>()).put(doc.lang(), doc.url());
        }
        for (ContentDocument doc : documents) {
            byKey.get(doc.translationKey()).forEach((lang, url) -> addresses.put(lang + " " + doc.url(), url));
        }
        pages = documents.stream().map(ContentDocument::url).collect(Collectors.toUnmodifiableSet());
    }

    /** The address of the page at {@code path} (no #fragment) in {@code lang}: the path itself when it is in lang. */
    public Optional<String> in(String lang, String path) {
        return Optional.ofNullable(addresses.get(lang + " " + path));
    }

    /** True when {@code path} is the address of a page of the site. */
    public boolean isPage(String path) {
        return pages.contains(path);
    }
}
