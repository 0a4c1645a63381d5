package guide.translation;

import guide.concurrent.AllCores;
import guide.translation.TranslationState.Status;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The published translations that are still, in part or whole, their source's text word for word: a page started with
 * {@code ./guide translate} and published (and stamped, or left with the stamp the command wrote) before it was
 * translated. Its stamp is current, since the stamp says which version of the source it follows, not whether its text
 * is translated; so {@code ./guide translations} would call it current while its readers get the source's language.
 * The report names such a page, and {@code --fail-on untranslated} stops on it. What counts is what the build warns of
 * ({@link UntranslatedText}: the title, the summary, a passage of four words or more, an image's alt text), found by
 * the same code, so the report and the build's warning always agree. A draft is left out, as the build leaves it out:
 * its readers see nothing yet.
 */
public final class CopiedTranslations {
    /** No copied translations known. */
    public static final CopiedTranslations NONE = new CopiedTranslations(Map.of());

    private final Map<TranslationState, UntranslatedText.Copy> found;

    private CopiedTranslations(Map<TranslationState, UntranslatedText.Copy> found) {
        this.found = found;
    }

    /** The current and outdated translations of the report that still hold their source's text, each with what is copied. */
    public static CopiedTranslations of(TranslationReport report) {
        List<TranslationState> published = report.all().stream()
                .filter(state -> state.status() == Status.CURRENT || state.status() == Status.OUTDATED).toList();
        // Each page is compared with its source on its own: on all cores, as the build compares them.
        List<UntranslatedText.Copy> copies = AllCores.map(published, state -> UntranslatedText.copy(state.document(), state.source()));
        Map<TranslationState, UntranslatedText.Copy> found = new IdentityHashMap<>();
        for (int i = 0; i < published.size(); i++) {
            if (copies.get(i) != null) {
                found.put(published.get(i), copies.get(i));
            }
        }
        return new CopiedTranslations(found);
    }

    /** What of this translation is still copied from its source, in the build's warning's words, if anything. */
    public Optional<UntranslatedText.Copy> of(TranslationState state) {
        return Optional.ofNullable(found.get(state));
    }

    /** The files of the copied translations, as the report names pages ("content/en/about.md"), in the report's order. */
    public List<String> files(TranslationReport report) {
        return report.all().stream().filter(found::containsKey)
                .map(state -> state.document().source().toString().replace('\\', '/')).toList();
    }
}
