package guide.translation;

import guide.check.ReservedAddressCheck;
import guide.content.ContentDocument;
import guide.content.Slugs;
import guide.site.SiteConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The file a new translation is written to, from the name an editor gives ({@code --name} of
 * {@code ./guide translate} and {@code ./guide translations import}, the dashboard's field). The
 * name is the page's address, so it is held to the rule the README gives for every file name:
 * lowercase letters, digits and single hyphens, {@code .md} optional (words typed as a title are refused with the
 * name the build would make of them); letters the build's slugs
 * transliterate ({@code późne} to {@code pozne}) are refused with the name to use instead, since the
 * file would be published at the transliterated address. A name
 * whose address another page of that language already has, or the build keeps for its own files
 * (the article archive, the search index: {@link ReservedAddressCheck}), is refused too, before
 * anything is written, rather than left for the next build to fail on.
 */
public final class NewPageFile {
    private static final Pattern NAME = Pattern.compile("[\\p{Ll}\\p{Lo}\\p{Lm}\\p{M}\\p{Nd}]+(-[\\p{Ll}\\p{Lo}\\p{Lm}\\p{M}\\p{Nd}]+)*");

    /** Words a translator may have typed as the page's title: letters and digits, with spaces, hyphens or underscores. */
    private static final Pattern TITLE = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+([ _-]+[\\p{L}\\p{M}\\p{Nd}]+)*");

    private NewPageFile() {
    }

    /** Where a page named {@code name} in {@code lang} goes, or why it cannot be named so. */
    public static Result of(String name, String lang, SiteConfig config, List<ContentDocument> documents) {
        String base = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        Slugs slugs = Slugs.of(config.language(lang).transliteration());
        if (!NAME.matcher(base).matches()) {
            return new Result(null, "a file name is the page's address: lowercase letters, digits and single hyphens,"
                    + " like how-to-price-a-project (found '" + name + "')" + suggestion(base, slugs));
        }
        String slug = slugs.slugify(base);
        String url = "/" + lang + "/" + slug + "/";
        if (!slug.equals(base)) {
            return new Result(null, "an address uses only the letters a to z, so this would publish "
                    + base + ".md at " + url + ": name it " + slug);
        }
        String reserved = ReservedAddressCheck.of(config, lang).get(url);
        if (reserved != null) {
            return new Result(null, url + " is " + reserved + ": choose another name");
        }
        Optional<ContentDocument> taken = documents.stream().filter(d -> d.lang().equals(lang) && d.url().equals(url)).findFirst();
        if (taken.isPresent()) {
            return new Result(null, "its address " + url + " is already " + taken.get().source() + "'s: choose another name");
        }
        Path file = config.contentDir().resolve(lang).resolve(base + ".md");
        if (Files.exists(file)) {
            return new Result(null, config.projectDir().relativize(file).toString().replace('\\', '/') + " already exists: choose another name");
        }
        return new Result(file, null);
    }

    /**
     * The name to use for words typed as a title ({@code Kündigung in 3 Schritten}, {@code Advance or deposit}): the
     * address the build would make of them, as {@code ./guide translations} asks for "the title's words joined by
     * hyphens". A name with a path or a dot in it is no title, and gets the rule alone.
     */
    private static String suggestion(String base, Slugs slugs) {
        if (!TITLE.matcher(base).matches()) {
            return "";
        }
        String slug = slugs.slugify(base);
        return NAME.matcher(slug).matches() ? ": name it " + slug : "";
    }

    /**
     * @param file    where the new page goes, or null when the name is refused
     * @param problem why the name is refused, or null
     */
    public record Result(Path file, String problem) {
    }
}
