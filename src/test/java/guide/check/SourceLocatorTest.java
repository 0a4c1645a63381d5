package guide.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a problem found on a built page is reported: the Markdown, else the UI strings, else the page. */
class SourceLocatorTest {

    @Test
    void anAddressIsFoundWholeNotInsideALongerOne(@TempDir Path project) throws IOException {
        Files.createDirectories(project.resolve("content/de"));
        Files.createDirectories(project.resolve("templates/i18n"));
        Files.writeString(project.resolve("content/de/x.md"), "title=X\n~~~~~~\n\nSiehe [Über](/de/ueber/) und ![Bild](box.png).\n\n[Start](/de/)\n",
                StandardCharsets.UTF_8);
        Files.writeString(project.resolve("templates/i18n/de.yaml"), "aboutUrl: /de/ueber-den-ratgeber/\nhomeUrl: \"/de/\"\n", StandardCharsets.UTF_8);
        SourceLocator locator = new SourceLocator(project, project.resolve("target/site"), Map.of("de/x/index.html", Path.of("content/de/x.md")),
                SourceLocator.frameFiles(project, project.resolve("templates")));

        assertEquals(new SourceLocator.Location(Path.of("content/de/x.md"), 6), locator.locate("de/x/index.html", "/de/", null),
                "not line 4, where /de/ begins /de/ueber/");
        assertEquals(new SourceLocator.Location(Path.of("templates/i18n/de.yaml"), 2), locator.locate("de/y/index.html", "/de/", null),
                "a page without Markdown: the UI string that holds the address, not the longer one on line 1");
        assertEquals(new SourceLocator.Location(Path.of("target/site/de/y/index.html"), 0), locator.locate("de/y/index.html", "x.png", null),
                "box.png is not x.png: the built page");
    }
}
