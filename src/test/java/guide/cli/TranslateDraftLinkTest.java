package guide.cli;

import guide.build.SiteBuilder;
import guide.site.BuildFailure;
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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./guide translate} on a page that links to a page whose version in the target language is still a draft:
 * the new translation's link stays on the source language's page, which readers can open, the translator is told so
 * at the link's line, and once the draft is published the build names that line and the address to link instead.
 */
class TranslateDraftLinkTest {
    private static final String SIGNS = "content/en/5-signs-its-time-to-fire-a-client.md";

    @Test
    void aLinkToAPageWhoseTranslationIsADraftStaysAndIsNamed(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyRealProject(temp.resolve("guide"));
        Files.delete(project.resolve("content/en/404.md"));
        setStatus(project.resolve(SIGNS), "published", "draft");

        String said = stdout(project, "translate", "content/pl/404.md", "--to", "en", "--name", "404", "--project", project.toString());

        Path created = project.resolve("content/en/404.md");
        String line13 = Files.readAllLines(created).get(12);
        assertTrue(line13.contains("](/pl/5-oznak-ze-czas-rozstac-sie-z-klientem/)"),
                "the link does not go to the unpublished English draft, where readers would find nothing: " + line13);
        assertTrue(line13.contains("[strony głównej](/en/)"), "the home page is published in English, and linked there: " + line13);
        assertTrue(said.contains("content/en/404.md:13: the English version of /pl/5-oznak-ze-czas-rozstac-sie-z-klientem/ is still a draft ("
                + SIGNS + "): the link goes to the Polish page until that draft is published; once it is, the build stops at this line and asks for"
                + " /en/5-signs-its-time-to-fire-a-client/"), said);
        assertTrue(said.contains("The link to the Polish page /pl/ now goes to its English version, /en/."), said);

        setStatus(created, "draft", "published");
        setStatus(project.resolve(SIGNS), "draft", "published");
        BuildFailure failure = assertThrows(BuildFailure.class, () -> new SiteBuilder(project).build(project.resolve("site")),
                "once the English page is published, the Polish link may not stay");
        assertEquals(List.of("content/en/404.md:13: links to the Polish page /pl/5-oznak-ze-czas-rozstac-sie-z-klientem/ although an English"
                + " version exists: /en/5-signs-its-time-to-fire-a-client/"), failure.problems().stream().map(Object::toString).toList());
    }

    private static void setStatus(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertTrue(text.contains("\nstatus=" + from + "\n"), file + " has status=" + from);
        Files.writeString(file, text.replace("\nstatus=" + from + "\n", "\nstatus=" + to + "\n"));
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
