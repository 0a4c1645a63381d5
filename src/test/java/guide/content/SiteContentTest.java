package guide.content;

import guide.site.SmallProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The editors' commands name a document by its file, absolute or relative to the project. */
class SiteContentTest {
    @TempDir
    Path dir;

    @Test
    void findsADocumentByItsFileAndKeepsTheProblemsFound() throws Exception {
        SmallProject.in(dir)
                .write("content/pl/o-nas.md", TestDocument.article("pl", "o-nas").fileText())
                .write("content/en/about.md", TestDocument.article("en", "about").fileText().replace("summary=", "sumary="));
        SiteContent content = SiteContent.load(dir);
        assertEquals(List.of(Path.of("content/pl/o-nas.md")), content.documents().stream().map(ContentDocument::source).toList());
        assertEquals(List.of("content/en/about.md:7: unknown header 'sumary': did you mean 'summary'? (summary is required)"),
                content.problems().stream().map(Object::toString).toList());
        assertEquals("o-nas", content.find(dir.resolve("content/pl/o-nas.md")).orElseThrow().slug());
        assertEquals("o-nas", content.find(dir.resolve("content/pl/../pl/o-nas.md")).orElseThrow().slug());
        assertEquals("o-nas", content.find(Path.of("content/pl/o-nas.md")).orElseThrow().slug());
        assertEquals(Optional.empty(), content.find(dir.resolve("content/en/about.md")));
    }
}
