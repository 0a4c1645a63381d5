package guide.site;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** The message for {@code site.defaultLanguage=setting} on line 7, with {@code site.languages} listing {@code languages}. */
    private static String refusal(String setting, String... languages) {
        List<Problem> problems = new ArrayList<>();
        LanguageCodes.defaultOf(setting, List.of(languages), 7, problems);
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0).toString();
    }

    /**
     * "Did you mean" only for a likely typo: a two-letter code is two edits from every other, so {@code de} or {@code xx}
     * on a site of pl and en is no typo of either, and a suggestion would send the editor to a language they did not mean.
     */
    @Test
    void onlyALikelyTypoGetsADidYouMean() {
        assertEquals("jbake.properties:7: site.defaultLanguage 'de' is not one of site.languages [pl, en]", refusal("de", "pl", "en"));
        assertEquals("jbake.properties:7: site.defaultLanguage 'xx' is not one of site.languages [pl, en]", refusal("xx", "pl", "en"));
        assertEquals("jbake.properties:7: site.defaultLanguage 'en-gv' is not one of site.languages [pl, en-GB]: did you mean 'en-GB'?",
                refusal("en-gv", "pl", "en-GB"), "a typo in another case is still a typo, named as site.languages spells it");
    }

    /** An empty value is named as empty, with the default the editor gets by removing the line, not as a code near another. */
    @Test
    void anEmptyDefaultLanguageIsNamedAsEmpty() {
        assertEquals("jbake.properties:7: site.defaultLanguage is empty: name one of site.languages [pl, en], or remove the line to"
                + " make the first, 'pl', the default", refusal("", "pl", "en"));
        assertTrue(refusal(" ", "pl", "en").contains("is empty"));
    }
}
