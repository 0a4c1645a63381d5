package guide.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@code ./guide translations} names under its table as still its source's in a published translation: its text, as
 * the build warns of it ({@link CopiedTranslations}), then its tags ({@link UntranslatedTags}). The report and the dashboard
 * show the same parts, at the same lines, in the same words.
 */
public record CopiedParts(CopiedTranslations text, UntranslatedTags tags) {
    public CopiedParts {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tags, "tags");
    }

    /** What of this translation is still its source's, each at its line: its text first, then its tags; empty for none. */
    public List<UntranslatedText.Copy> of(TranslationState state) {
        List<UntranslatedText.Copy> parts = new ArrayList<>();
        text.of(state).ifPresent(parts::add);
        tags.of(state).ifPresent(finding -> parts.add(new UntranslatedText.Copy(finding.line(), finding.text())));
        return parts;
    }
}
