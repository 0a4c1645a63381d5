package guide.content;

import guide.site.Problem;
import guide.site.SmallProject;
import guide.translation.xliff.XliffExportBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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

    /** A file copied from a Mac keeps its name decomposed; the editor types it composed, as the keyboard gives it (and the other way). */
    @Test
    void aNameTypedInTheOtherUnicodeFormFindsTheFile() throws Exception {
        SmallProject.in(dir)
                .write("content/pl/jak-wycenic\u0301.md", TestDocument.article("pl", "wycena").fileText())
                .write("content/en/pricing.md", TestDocument.article("en", "pricing").fileText());
        SiteContent content = SiteContent.load(dir);
        assertEquals("jak-wycenic", content.find(Path.of("content/pl/jak-wycenić.md")).orElseThrow().slug());
        assertEquals("jak-wycenic", content.find(Path.of("jak-wycenić.md"), dir.resolve("content/pl")).orElseThrow().slug());
        List<Problem> problems = new ArrayList<>();
        assertEquals(Path.of("content/pl/jak-wycenic\u0301.md"), new XliffExportBatch(content)
                .sources(List.of(Path.of("content/pl/jak-wycenić.md")), dir, "en", problems).get(0).source(), "and so does the export");
    }

    @Test
    void aPathIsReadInTheProjectWhenItIsThereElseInTheFolderItWasTypedIn() throws Exception {
        SmallProject.in(dir)
                .write("content/pl/o-nas.md", TestDocument.article("pl", "o-nas").fileText())
                .write("content/en/about.md", TestDocument.article("en", "about").fileText());
        SiteContent content = SiteContent.load(dir);
        Path inContentEn = dir.resolve("content/en");
        assertEquals("o-nas", content.find(Path.of("content/pl/o-nas.md"), inContentEn).orElseThrow().slug(), "as the README types it, in any folder");
        assertEquals("about", content.find(Path.of("about.md"), inContentEn).orElseThrow().slug());
        assertEquals("o-nas", content.find(Path.of("../pl/o-nas.md"), inContentEn).orElseThrow().slug());
        List<Problem> problems = new ArrayList<>();
        var export = new XliffExportBatch(content);
        assertEquals(List.of(Path.of("content/pl/o-nas.md"), Path.of("content/pl/o-nas.md")),
                Stream.of("content/pl/o-nas.md", "../pl/o-nas.md")
                        .map(typed -> export.sources(List.of(Path.of(typed)), inContentEn, "en", problems).get(0).source()).toList(),
                "the export reads the same paths the same way");
        assertEquals(List.of(), problems);
    }
}
