package guide.build;

import guide.content.FrontMatter;

import java.util.Objects;

/**
 * What names a draft apart from its file, for the preview to tell a draft renamed while builds fail from another draft
 * added meanwhile: its language (the first folder under {@code content/}), its {@code translationKey} and its {@code title},
 * as its header gives them. A rename keeps them; a new file rarely shares them with a draft of its language.
 *
 * @param lang           the draft's language, e.g. {@code en}; {@code ""} for a file outside the language folders
 * @param translationKey its header's {@code translationKey}; null without one
 * @param title          its header's {@code title}; null without one
 */
public record DraftKey(String lang, String translationKey, String title) {
    public DraftKey {
        Objects.requireNonNull(lang, "lang");
    }

    /** The key of a draft of language {@code lang} whose header is {@code header}. */
    static DraftKey of(String lang, FrontMatter header) {
        return new DraftKey(lang, header.get("translationKey"), header.get("title"));
    }

    /**
     * Whether {@code other} is this draft by what names it: the same language, and the same {@code translationKey} or the
     * same {@code title} (neither blank). A draft without either is the same as no other.
     */
    public boolean sameDraftAs(DraftKey other) {
        return other != null && lang.equals(other.lang) && (same(translationKey, other.translationKey) || same(title, other.title));
    }

    private static boolean same(String mine, String theirs) {
        return mine != null && !mine.isBlank() && mine.strip().equals(theirs == null ? null : theirs.strip());
    }
}
