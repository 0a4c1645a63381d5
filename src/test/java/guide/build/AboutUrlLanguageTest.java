package guide.build;

import guide.site.BuildFailure;
import guide.site.ProjectFiles;
import guide.site.ProjectFixture;
import guide.site.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The header's and footer's link to the about page (aboutUrl in templates/i18n/en.yaml) keeps a reader in their
 * language as a link in the text must: pointed at the Polish about page while an English one exists, the build stops at
 * the yaml's line, in the words of a link in the text. A translator who copied pl.yaml made exactly this slip.
 */
class AboutUrlLanguageTest {
    @Test
    void anAboutUrlToAnotherLanguagesPageIsRefusedAtItsLine(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("guide"));
        String yaml = "templates/i18n/en.yaml";
        ProjectFiles.edit(project, yaml, s -> s.replace("aboutUrl: /en/about/", "aboutUrl: /pl/o-przewodniku/"));
        int line = ProjectFiles.lineOf(project, yaml, "aboutUrl:");

        BuildFailure failure = assertThrows(BuildFailure.class, () -> new SiteBuilder(project).build(temp.resolve("site")));

        assertEquals(List.of(yaml + ":" + line + ": aboutUrl links to the Polish page /pl/o-przewodniku/ although an English version exists: /en/about/"),
                failure.problems().stream().map(Problem::toString).toList());
    }
}
