package guide.translation;

import guide.translation.TranslationState.Status;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The published translations whose tags are still their source's words. {@code ./guide translate} and the XLIFF import
 * copy a new page's tags from its source ({@link CopiedTags} names them then); one published with them is matched by
 * tag among its language's pages for its related articles, and shares a Polish tag with no English page. The build
 * cannot tell a Polish word from an English one, and some tags are the same in both ("freelancing", "SaaS"), so a page
 * is named only when both of these hold:
 * <ul>
 *     <li>its tag list is still its source's, tag for tag (in any order): a translator who changed a tag has looked at
 *     them, and kept the others on purpose;</li>
 *     <li>some of those tags are none of the language's ({@link TagVocabulary}: on no other published page of it,
 *     leaving out the pages whose tag lists are copies too): those are the tags named. A tag another page of the language
 *     has by choice (one written in it, or a translation whose tags were changed) is a word of the language.</li>
 * </ul>
 * A draft is left out, as {@link CopiedTranslations} leaves it out: its readers see nothing yet. The report names what it
 * finds under its table; it is no state of the table, and {@code --fail-on untranslated} does not stop on it (a tag that
 * is the same in two languages on a language's first page with it cannot be told from a copied one).
 */
public final class UntranslatedTags {
    /** No copied tags known. */
    public static final UntranslatedTags NONE = new UntranslatedTags(Map.of());

    /**
     * A translation's tags still its source's: the {@code tags=} line, the tags no other page of its language has, and what
     * to do, in the report's words ("the tag umowy is still its Polish source's (…), and no other English page has it: …").
     */
    public record Finding(int line, List<String> tags, String text) {
        public Finding {
            tags = List.copyOf(tags);
        }
    }

    private final Map<TranslationState, Finding> found;

    private UntranslatedTags(Map<TranslationState, Finding> found) {
        this.found = found;
    }

    /**
     * The current and outdated translations of the report whose tags are still their source's.
     *
     * @param languageName a language's English name, by code ("Polish")
     */
    public static UntranslatedTags of(TranslationReport report, Function<String, String> languageName) {
        TagVocabulary vocabulary = TagVocabulary.of(report);
        Map<TranslationState, Finding> found = new IdentityHashMap<>();
        for (TranslationState state : report.all()) {
            if ((state.status() == Status.CURRENT || state.status() == Status.OUTDATED) && TagVocabulary.copiedList(state)) {
                List<String> left = state.document().tags().stream().distinct().filter(tag -> !vocabulary.has(state.lang(), tag)).toList();
                if (!left.isEmpty()) {
                    found.put(state, finding(state, left, vocabulary, languageName));
                }
            }
        }
        return new UntranslatedTags(found);
    }

    /** The tags of this translation still its source's, if its tags are named. */
    public Optional<Finding> of(TranslationState state) {
        return Optional.ofNullable(found.get(state));
    }

    /** The files of the translations named, as the report names pages ("content/en/advance.md"), in the report's order. */
    public List<String> files(TranslationReport report) {
        return report.all().stream().filter(found::containsKey)
                .map(state -> state.document().source().toString().replace('\\', '/')).toList();
    }

    private static Finding finding(TranslationState state, List<String> left, TagVocabulary vocabulary, Function<String, String> languageName) {
        String to = languageName.apply(state.lang());
        boolean one = left.size() == 1;
        String text = (one ? "the tag " : "the tags ") + String.join(", ", left) + (one ? " is" : " are") + " still its "
                + languageName.apply(state.source().lang()) + " source's (" + state.source().source().toString().replace('\\', '/')
                + "), and no other " + to + " page has " + (one ? "it" : "them") + ": related articles are matched by tag among " + to
                + " pages, so give it " + to + " tags (" + vocabulary.advice(state.lang(), to) + ")";
        return new Finding(state.document().frontMatter().lineOf("tags"), left, text);
    }
}
