package guide.site;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * {@code site.defaultLanguage} names one of {@code site.languages} in any case, as language tags are ({@code EN} is the site's
 * {@code en}, whose folder and hreflang stay as site.languages spells them), and one that is none is refused at its own line,
 * with the nearest code, instead of at the file with no line.
 */
class DefaultLanguageTest {
    @TempDir
    Path project;

    @Test
    void aDefaultLanguageInAnotherCaseIsTheListedOne() throws IOException {
        ProjectFixture.copyProject(project);
        ProjectFiles.save(project, "jbake.properties", s -> s.replace("site.defaultLanguage=pl", "site.defaultLanguage=EN"));
        CliBuild build = CliBuild.run(project);
        assertEquals(0, build.exitCode(), build.err());
        assertEquals("en", Jsoup.parse(Files.readString(project.resolve("target/site/index.html"))).selectFirst("html").attr("lang"),
                "the root page is in the default language, as site.languages spells it");
    }

    @Test
    void aDefaultLanguageNotListedIsRefusedAtItsLine() throws IOException {
        ProjectFixture.copyProject(project);
        ProjectFiles.save(project, "jbake.properties", s -> s.replace("site.defaultLanguage=pl", "site.defaultLanguage=eng"));
        CliBuild build = CliBuild.run(project);
        assertEquals(1, build.exitCode(), build.err());
        int line = ProjectFiles.lineOf(project, "jbake.properties", "site.defaultLanguage=");
        assertEquals("jbake.properties:" + line + ": site.defaultLanguage 'eng' is not one of site.languages [pl, en]: did you mean 'en'?",
                build.err().lines().findFirst().orElseThrow());
        assertFalse(Files.exists(project.resolve("target/site/index.html")), "nothing built");
    }
}
