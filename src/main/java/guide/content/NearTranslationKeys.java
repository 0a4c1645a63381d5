package guide.content;

import guide.site.Language;
import guide.site.NearNames;
import guide.site.Problem;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Two pages that look like translations of each other under keys that differ by a typo: pages of two languages whose
 * {@code translationKey}s are one or two edits apart ({@code editor-trail}, {@code editor-trial}), neither of which has
 * a page in the other's language. They build, each as a page without a translation (the language switch says there is
 * none), so each is a warning at its key's line that names the other, and the editor decides: keys are often alike
 * without being misspelt ({@code part-1}, {@code part-2}), which is why this is a warning and needs both to be unpaired.
 */
final class NearTranslationKeys {

    private NearTranslationKeys() {
    }

    /** Adds a warning at the translationKey line of each page that has such a near key in another language, naming the nearest. */
    static void warn(List<ContentDocument> documents, List<Problem> warnings) {
        List<ContentDocument> keyed = documents.stream().filter(d -> d.translationKey() != null).toList();
        Map<String, Set<String>> languagesOfKey = new HashMap<>();
        keyed.forEach(d -> languagesOfKey.computeIfAbsent(d.translationKey(), k -> new HashSet<>()).add(d.lang()));
        Set<String> languages = new HashSet<>();
        languagesOfKey.values().forEach(languages::addAll);
        // Only pages missing a translation can be one half of a misspelt pair; most pages have all theirs.
        List<ContentDocument> unpaired = keyed.stream().filter(d -> languagesOfKey.get(d.translationKey()).size() < languages.size()).toList();
        for (ContentDocument page : unpaired) {
            // The cheap tests first: on a site adding a language nearly every page lacks one, and most pairs of them have
            // each other's language already. Each page is told of its nearest such key only, once.
            Map<String, ContentDocument> byKey = new TreeMap<>();
            for (ContentDocument other : unpaired) {
                if (!other.lang().equals(page.lang()) && !languagesOfKey.get(page.translationKey()).contains(other.lang())
                        && !languagesOfKey.get(other.translationKey()).contains(page.lang())) {
                    byKey.putIfAbsent(other.translationKey(), other);
                }
            }
            NearNames.nearest(page.translationKey(), byKey.keySet()).map(byKey::get).ifPresent(other ->
                    warnings.add(Problem.warning(page.source(), page.frontMatter().lineOf("translationKey"), "translationKey '"
                            + page.translationKey() + "' has no " + Language.englishNameOf(other.lang()) + " page, but "
                            + other.source() + " has '" + other.translationKey() + "': if they are translations, write the same key in both")));
        }
    }
}
