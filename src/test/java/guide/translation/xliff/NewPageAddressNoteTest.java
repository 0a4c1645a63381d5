package guide.translation.xliff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static guide.translation.xliff.XliffFixture.guide;
import static guide.translation.xliff.XliffFixture.read;
import static guide.translation.xliff.XliffFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A name given with {@code --name} that is not an address as typed (capitals, spaces) makes the page's address all the same, as
 * the build makes one of a file name; {@code ./guide translate} then says which address and file it made, and so does an import
 * that creates the page, so the translator is not left looking for a file by the name they typed.
 */
class NewPageAddressNoteTest {
    private static final String NOTE = "--name Polish Only: an address uses only the letters a to z, digits and single hyphens, so the page's"
            + " address is /en/polish-only/ and its file content/en/polish-only.md";

    @TempDir
    Path project;

    @BeforeEach
    void fixture() throws Exception {
        XliffFixture.fixtureProject(project);
    }

    @Test
    void anImportThatCreatesAPageSaysWhichAddressTheNameMade() throws Exception {
        assertEquals(0, guide(project, "translations", "export", "content/pl/tylko-po-polsku.md", "--to", "en").code());
        Path xliff = project.resolve("target/xliff/polish-only-fixture.pl-en.xlf");
        XliffFixture.translateAsIs(xliff);
        XliffFixture.Run imported = guide(project, "translations", "import", xliff.toString(), "--name", "Polish Only");
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("content/en/polish-only.md: created (status=draft) from " + xliff + "; stamped current with its source, and"
                + " ./guide translations lists it as a draft until it is published, then as current\n" + NOTE + "\n"), imported.out());
        assertTrue(Files.exists(project.resolve("content/en/polish-only.md")));
    }

    @Test
    void translateSaysTheSame() throws Exception {
        XliffFixture.Run started = guide(project, "translate", "content/pl/tylko-po-polsku.md", "--to", "en", "--name", "Polish Only");
        assertEquals(0, started.code(), started.err());
        assertTrue(started.out().contains(NOTE + "\n"), started.out());
    }

    @Test
    void aHomePageNamedWithANameIsToldItsAddressComesFromItsType() throws Exception {
        Path properties = project.resolve("jbake.properties");
        write(properties, read(properties).replace("site.languages=pl,en", "site.languages=pl,en,de"));
        Files.copy(project.resolve("templates/i18n/en.yaml"), project.resolve("templates/i18n/de.yaml"));
        XliffFixture.Run started = guide(project, "translate", "content/pl/index.md", "--to", "de", "--name", "Start Page");
        assertEquals(0, started.code(), started.err());
        assertFalse(started.out().contains("/de/start-page/"), "the home page is not at the address its name would make: " + started.out());
        assertTrue(started.out().contains("--name Start Page: a home page's address comes from its type, not its file name, so the German one is at"
                + " /de/\n"), started.out());
    }

    @Test
    void aNameThatIsAnAddressAlreadyGetsNoNote() throws Exception {
        assertEquals(0, guide(project, "translations", "export", "content/pl/tylko-po-polsku.md", "--to", "en").code());
        Path xliff = project.resolve("target/xliff/polish-only-fixture.pl-en.xlf");
        XliffFixture.translateAsIs(xliff);
        XliffFixture.Run imported = guide(project, "translations", "import", xliff.toString(), "--name", "polish-only");
        assertEquals(0, imported.code(), imported.err());
        assertFalse(imported.out().contains("an address uses only"), imported.out());
    }
}
