package guide.translation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which version of a source in git a translation's stamp stands for: the text and summary the translator worked from, found
 * with git in a real repository ({@link StampedSourceVersionsTest} tests the same choices on versions given without git).
 */
class StampedSourceTest {
    private static final Path SOURCE = Path.of("content/pl/faktury.md");
    private static final String TITLE = "Faktury";
    private static final String BODY = "Wystaw fakturę od razu.\n\nPilnuj terminu.\n";

    @TempDir
    Path project;

    private void write(String summary, String body) throws IOException {
        Path file = project.resolve(SOURCE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "title=" + TITLE + "\ndate=2026-01-05\ntype=post\nstatus=published\n"
                + (summary == null ? "" : "summary=" + summary + "\n") + "~~~~~~\n\n" + body, StandardCharsets.UTF_8);
    }

    private void commit(String summary, String body) throws Exception {
        write(summary, body);
        if (Files.isDirectory(project.resolve(".git"))) {
            GitProject.commitAll(project, "edit");
        } else {
            GitProject.init(project);
        }
    }

    private static SourceRevision stamp(String summary) {
        return SourceRevision.of("pl", TITLE, BODY).withSummary(summary).to("en");
    }

    @Test
    void theStampedTextAndSummaryAreFoundInAnEarlierCommit() throws Exception {
        commit("Jak  wystawiać   faktury.", BODY);
        commit("Jak wystawiać faktury.", BODY + "\nNowy akapit.\n");

        StampedSource found = StampedSource.fromGit(project, SOURCE, stamp("Jak wystawiać faktury.")).orElseThrow();
        assertEquals(List.of("# Faktury", "Wystaw fakturę od razu.", "Pilnuj terminu."), found.blocks());
        assertEquals("Jak wystawiać faktury.", found.summary());
    }

    /** The newest version with the stamp's text but another summary is passed over for an older one with both. */
    @Test
    void aVersionWithTheStampsSummaryToo() throws Exception {
        commit("Stare streszczenie.", BODY);
        commit("Nowe streszczenie.", BODY);

        assertEquals("Stare streszczenie.", StampedSource.fromGit(project, SOURCE, stamp("Stare streszczenie.")).orElseThrow().summary());
    }

    /** The summary stamped was never committed: the text is still found, its old summary unknown. */
    @Test
    void theTextWithoutTheStampsSummary() throws Exception {
        commit("Nowe streszczenie.", BODY);
        commit("Nowe streszczenie.", BODY + "\nNowy akapit.\n");

        StampedSource found = StampedSource.fromGit(project, SOURCE, stamp("Streszczenie nigdy nie zapisane.")).orElseThrow();
        assertEquals("Pilnuj terminu.", found.blocks().get(2));
        assertNull(found.summary());
    }

    /** A stamp written before summaries were tracked says nothing of the summary, so none is given. */
    @Test
    void aStampThatDoesNotTrackTheSummary() throws Exception {
        commit("Streszczenie.", BODY);

        StampedSource found = StampedSource.fromGit(project, SOURCE, SourceRevision.of("pl", TITLE, BODY)).orElseThrow();
        assertEquals(3, found.blocks().size());
        assertNull(found.summary());
    }

    @Test
    void aSourceWithoutASummaryStampedSo() throws Exception {
        commit(null, BODY);

        StampedSource found = StampedSource.fromGit(project, SOURCE, stamp(null)).orElseThrow();
        assertEquals(3, found.blocks().size());
        assertNull(found.summary());
    }

    /** A version once found does not change in git; the preview does not ask git again, even when it is gone. */
    @Test
    void aVersionFoundIsRemembered() throws Exception {
        commit("Streszczenie.", BODY);
        assertTrue(StampedSource.fromGit(project, SOURCE, stamp("Streszczenie.")).isPresent());
        assertTrue(StampedSource.fromGit(project, SOURCE, stamp(null)).isPresent()); // another stamp, remembered beside the first

        try (Stream<Path> files = Files.walk(project.resolve(".git"))) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        assertTrue(StampedSource.fromGit(project, SOURCE, stamp("Streszczenie.")).isPresent());
        assertTrue(StampedSource.fromGit(project, SOURCE, SourceRevision.of("pl", TITLE, "Inny tekst.")).isEmpty());
    }
}
