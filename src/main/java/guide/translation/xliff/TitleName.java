package guide.translation.xliff;

import guide.content.FrontMatter;
import guide.content.FrontMatterParser;
import guide.content.SiteContent;
import guide.content.Slugs;
import guide.translation.NewPageFile;

import java.util.Optional;

/**
 * The name an import suggests for a new page it is refused for want of one ({@link NewPageName}). A file name is the page's
 * address, so it should be in the target language: the page's translated title, from the file's title unit, made an
 * address as the build makes one from a file name in that language (its ICU transliteration: German "für" as "fuer"),
 * when that address is free. The translationKey is no such name (it is in no particular language, often the source's or
 * English), nor is the source's title; when the file's title is not translated, the suggestion says what to type instead.
 */
final class TitleName {
    private TitleName() {
    }

    /**
     * What to add to the refusal, after its brackets: "; from its German title, 'Anzahlung oder Draufgabe?', the name would be
     * anzahlung-oder-draufgabe (shorten it as you like)".
     *
     * @param language the target language's English name
     */
    static String suggestion(PlannedWrite write, String lang, String language, SiteContent content) {
        FrontMatter header = FrontMatterParser.lenient(write.text());
        Optional<String> title = Optional.ofNullable(header.get("title")).map(String::strip).filter(t -> !t.isBlank());
        Optional<String> key = Optional.ofNullable(header.get("translationKey")).map(String::strip);
        boolean copied = title.isEmpty() || content.documents().stream()
                .anyMatch(d -> !d.lang().equals(lang) && key.map(d.translationKey()::equals).orElse(false) && d.title().equals(title.get()));
        String type = "type a few words of its " + language + " title in lowercase letters, digits and single hyphens";
        if (copied) {
            return "; its title is not translated in this file, so " + type;
        }
        String name = Slugs.of(content.config().language(lang).transliteration()).slugify(title.get());
        NewPageFile.Result file = NewPageFile.of(name, lang, content.config(), content.documents());
        if (name.isEmpty() || file.problem() != null) {
            return "; " + type + (name.isEmpty() ? "" : " (" + name + ", from its title, cannot be used: " + file.problem() + ")");
        }
        return "; from its " + language + " title, '" + title.get() + "', the name would be " + name + " (shorten it as you like)";
    }
}
