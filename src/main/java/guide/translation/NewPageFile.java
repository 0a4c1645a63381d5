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
 * name is the page's address, made of it as the build makes an address of a file name ({@link Slugs}, the
 * language's transliteration): words of letters and digits, joined by hyphens, spaces or underscores, in
 * any script and case ({@code Що далі}, {@code Zażółć}). The build publishes {@code Zażółć.md} at
 * {@code /pl/zazolc/}, so refusing the name the build accepts as a file name only made the editor retype it:
 * the file is named as its address ({@code zazolc.md}, the README's advice for every file name), and the
 * editor is told the address ({@link Result#note()}). A name with a path, a dot or a hyphen at either end is
 * refused with the rule; so is a name whose address another page of that language already has, or the build keeps
 * for its own files (the article archive, the search index: {@link ReservedAddressCheck}), before anything is
 * written, rather than left for the next build to fail on.
 */
public final class NewPageFile {
    /** A word of letters and digits (any script, any case), with apostrophes inside it ({@code It's}, Ukrainian {@code м'ята}). */
    private static final String WORD = "[\\p{L}\\p{M}\\p{Nd}]+(['\u2019\u02BC][\\p{L}\\p{M}\\p{Nd}]+)*";
    /** Words joined by spaces, hyphens or underscores. */
    private static final Pattern WORDS = Pattern.compile(WORD + "([ _-]+" + WORD + ")*");

    private NewPageFile() {
    }

    /** Where a page named {@code name} in {@code lang} goes, or why it cannot be named so. */
    public static Result of(String name, String lang, SiteConfig config, List<ContentDocument> documents) {
        String base = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        String slug = WORDS.matcher(base).matches() ? Slugs.of(config.language(lang).transliteration()).slugify(base) : "";
        if (slug.isEmpty()) {
            return Result.refused("a file name is the page's address: lowercase letters, digits and single hyphens,"
                    + " like how-to-price-a-project (found '" + name + "')");
        }
        String url = "/" + lang + "/" + slug + "/";
        String reserved = ReservedAddressCheck.of(config, lang).get(url);
        if (reserved != null) {
            return Result.refused(url + " is " + reserved + ": choose another name");
        }
        Optional<ContentDocument> taken = documents.stream().filter(d -> d.lang().equals(lang) && d.url().equals(url)).findFirst();
        if (taken.isPresent()) {
            return Result.refused("its address " + url + " is already " + taken.get().source() + "'s: choose another name");
        }
        Path file = config.contentDir().resolve(lang).resolve(slug + ".md");
        String shown = config.projectDir().relativize(file).toString().replace('\\', '/');
        if (Files.exists(file)) {
            return Result.refused(shown + " already exists: choose another name");
        }
        String note = slug.equals(base) ? null : "an address uses only the letters a to z, digits and single hyphens, so the page's address is "
                + url + " and its file " + shown;
        return new Result(file, null, note);
    }

    /**
     * @param file    where the new page goes, or null when the name is refused
     * @param problem why the name is refused, or null
     * @param note    the address and file made of a name that was not one as given ({@code Що далі}), or null
     */
    public record Result(Path file, String problem, String note) {
        static Result refused(String problem) {
            return new Result(null, problem, null);
        }
    }
}
