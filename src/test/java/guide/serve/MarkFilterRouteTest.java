package guide.serve;

import guide.cli.GuideInProcess;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The preview reads the dashboard's "Not fully translated" filter from the address, as a link or a bookmark gives it
 * ({@code ?mark=untranslated}): without JavaScript, the list shows the marked pages only.
 */
class MarkFilterRouteTest {
    @Test
    void theAddressFiltersTheListToTheMarkedPages(@TempDir Path temp) throws Exception {
        try (DashboardFixture preview = new DashboardFixture(temp.resolve("project"))) {
            assertEquals(0, GuideInProcess.inProject(preview.project, "translate", "content/pl/zaliczka-czy-zadatek.md", "--to", "en",
                    "--name", "advance").exitCode());
            Path copy = preview.project.resolve("content/en/advance.md");
            Files.writeString(copy, Files.readString(copy, StandardCharsets.UTF_8).replace("status=draft", "status=published"),
                    StandardCharsets.UTF_8);
            Document page = Jsoup.parse(preview.get("/__guide/translations?mark=untranslated"));
            assertEquals(List.of("entry-advance-en"), page.select(".dash-entry").eachAttr("id"), page.getElementById("documents").text());
            assertEquals("Not fully translated (1)", page.select(".dash-filters a[aria-current=page]").last().text());
        }
    }
}
