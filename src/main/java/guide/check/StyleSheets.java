package guide.check;

import guide.site.FolderWalk;
import guide.publish.PublicPaths;
import guide.site.Problem;
import guide.site.TextLines;
import guide.site.Utf8Text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The style sheets of assets/, read once for the checks that look into them ({@link StyleSheetBraces},
 * {@link StyleSheetCspCheck}, {@link StyleSheetAddresses}), and the two things those checks share: the text with its
 * comments blanked out (line breaks kept, so offsets keep their lines) and the line of an offset.
 */
public final class StyleSheets {
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    /**
     * One style sheet.
     *
     * @param file its path in the project ({@code assets/css/site.css}), as messages name it
     * @param sitePath its path on the site ({@code /css/site.css}), which its relative addresses start from
     * @param text its text
     */
    public record Sheet(Path file, String sitePath, String text) {
    }

    private StyleSheets() {
    }

    /** Every published {@code .css} file under {@code assetDir} (not a backup or a macOS {@code ._} copy), in a stable order; none when there is no such folder. */
    public static List<Sheet> read(Path projectDir, Path assetDir, List<Problem> problems) {
        if (!Files.isDirectory(assetDir)) {
            return List.of();
        }
        try {
            List<Path> found = FolderWalk.sorted(assetDir, p -> p.getFileName().toString().endsWith(".css")
                    && PublicPaths.isPublic(assetDir.relativize(p).toString().replace('\\', '/')));
            List<Sheet> sheets = new ArrayList<>();
            for (Path sheet : found) {
                sheets.add(new Sheet(projectDir.relativize(sheet), "/" + assetDir.relativize(sheet).toString().replace('\\', '/'),
                        Utf8Text.read(sheet)));
            }
            return sheets;
        } catch (IOException e) {
            problems.add(new Problem(projectDir.relativize(assetDir), 0, "cannot read style sheets: " + e.getMessage()));
            return List.of();
        }
    }

    /** {@code css} with every comment's characters but its line breaks made spaces. */
    static String withoutComments(String css) {
        return COMMENT.matcher(css).replaceAll(m -> TextLines.blanked(m.group()));
    }
}
