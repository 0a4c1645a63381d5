package guide.check;

import guide.site.FolderWalk;
import guide.site.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A template saved with a byte order mark, as Windows Notepad's "UTF-8 with BOM" saves it. The
 * template engine reads the mark as text: before {@code <#ftl>} it stops with a syntax error that
 * lists every directive it expected there ({@code Encountered "<#ftl ", but was expecting one of
 * these patterns: <EOF> <ATTEMPT> <IF> …}), which says nothing of the file's encoding; in a
 * template without {@code <#ftl>} it would put an invisible character into every page. Named here,
 * before any page is made, with what to do.
 */
public final class TemplateByteOrderMarks {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public void check(Path projectDir, Path templateDir, List<Problem> problems) {
        try {
            for (Path template : FolderWalk.sorted(templateDir, p -> p.getFileName().toString().endsWith(".ftl"))) {
                if (startsWithMark(template)) {
                    problems.add(new Problem(projectDir.relativize(template), 1, "the file starts with a byte order mark (\"UTF-8 with BOM\","
                            + " as Windows Notepad saves it), which the template engine reads as text: save it as \"UTF-8\" without BOM"
                            + " (in Notepad: File > Save As, Encoding: UTF-8)"));
                }
            }
        } catch (IOException e) {
            problems.add(new Problem(projectDir.relativize(templateDir), 0, "cannot read templates: " + e.getMessage()));
        }
    }

    private static boolean startsWithMark(Path template) throws IOException {
        try (InputStream in = Files.newInputStream(template)) {
            return Arrays.equals(in.readNBytes(BOM.length), BOM);
        }
    }
}
