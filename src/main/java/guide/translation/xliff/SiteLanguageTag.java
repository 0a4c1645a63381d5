package guide.translation.xliff;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A language as a CAT tool writes it into a file it saves, read as one of the site's languages.
 * Tools write the languages of their project, not those of the file they were given: with a region
 * ({@code en-US}), in capitals ({@code EN}) or with an underscore ({@code pl_PL}). The site's
 * language such a tag names is found by the JDK's RFC 4647 lookup ({@link Locale#lookupTag}), which
 * ignores case and drops subtags from the end until one matches; a tag that names none of the
 * site's languages is kept as written, for the import to refuse by name.
 */
public final class SiteLanguageTag {
    private SiteLanguageTag() {
    }

    /** The site's language {@code tag} names, as the site writes it; {@code tag} as written when it names none. */
    public static String of(String tag, List<String> languages) {
        if (tag.isEmpty() || languages.contains(tag)) {
            return tag;
        }
        try {
            String found = Locale.lookupTag(Locale.LanguageRange.parse(tag.replace('_', '-')), languages);
            return Optional.ofNullable(found).flatMap(f -> languages.stream().filter(f::equalsIgnoreCase).findFirst()).orElse(tag);
        } catch (IllegalArgumentException e) {
            return tag; // not a language tag at all: refused as written
        }
    }

    /** The file with its source and target language read as the site's languages they name. */
    static XliffFile read(XliffFile file, List<String> languages) {
        return file.withLanguages(of(file.sourceLang(), languages), of(file.targetLang(), languages));
    }
}
