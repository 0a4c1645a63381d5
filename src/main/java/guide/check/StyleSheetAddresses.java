package guide.check;

import guide.site.Problem;
import guide.site.TextLines;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every file a style sheet of assets/ names in {@code url(…)} (a font, a background image) must be a file of assets/,
 * published as it is at its path from there (content/images/ publishes resized copies of photos, not the files, so a
 * style sheet cannot name those). The browser would
 * otherwise ask for it, get a 404 and show the fallback font or no image, without a word; the build names the line.
 * Addresses of other sites are {@link StyleSheetCspCheck}'s, {@code data:} needs no file, and {@code @import} is
 * checked where style sheets get their content-hashed names.
 */
public final class StyleSheetAddresses {
    /** The look back for {@code @import} comes after {@code url(}, so it is tried where {@code url(} is, not at every character of the sheet. */
    private static final Pattern URL = Pattern.compile("\\burl\\((?<!@import\\s{0,9}url\\()\\s*([\"']?)([^\"')]*?)\\1\\s*\\)", Pattern.CASE_INSENSITIVE);

    public void check(List<StyleSheets.Sheet> sheets, Path assetDir, List<Problem> problems) {
        for (StyleSheets.Sheet sheet : sheets) {
            checkSheet(sheet.file(), sheet.sitePath(), sheet.text(), path -> Files.isRegularFile(assetDir.resolve(path.substring(1))), problems);
        }
    }

    /** @param published whether the site publishes a file at a site path ({@code /fonts/inter.woff2}) */
    void checkSheet(Path file, String sitePath, String css, Predicate<String> published, List<Problem> problems) {
        String text = StyleSheets.withoutComments(css);
        Matcher m = URL.matcher(text);
        while (m.find()) {
            String address = m.group(2).strip();
            String lower = address.toLowerCase(Locale.ROOT);
            if (address.isEmpty() || address.startsWith("#") || lower.startsWith("data:") || TemplateCspCheck.isOtherSite(address)) {
                continue;
            }
            String path = resolve(sitePath, address);
            if (path == null || !published.test(path)) {
                int line = TextLines.lineAt(text, m.start());
                problems.add(new Problem(file, line, "url(" + address + "): no such file"
                        + (path == null ? "" : " at " + path) + " in assets/: put the file at assets" + (path == null ? "/fonts/x.woff2" : path)
                        + ", or correct the address"));
            }
        }
    }

    /** The site path of {@code address} in the style sheet at {@code sitePath}, without query or fragment; null when it leaves the site. */
    private static String resolve(String sitePath, String address) {
        try {
            String path = URI.create("https://site" + sitePath).resolve(address.replace(" ", "%20")).normalize().getPath();
            return path == null || path.startsWith("/..") ? null : path;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
