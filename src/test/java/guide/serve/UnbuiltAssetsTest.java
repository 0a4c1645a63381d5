package guide.serve;

import guide.publish.FingerprintedAssets;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every address the output lacks (a missing picture, the browser's favicon.ico) asks the assets: the folder is read and
 * fingerprinted once, and again only after a file in it changed.
 */
class UnbuiltAssetsTest {
    @Test
    void theFolderIsReadAgainOnlyAfterItChanged(@TempDir Path tmp) throws Exception {
        Path project = ProjectFixture.copyProject(tmp.resolve("project"));
        AtomicInteger reads = new AtomicInteger();
        UnbuiltAssets unbuilt = new UnbuiltAssets(project, (dir, assets) -> {
            reads.incrementAndGet();
            return FingerprintedAssets.read(dir, assets);
        });
        for (int i = 0; i < 3; i++) {
            assertTrue(unbuilt.find("favicon.ico").isEmpty());
        }
        assertEquals(1, reads.get(), "three requests for a file the assets lack, one read of the folder");

        Path sheet = project.resolve("assets/css/site.css");
        Files.writeString(sheet, "\n.nowa-klasa { color: red; }\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        String name = FingerprintedAssets.read(project, project.resolve("assets")).urls().get("/css/site.css").substring(1);
        String served = new String(unbuilt.find(name).orElseThrow(() -> new AssertionError(name + " is not served after the edit")),
                StandardCharsets.UTF_8);
        assertTrue(served.endsWith(".nowa-klasa { color: red; }\n"), "the edited sheet, under its new name");
        assertEquals(2, reads.get(), "read again once the folder changed");
    }
}
