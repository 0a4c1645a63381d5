package guide.build;

import guide.site.FolderWalk;
import guide.site.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the templates, or the interface words beside them, name an address of the site ({@code /images/logo.svg}): every
 * page shows such a file, so it is the site's even when, among the pages, only drafts name it ({@link DraftFiles}), and holding
 * it back would break the published pages' look. Style sheets need no such look: they may name only files of assets/
 * ({@link guide.check.StyleSheetAddresses}), which no draft withholds. The folder is read once, on the first question, and
 * only when a draft names a file of the content folder.
 */
final class TemplateAddresses {
    private final Path projectDir;
    private final Path templateDir;
    private final List<Problem> problems;
    /** Every file's text, one after another; null until asked. */
    private String text;

    TemplateAddresses(Path projectDir, Path templateDir, List<Problem> problems) {
        this.projectDir = projectDir;
        this.templateDir = templateDir;
        this.problems = problems;
    }

    /** Whether a file under the templates' folder has {@code address}; true, with a problem, when the folder cannot be read. */
    boolean names(String address) {
        if (text == null) {
            text = read();
        }
        return text == null || text.contains(address);
    }

    /** Every regular file's text (bytes that are not UTF-8 cannot spell an address and do no harm); null, and a problem, when unreadable. */
    private String read() {
        if (!Files.isDirectory(templateDir)) {
            return "";
        }
        try {
            List<Path> files = FolderWalk.sorted(templateDir, Files::isRegularFile);
            List<String> texts = new ArrayList<>();
            for (Path file : files) {
                texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
            return String.join("\n", texts);
        } catch (IOException e) {
            problems.add(new Problem(projectDir.relativize(templateDir), 0, "cannot read the templates, to know which files of the content"
                    + " folder the site shows on every page: " + e.getMessage()));
            return null;
        }
    }
}
