package guide.translation;

import guide.content.ContentDocument;
import guide.site.LanguageVariants;
import guide.site.SiteConfig;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A new translation's tags, as {@code ./guide translate} and the XLIFF import write them: its source's. They are
 * left for the editor rather than exported as a unit to translate, because they are a vocabulary of the language
 * rather than a sentence: related articles are the articles of the same language that share the most tags, compared
 * word for word, so a tag translated on its own in a CAT tool ("contracts" here, "agreements" there) connects nothing.
 * So both tools name the {@code tags=} line while it still has the source's tags, and the tags the language's pages
 * already use, to choose from: those its published pages have by choice ({@link TagVocabulary}), as {@code ./guide
 * translations} counts them when it names a published page whose tags are still its source's ({@link UntranslatedTags}).
 * Not a draft's, nor those of a published page whose list is still its source's: either may still have the source's
 * words, which are none of this language's.
 */
public final class CopiedTags {
    /** Where the note goes in the file (its {@code tags=} line), and what it says. */
    public record Note(int line, String message) {
    }

    private CopiedTags() {
    }

    /**
     * A note when the header of {@code text} (a translation of {@code source} into {@code lang}) has exactly the source's tags;
     * none for a regional variant of the source's language, whose tags are words of its own language.
     */
    public static Optional<Note> of(String text, ContentDocument source, String lang, SiteConfig config, List<ContentDocument> documents) {
        if (source.tags().isEmpty() || LanguageVariants.areVariants(lang, source.lang())) {
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
        TagVocabulary vocabulary = TagVocabulary.of(TranslationReport.of(config.languages(), config.defaultLanguage(), documents, false));
        return "tags=" + String.join(",", tags) + " are still the " + from + " page's (tags are not translated with the text): related articles are"
                + " matched by tag among " + to + " pages, so give it " + to + " tags (" + vocabulary.advice(lang, to) + ")";
    }
}
