package guide.cli;

import guide.translation.xliff.SiteLanguageTag;

import java.util.List;
import java.util.Optional;

/**
 * A {@code --to LANG} option checked against the site's languages. A translator may type the language as CAT tools and operating
 * systems write it, in capitals or with a region ({@code EN}, {@code en-US}); a typed option is not guessed at, so it is refused,
 * but the refusal names the site's language it means ({@link SiteLanguageTag}, as the XLIFF import reads such a tag).
 */
final class LanguageOption {
    private LanguageOption() {
    }

    /** Why {@code --to to} is refused, or empty when it is one of {@code languages}. */
    static Optional<String> refusal(String to, List<String> languages) {
        if (languages.contains(to)) {
            return Optional.empty();
        }
        String site = SiteLanguageTag.of(to, languages);
        return Optional.of("--to " + to + ": not a configured language (site.languages=" + String.join(",", languages) + ")"
                + (languages.contains(site) ? "; the site writes it " + site + ": --to " + site : ""));
    }
}
