package guide.check;

import guide.site.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A template saved as "UTF-8 with BOM" is named at its line 1 with what to do; the same template saved without the mark,
 * a file of templates/ that is no template and a mark later in a file are not.
 */
class TemplateByteOrderMarksTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void onlyATemplateThatStartsWithTheMarkIsNamed(@TempDir Path project) throws IOException {
        Path templates = Files.createDirectories(project.resolve("templates/partials"));
        write(project.resolve("templates/page.ftl"), true, "<#ftl output_format=\"HTML\">\n");
        write(project.resolve("templates/post.ftl"), false, "<#ftl output_format=\"HTML\">\n");
        write(templates.resolve("toc.ftl"), false, "\n\uFEFF<#-- a mark inside the text is the editor's business -->\n");
        write(project.resolve("templates/notes.txt"), true, "not a template\n");
        write(project.resolve("templates/a.ftl"), false, "");
        List<Problem> problems = new ArrayList<>();
        new TemplateByteOrderMarks().check(project, project.resolve("templates"), problems);
        assertEquals(List.of("templates/page.ftl:1: the file starts with a byte order mark (\"UTF-8 with BOM\", as Windows Notepad saves"
                + " it), which the template engine reads as text: save it as \"UTF-8\" without BOM (in Notepad: File > Save As, Encoding: UTF-8)"),
                problems.stream().map(Problem::toString).toList());
    }

    private static void write(Path file, boolean mark, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[(mark ? BOM.length : 0) + body.length];
        System.arraycopy(BOM, 0, bytes, 0, mark ? BOM.length : 0);
        System.arraycopy(body, 0, bytes, mark ? BOM.length : 0, body.length);
        Files.write(file, bytes);
    }
}
