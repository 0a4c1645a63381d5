package guide.build;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The drafts read from their headers alone, at the addresses a build gives them, with the settings or without. */
class DraftHeadersTest {
    private static final String HEADER = "title=Draft\ndate=2026-12-01\nstatus=draft\n";
    /** What names a draft of {@code content/en/} with {@link #HEADER}: its language and title, as it has no translationKey. */
    private static final DraftKey DRAFT_EN = new DraftKey("en", null, "Draft");

    @Test
    void eachDraftIsAtTheAddressTheBuildGivesItAndPublishedPagesAreLeftOut(@TempDir Path tmp) throws Exception {
        Path project = ProjectFixture.copyProject(tmp.resolve("project"));
        Files.writeString(project.resolve("content/pl/zaliczki-się-należą.md"), HEADER + "type=post\n~~~~~~\n\nText.\n", StandardCharsets.UTF_8);
        // A mistake of its own (no closing line of tildes) does not hide it: the build names the mistake.
        Files.writeString(project.resolve("content/en/lost.md"), HEADER + "type=notfound\n", StandardCharsets.UTF_8);

        assertEquals(List.of(new DraftAddress("content/en/lost.md: draft, not published", "/en/404.html", "en/404.html", null, DRAFT_EN),
                new DraftAddress("content/pl/zaliczki-się-należą.md: draft, not published", "/pl/zaliczki-sie-naleza/", "pl/zaliczki-sie-naleza/index.html",
                        null, new DraftKey("pl", null, "Draft"))),
                DraftHeaders.read(project));
    }

    @Test
    void withoutTheSettingsANameOutsideAsciiGetsTheDefaultTransliterationAndSaysSo(@TempDir Path tmp) throws Exception {
        Path project = ProjectFixture.copyProject(tmp.resolve("project"));
        Path settings = project.resolve("jbake.properties");
        Files.writeString(settings, Files.readString(settings, StandardCharsets.UTF_8) + "site.home.latest=ten\n", StandardCharsets.UTF_8);
        Files.writeString(project.resolve("content/pl/zaliczki-się-należą.md"), HEADER + "type=post\n~~~~~~\n\nText.\n", StandardCharsets.UTF_8);
        Files.writeString(project.resolve("content/en/deposits.md"), HEADER + "type=post\n~~~~~~\n\nText.\n", StandardCharsets.UTF_8);

        assertEquals(List.of(new DraftAddress("content/en/deposits.md: draft, not published", "/en/deposits/", "en/deposits/index.html", null, DRAFT_EN),
                new DraftAddress("content/pl/zaliczki-się-należą.md: draft, not published", "/pl/zaliczki-sie-naleza/", "pl/zaliczki-sie-naleza/index.html",
                        "this address is the one Latin-ASCII gives the file's name: the settings (jbake.properties) could not be read,"
                                + " and site.language.pl.transliteration may make it another", new DraftKey("pl", null, "Draft"))),
                DraftHeaders.read(project));
    }
}
