package guide.check;

import guide.site.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What content/ may hold besides pages: images and PDFs, in any capitals, and authors.yaml; editors' leftovers are left to
 * their own rule; anything else is named, and an SVG is read for what it holds.
 */
class ContentFileKindsTest {
    @TempDir
    Path project;

    private List<Path> files(String... names) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            Path file = project.resolve("content/" + name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, name.endsWith(".svg") ? "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\">\n<rect width=\"1\" height=\"1\"/>\n</svg>\n" : "x");
            files.add(file);
        }
        return files;
    }

    private List<String> problems(List<Path> files) throws IOException {
        List<Problem> problems = new ArrayList<>();
        ContentFileKinds.check(project, files, problems);
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void imagesPdfsTheAuthorsAndLeftoversPass() throws IOException {
        assertEquals(List.of(), problems(files("images/a.png", "images/b.JPG", "images/c.jpeg", "images/d.gif", "images/e.webp", "images/f.avif",
                "images/g.svg", "pl/oferta.pdf", "authors.yaml", "pl/o-nas.md~", "pl/.DS_Store", "pl/#o-nas.md#", "pl/~$umowa.docx")));
    }

    @Test
    void anythingElseIsNamedWithItsEnding() throws IOException {
        List<Problem> problems = new ArrayList<>();
        ContentFileKinds.check(project, files("pl/oferta.html", "pl/Makefile", "en/rates.xlsx"), problems);
        assertEquals(List.of(
                "content/pl/oferta.html: a .html file cannot be published",
                "content/pl/Makefile: a file without an ending cannot be published",
                "content/en/rates.xlsx: a .xlsx file cannot be published"),
                problems.stream().map(p -> p.toString().substring(0, p.toString().indexOf(" published") + " published".length())).toList());
        assertEquals(0, problems.get(0).line(), "a whole file, no line");
        assertEquals(true, problems.get(0).message().contains("(.avif .gif .jpeg .jpg .pdf .png .svg .webp)"), problems.get(0).message());
    }

    @Test
    void anSvgIsReadForWhatItHolds() throws IOException {
        Path svg = files("images/steps.svg").get(0);
        Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\">\n<rect onclick=\"x()\" width=\"1\" height=\"1\"/>\n</svg>\n");
        List<Problem> problems = new ArrayList<>();
        ContentFileKinds.check(project, List.of(svg), problems);
        assertEquals(List.of("content/images/steps.svg:2"), problems.stream().map(p -> p.file().toString().replace('\\', '/') + ":" + p.line()).toList());
    }
}
