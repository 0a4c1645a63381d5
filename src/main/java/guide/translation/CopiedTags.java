package guide.translation;

import guide.content.ContentDocument;
import guide.site.SiteConfig;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A new translation's tags, as {@code ./guide translate} and the XLIFF import write them: its source's. They are
 * left for the editor rather than exported as a unit to translate, because they are a vocabulary of the language
 * rather than a sentence: related articles are the articles of the same language that share the most tags, compared
 * word for word, so a tag translated on its own in a CAT tool ("contracts" here, "agreements" there) connects nothing.
 * So both tools name the {@code tags=} line while it still has the source's tags, and the tags the language's pages
 * already use, to choose from: those of its published pages. Not a draft's: one started by {@code ./guide translate}
 * still has its source's tags, which are no words of this language. A published page whose tags equal its source's
 * counts (tags such as "seo" or "portfolio" are the same in two languages: publishing is the editor's say-so).
 */
public final class CopiedTags {
    private static final int SHOWN = 12;

    /** Where the note goes in the file (its {@code tags=} line), and what it says. */
    public record Note(int line, String message) {
    }

    private CopiedTags() {
    }

    /** A note when the header of {@code text} (a translation of {@code source} into {@code lang}) has exactly the source's tags. */
    public static Optional<Note> of(String text, ContentDocument source, String lang, SiteConfig config, List<ContentDocument> documents) {
        if (source.tags().isEmpty()) {
            return Optional.empty();
        }
        int separator = HeaderSeparator.find(text);
        List<String> lines = (separator < 0 ? text : text.substring(0, separator)).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "").strip();
            if (line.startsWith("tags=")) {
                List<String> tags = Arrays.stream(line.substring("tags=".length()).split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
                return tags.equals(source.tags()) ? Optional.of(new Note(i + 1, message(tags, source, lang, config, documents))) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String message(List<String> tags, ContentDocument source, String lang, SiteConfig config, List<ContentDocument> documents) {
        String from = config.language(source.lang()).englishName();
        String to = config.language(lang).englishName();
        Map<String, Integer> used = new TreeMap<>();
        documents.stream().filter(d -> d.lang().equals(lang) && !d.translationKey().equals(source.translationKey()) && !d.draft())
                .forEach(d -> d.tags().forEach(t -> used.merge(t, 1, Integer::sum)));
        List<String> common = used.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .map(Map.Entry::getKey).toList();
        String choose = common.isEmpty() ? "no " + to + " page has tags yet"
                : to + " pages use: " + String.join(", ", common.subList(0, Math.min(SHOWN, common.size()))) + (common.size() > SHOWN ? ", …" : "");
        return "tags=" + String.join(",", tags) + " are still the " + from + " page's (tags are not translated with the text): related articles are"
                + " matched by tag among " + to + " pages, so give it " + to + " tags (" + choose + ")";
    }
}
