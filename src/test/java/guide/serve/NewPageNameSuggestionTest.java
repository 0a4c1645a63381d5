package guide.serve;

import guide.cli.Main;
import guide.dashboard.ImportOutcome;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A translated file for a page German does not have yet, imported without a name, is refused with a name to give made from
 * its German title, spelt as German addresses are (de-ASCII: "für" as "fuer"), not with its translationKey ("advance"), which
 * would publish the German page at an English address; the command and the dashboard suggest the same name, and it works.
 */
class NewPageNameSuggestionTest {
    private static final String SUGGESTION = "(one new page per import); from its German title, 'Anzahlung oder Draufgabe für Freiberufler?', the name would"
            + " be anzahlung-oder-draufgabe-fuer-freiberufler (shorten it as you like)";

    @TempDir
    Path project;

    @Test
    void theNameSuggestedIsTheGermanTitleAsAnAddress() throws Exception {
        ProjectFixture.copyProject(project);
        Path properties = project.resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties, StandardCharsets.UTF_8).replace("site.languages=pl,en", "site.languages=pl,en,de"),
                StandardCharsets.UTF_8);
        Files.copy(project.resolve("templates/i18n/en.yaml"), project.resolve("templates/i18n/de.yaml"));
        Path out = project.resolve("xliff");
        assertEquals(0, guide(new ByteArrayOutputStream(), "translations", "export", "content/pl/zaliczka-czy-zadatek.md", "--to", "de",
                "--output", out.toString()));
        Path xliff;
        try (Stream<Path> files = Files.list(out)) {
            xliff = files.filter(f -> f.toString().endsWith(".xlf")).findFirst().orElseThrow();
        }
        String copied = Files.readString(xliff, StandardCharsets.UTF_8).replaceAll(
                "(?s)(<source xml:lang=\"pl\">)(.*?)(</source>\\s*<target xml:lang=\"de\" state=\")needs-translation(\">)</target>", "$1$2$3translated$4$2</target>");
        String translated = copied.replaceFirst("(?s)(<trans-unit id=\"title\"[^>]*>\\s*<source[^>]*>[^<]*</source>\\s*<target[^>]*>)[^<]*",
                "$1Anzahlung oder Draufgabe für Freiberufler?");
        assertTrue(!translated.equals(copied), "the title unit was translated");
        Files.writeString(xliff, translated, StandardCharsets.UTF_8);

        ImportOutcome dashboard = new DashboardImport(project).run(List.of(new UploadForm.Upload("advance.pl-de.xlf",
                translated.getBytes(StandardCharsets.UTF_8))), false, Optional.empty());
        assertEquals(1, dashboard.messages().size(), dashboard.messages().toString());
        assertTrue(dashboard.messages().get(0).endsWith("give its file name in \"New page's file name\" and import it again " + SUGGESTION),
                dashboard.messages().get(0));

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(1, guide(err, "translations", "import", xliff.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("import this file with --name NAME " + SUGGESTION), err.toString(StandardCharsets.UTF_8));

        assertEquals(0, guide(new ByteArrayOutputStream(), "translations", "import", xliff.toString(), "--name", "anzahlung-oder-draufgabe-fuer-freiberufler"));
        assertTrue(Files.exists(project.resolve("content/de/anzahlung-oder-draufgabe-fuer-freiberufler.md")), "the name suggested is one the import takes");
    }

    private int guide(ByteArrayOutputStream err, String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            String[] all = Stream.concat(Arrays.stream(args), Stream.of("--project", project.toString())).toArray(String[]::new);
            return Main.commandLine(Path.of("").toAbsolutePath(), all).execute(all);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }
}
