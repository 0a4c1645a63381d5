package guide.check;

import guide.site.Problem;
import guide.site.Utf8Text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A style sheet of assets/ that loads a file from another site ({@code @import url(https://fonts.googleapis.com/…)},
 * {@code src: url(https://…/font.woff2)}, a background image) is blocked by the pages' Content Security Policy
 * (everything from the site itself): the browser drops it without a word, and the page falls back to another font or
 * no image. Found before baking, at the style sheet's line, with where to put the file instead.
 */
public final class StyleSheetCspCheck {
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern ADDRESS = Pattern.compile(
            "(@import\\s+(?:url\\(\\s*)?|url\\(\\s*)([\"']?)((?:https?:)?//[^\"')\\s]*)", Pattern.CASE_INSENSITIVE);

    public void check(Path projectDir, Path assetDir, List<Problem> problems) {
        if (!Files.isDirectory(assetDir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(assetDir)) {
            for (Path sheet : walk.filter(p -> p.getFileName().toString().endsWith(".css")).sorted().toList()) {
                checkSheet(projectDir.relativize(sheet), Utf8Text.read(sheet), problems);
            }
        } catch (IOException e) {
            problems.add(new Problem(projectDir.relativize(assetDir), 0, "cannot read style sheets: " + e.getMessage()));
        }
    }

    void checkSheet(Path file, String css, List<Problem> problems) {
        Matcher comments = COMMENT.matcher(css);
        String text = comments.replaceAll(m -> m.group().replaceAll("[^\n]", " "));
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) {
            int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
            boolean isImport = m.group(1).startsWith("@");
            problems.add(new Problem(file, line, (isImport ? "@import of " : "url() of ") + m.group(3)
                    + " loads a file from another site, which the Content Security Policy blocks ("
                    + (isImport ? "style-src" : "default-src, img-src") + " 'self'): put the file in assets/ (a font in assets/fonts/) and "
                    + (isImport ? "link it in templates/partials/head.ftl with asset.url(\"/css/….css\")" : "write its address from there, url(/fonts/….woff2)")));
        }
    }
}
