package guide.check;

import guide.site.Problem;
import guide.site.TextLines;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A style sheet of assets/ that loads a file from another site ({@code @import url(https://fonts.googleapis.com/…)},
 * {@code src: url(https://…/font.woff2)}, a background image) is blocked by the pages' Content Security Policy
 * (everything from the site itself): the browser drops it without a word, and the page falls back to another font or
 * no image. Found before baking, at the style sheet's line, with where to put the file instead.
 */
public final class StyleSheetCspCheck {
    private static final Pattern ADDRESS = Pattern.compile(
            "(@import\\s+(?:url\\(\\s*)?|url\\(\\s*)([\"']?)((?:https?:)?//[^\"')\\s]*)", Pattern.CASE_INSENSITIVE);

    public void check(List<StyleSheets.Sheet> sheets, List<Problem> problems) {
        sheets.forEach(sheet -> checkSheet(sheet.file(), sheet.text(), problems));
    }

    void checkSheet(Path file, String css, List<Problem> problems) {
        String text = StyleSheets.withoutComments(css);
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) {
            int line = TextLines.lineAt(text, m.start());
            boolean isImport = m.group(1).startsWith("@");
            problems.add(new Problem(file, line, (isImport ? "@import of " : "url() of ") + m.group(3)
                    + " loads a file from another site, which the Content Security Policy blocks ("
                    + (isImport ? "style-src" : "default-src, img-src") + " 'self'): put the file in assets/ (a font in assets/fonts/) and "
                    + (isImport ? "link it in templates/partials/head.ftl with asset.url(\"/css/….css\")" : "write its address from there, url(/fonts/….woff2)")));
        }
    }
}
