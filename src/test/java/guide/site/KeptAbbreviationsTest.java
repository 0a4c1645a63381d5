package guide.site;

import guide.build.SiteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An abbreviation of several words listed in {@code site.language.pl.keepTogether} reaches readers on one line:
 * "Dz. U." in a legal footnote is never split after "Dz.", even where the editor broke the source line inside it.
 */
class KeptAbbreviationsTest {
    @TempDir
    static Path project;
    static String page;

    @BeforeAll
    static void build() throws Exception {
        ProjectFixture.copyProject(project);
        ProjectFiles.save(project, "jbake.properties", s -> s + "\nsite.language.pl.keepTogether=Dz. U.,tys. zł\n");
        Files.writeString(project.resolve("content/pl/faktury.md"), """
                title=Faktury w terminie
                date=2026-11-20
                translationKey=faktury
                type=post
                status=published
                author=redakcja
                summary=Kiedy faktura jest spóźniona.
                ~~~~~~

                Rekompensata to 40 euro przy kwocie do 5 tys. zł, a nie 5 tys. złotych netto.[^ksef]

                [^ksef]: Obowiązek wprowadzono w 2023 r. (Dz. U. z 2023 r. poz. 1598), a zmieniono później (Dz.
                    U. z 2024 r. poz. 1473).
                """, StandardCharsets.UTF_8);
        Path site = project.resolve("target/site");
        try {
            new SiteBuilder(project).build(site);
        } catch (BuildFailure e) {
            throw new AssertionError("the project must build: " + e.problems(), e);
        }
        page = Files.readString(site.resolve("pl/faktury/index.html"), StandardCharsets.UTF_8);
    }

    @Test
    void aLegalFootnoteKeepsDzUOnOneLine() {
        assertTrue(page.contains("(Dz.&nbsp;U. z&nbsp;2023&nbsp;r. poz.&nbsp;1598)"), page);
        assertTrue(page.contains("(Dz.&nbsp;U. z&nbsp;2024&nbsp;r. poz.&nbsp;1473)"), "a line break in the source inside the abbreviation: " + page);
    }

    @Test
    void anAmountKeepsItsUnitAndOnlyTheListedWordsAreKept() {
        assertTrue(page.contains("do 5&nbsp;tys.&nbsp;zł, a&nbsp;nie 5&nbsp;tys. złotych"), page);
    }
}
