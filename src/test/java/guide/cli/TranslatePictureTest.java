package guide.cli;

import guide.build.BuildReport;
import guide.build.SiteBuilder;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guide's drawing of the three steps is drawn once per language ({@code exit-steps-pl.svg}, {@code exit-steps-en.svg}).
 * {@code ./guide translate} gives the new English page the English drawing and says so; an English page that shows the
 * Polish one builds with a warning at its line naming the English one.
 */
class TranslatePictureTest {
    private static final String PL = "content/pl/jak-zakonczyc-wspolprace-z-klientem-w-3-krokach.md";
    private static final String EN = "content/en/how-to-end-a-client-relationship-in-3-steps.md";

    @Test
    void aNewTranslationShowsThePictureInItsLanguage(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyRealProject(temp.resolve("guide"));
        Files.delete(project.resolve(EN));

        String said = stdout(project, "translate", PL, "--to", "en", "--name", "steps", "--project", project.toString());

        List<String> lines = Files.readAllLines(project.resolve("content/en/steps.md"));
        int line = lines.stream().filter(l -> l.contains("/images/exit-steps-")).findFirst().map(lines::indexOf).orElseThrow() + 1;
        assertTrue(lines.get(line - 1).endsWith("](/images/exit-steps-en.svg)"), lines.get(line - 1));
        assertTrue(said.contains("content/en/steps.md:" + line + ": the picture is now its English version, /images/exit-steps-en.svg"
                + " (the source shows /images/exit-steps-pl.svg)\n"), said);
    }

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

    private static String stdout(Path cwd, String... args) {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.commandLine(cwd, args).execute(args), String.join(" ", args));
        } finally {
            System.setOut(out);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
