package guide.cli;

import guide.build.BuildReport;
import guide.build.SiteBuilder;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The guide's drawing of the three steps is drawn once per language ({@code exit-steps-pl.svg}, {@code exit-steps-en.svg}).
 * An English page that shows the Polish one builds with a warning at its line naming the English one.
 */
class TranslatePictureTest {
    private static final String PL = "content/pl/jak-zakonczyc-wspolprace-z-klientem-w-3-krokach.md";
    private static final String EN = "content/en/how-to-end-a-client-relationship-in-3-steps.md";

    @Test
    void anEnglishPageShowingThePolishDrawingIsWarnedOfAtItsLine(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyRealProject(temp.resolve("guide"));
        Path page = project.resolve(EN);
        Files.writeString(page, Files.readString(page).replace("/images/exit-steps-en.svg", "/images/exit-steps-pl.svg"));
        int line = Files.readAllLines(page).stream().filter(l -> l.contains("exit-steps-pl.svg")).findFirst()
                .map(Files.readAllLines(page)::indexOf).orElseThrow() + 1;

        BuildReport report = new SiteBuilder(project).build(project.resolve("site"));

        assertEquals(List.of(EN + ":" + line + ": warning: the picture /images/exit-steps-pl.svg is in Polish (lang=\"pl\");"
                + " use its English version, /images/exit-steps-en.svg"), report.warnings());
    }
}
