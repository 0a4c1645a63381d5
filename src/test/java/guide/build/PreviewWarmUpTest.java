package guide.build;

import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview's warm-up, a rebuild with nothing changed that runs what a save runs: on an output it
 * did not build (an editor starting the preview again) it renders pages it reuses only to compile the
 * code; it makes some page models again; either way it must render and publish nothing.
 */
class PreviewWarmUpTest {

    /** Each file's bytes and modification time. */
    private static Map<String, String> snapshot(Path output) throws Exception {
        Map<String, String> files = new TreeMap<>();
        for (String file : OutputFiles.list(output)) {
            Path path = output.resolve(file);
            files.put(file, Arrays.hashCode(Files.readAllBytes(path)) + "@" + Files.getLastModifiedTime(path).toMillis());
        }
        return files;
    }

    @Test
    void warmingUpAfterBuildingTheSiteItselfMakesModelsAgainButRendersAndChangesNothing(@TempDir Path tmp) throws Exception {
        Path project = ProjectFixture.copyProject(tmp.resolve("project"));
        Path output = project.resolve("target/site");
        SiteBuilder preview = new SiteBuilder(project).forPreview();
        try {
            int renderedAtStart = preview.build(output).rendered();
            Map<String, String> before = snapshot(output);
            assertEquals(0, preview.build(output).rendered());
            assertEquals(0, preview.memory.pageModels.madeInLastBuild(), "a build with nothing changed makes no model");

            BuildReport warmUp = preview.warmUp(output, renderedAtStart);
            assertTrue(preview.memory.pageModels.madeInLastBuild() > 0, "the warm-up makes page models again");
            assertEquals(0, warmUp.rendered(), "the page models it makes again give the same pages: none is rendered");
            assertEquals(before, snapshot(output));
            assertEquals(0, preview.build(output).rendered(), "nor by the build after it");
            assertEquals(0, preview.memory.pageModels.madeInLastBuild(), "which makes no model again");
        } finally {
            preview.finishSaving();
        }
    }

    @Test
    void warmingUpOnAnOutputFromAnEarlierRunChangesNoFileAndTheNextSaveIsBuiltAsUsual(@TempDir Path tmp) throws Exception {
        Path project = ProjectFixture.copyProject(tmp.resolve("project"));
        Path output = project.resolve("target/site");
        new SiteBuilder(project).build(output);
        Map<String, String> before = snapshot(output);

        SiteBuilder preview = new SiteBuilder(project).forPreview();
        int renderedAtStart = preview.build(output).rendered();
        assertEquals(0, renderedAtStart, "the preview's first build takes every page from the output");
        preview.warmUp(output, renderedAtStart);
        assertEquals(before, snapshot(output), "the warm-up renders pages but publishes none");

        Path article = project.resolve("content/pl/jak-wycenic-projekt.md");
        Files.writeString(article, Files.readString(article) + "\nZdanie dopisane po rozgrzewce.\n");
        preview.build(output);
        preview.finishSaving();
        Map<String, String> after = snapshot(output);
        after.keySet().removeIf(file -> !file.startsWith("pl/search/"));
        Map<String, String> searchBefore = new TreeMap<>(before);
        searchBefore.keySet().removeIf(file -> !file.startsWith("pl/search/"));
        assertFalse(after.isEmpty());
        assertFalse(searchBefore.equals(after), "the Polish search index takes in the new sentence");
        String page = Files.readString(output.resolve("pl/jak-wycenic-projekt/index.html"));
        assertTrue(page.contains("Zdanie dopisane po rozgrzewce."), "the save after the warm-up is published");
    }
}
