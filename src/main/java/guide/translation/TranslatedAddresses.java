package guide.translation;

import guide.content.ContentDocument;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a page's address leads in another language: its published version with the same {@code translationKey}
 * ({@code /pl/o-przewodniku/} in en is {@code /en/about/}; the home page {@code /pl/} is {@code /en/}).
 * The tools that start a translation from its source ({@code ./guide translate}, an XLIFF import)
 * point its links there, as the build's cross-language link check asks. A version that is still a draft
 * ({@code status=draft}) is not one readers can reach: a link pointed at it would be broken until it is
 * published, so it is not where a link leads, only {@link #draftIn named} for the translator.
 */
public final class TranslatedAddresses {
    /** "en /pl/o-przewodniku/" to "/en/about/". */
    private final Map<String, String> addresses = new HashMap<>();
    /** "en /pl/o-przewodniku/" to the English version when it is a draft. */
    private final Map<String, ContentDocument> drafts = new HashMap<>();
    private final Set<String> pages;

    public TranslatedAddresses(List<ContentDocument> documents) {
        Map<String, Map<String, ContentDocument>> byKey = new HashMap<>();
        for (ContentDocument doc : documents) {
            byKey.computeIfAbsent(doc.translationKey(), k -> new HashMap<>()).put(doc.lang(), doc);
        }
        for (ContentDocument doc : documents) {
            byKey.get(doc.translationKey()).forEach((lang, version) -> {
                if (version.draft() && version != doc) {
                    drafts.put(lang + " " + doc.url(), version);
                } else {
                    addresses.put(lang + " " + doc.url(), version.url());
                }
            });
        }
        pages = documents.stream().map(ContentDocument::url).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The address of the page at {@code path} (no #fragment) in {@code lang}, when that version is published: the path
     * itself when it is in lang.
     */
    public Optional<String> in(String lang, String path) {
        return Optional.ofNullable(addresses.get(lang + " " + path));
    }

    /** The version in {@code lang} of the page at {@code path} when it exists only as a draft, not published yet. */
    public Optional<ContentDocument> draftIn(String lang, String path) {
        return Optional.ofNullable(drafts.get(lang + " " + path));
    }

    /** True when {@code path} is the address of a page of the site. */
    public boolean isPage(String path) {
        return pages.contains(path);
    }
}
