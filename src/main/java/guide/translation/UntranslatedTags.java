package guide.translation;

import guide.content.ContentDocument;
import guide.translation.TranslationState.Status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
 *     <li>some of those tags are on no other published page of its language, leaving out the pages whose tag lists are
 *     copies too (two untouched copies vouch for nothing): those are the tags named. A tag another page of the language
 *     has by choice (its own source's language, or a translation whose tags were changed) is a word of the language.</li>
 * </ul>
 * A draft is left out, as {@link CopiedTranslations} leaves it out: its readers see nothing yet. The report names what it
 * finds under its table; it is no state of the table, and {@code --fail-on untranslated} does not stop on it (a tag that
 * is the same in two languages on a language's first page with it cannot be told from a copied one).
 */
public final class UntranslatedTags {
    /** No copied tags known. */
    public static final UntranslatedTags NONE = new UntranslatedTags(Map.of());
    /** The most tags of the language the advice lists, most used first. */
    static final int SHOWN = 12;

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
        List<TranslationState> all = report.all();
        Map<String, Map<String, Integer>> vocabulary = vocabulary(all);
        Map<TranslationState, Finding> found = new IdentityHashMap<>();
        for (TranslationState state : all) {
            if ((state.status() == Status.CURRENT || state.status() == Status.OUTDATED) && copiedList(state)) {
                Map<String, Integer> used = vocabulary.getOrDefault(state.lang(), Map.of());
                List<String> left = state.document().tags().stream().distinct().filter(tag -> !used.containsKey(tag)).toList();
                if (!left.isEmpty()) {
                    found.put(state, finding(state, left, used, languageName));
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

    /** True for a translation (with a page) whose tags are its source's, in any order. */
    private static boolean copiedList(TranslationState state) {
        ContentDocument source = state.source();
        return source != null && state.document() != source && Set.copyOf(state.document().tags()).equals(Set.copyOf(source.tags()));
    }

    /**
     * Each language's words: the tags its published pages have by choice (a page written in the language, one whose source
     * is gone, or a translation whose tags are not its source's list), each with the number of those pages. A translation
     * named here has a copied list, so its own tags are none of these.
     */
    private static Map<String, Map<String, Integer>> vocabulary(List<TranslationState> all) {
        Map<String, Map<String, Integer>> vocabulary = new HashMap<>();
        for (TranslationState state : all) {
            ContentDocument doc = state.document();
            if (doc != null && !doc.draft() && !copiedList(state)) {
                doc.tags().forEach(tag -> vocabulary.computeIfAbsent(state.lang(), lang -> new TreeMap<>()).merge(tag, 1, Integer::sum));
            }
        }
        return vocabulary;
    }

    private static Finding finding(TranslationState state, List<String> left, Map<String, Integer> used, Function<String, String> languageName) {
        String to = languageName.apply(state.lang());
        boolean one = left.size() == 1;
        List<String> common = new ArrayList<>(used.keySet()); // alphabetical (a TreeMap's); sorted stably, most used first
        common.sort(Comparator.comparing(used::get, Comparator.reverseOrder()));
        String choose = common.isEmpty() ? "no other " + to + " page has tags of its own yet"
                : to + " pages use: " + String.join(", ", common.subList(0, Math.min(SHOWN, common.size()))) + (common.size() > SHOWN ? ", …" : "");
        String text = (one ? "the tag " : "the tags ") + String.join(", ", left) + (one ? " is" : " are") + " still its "
                + languageName.apply(state.source().lang()) + " source's (" + state.source().source().toString().replace('\\', '/')
                + "), and no other " + to + " page has " + (one ? "it" : "them") + ": related articles are matched by tag among " + to
                + " pages, so give it " + to + " tags (" + choose + ")";
        return new Finding(state.document().frontMatter().lineOf("tags"), left, text);
    }
}
