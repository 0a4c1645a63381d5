package guide.build;

import guide.site.AuthorLinks;
import guide.site.BuildFailure;
import guide.site.ProjectFiles;
import guide.site.ProjectFixture;
import guide.site.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The header's and footer's link to the about page (aboutUrl in templates/i18n/en.yaml) keeps a reader in their
 * language as a link in the text must: pointed at the Polish about page while an English one exists, the build stops at
 * the yaml's line, in the words of a link in the text. A translator who copied pl.yaml made exactly this slip. While the
 * language has no about page of its own (a language being added), the link is allowed, but the build says so at that line.
 */
class AboutUrlLanguageTest {
    @Test
    void anAboutUrlToAnotherLanguagesPageIsRefusedAtItsLine(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("guide"));
        String yaml = "templates/i18n/en.yaml";
        ProjectFiles.save(project, yaml, s -> s.replace("aboutUrl: /en/about/", "aboutUrl: /pl/o-przewodniku/"));
        int line = ProjectFiles.lineOf(project, yaml, "aboutUrl:");

        BuildFailure failure = assertThrows(BuildFailure.class, () -> new SiteBuilder(project).build(temp.resolve("site")));

        assertEquals(List.of(yaml + ":" + line + ": aboutUrl links to the Polish page /pl/o-przewodniku/ although an English version exists: /en/about/"),
                failure.problems().stream().map(Problem::toString).toList());
    }

    /** The English about page out of the way, and aboutUrl in en.yaml pointed at the Polish one. */
    private static Path withoutEnglishAbout(Path temp, boolean asDraft) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("guide"));
        ProjectFiles.save(project, "templates/i18n/en.yaml", s -> s.replace("aboutUrl: /en/about/", "aboutUrl: /pl/o-przewodniku/"));
        if (asDraft) {
            ProjectFiles.save(project, "content/en/about.md", s -> s.replace("status=published", "status=draft"));
        } else {
            Files.delete(project.resolve("content/en/about.md"));
        }
        return project;
    }

    @Test
    void anAboutUrlToAnotherLanguagesPageIsAWarningAtItsLineWhileTheLanguageHasNone(@TempDir Path temp) throws Exception {
        Path project = withoutEnglishAbout(temp, false);
        String yaml = "templates/i18n/en.yaml";
        int line = ProjectFiles.lineOf(project, yaml, "aboutUrl:");

        BuildReport report = new SiteBuilder(project).build(temp.resolve("site"));

        assertEquals(List.of(yaml + ":" + line + ": warning: aboutUrl links to the Polish page /pl/o-przewodniku/, so the header and footer"
                        + " of every English page take readers to a Polish page: no English version exists yet; translate it (./guide translate"
                        + " content/pl/o-przewodniku.md --to en --name about), publish it (status=published) and set aboutUrl to its address"),
                report.warnings());
    }

    @Test
    void whileTheLanguagesAboutPageIsADraftTheWarningNamesTheDraft(@TempDir Path temp) throws Exception {
        Path project = withoutEnglishAbout(temp, true);
        String yaml = "templates/i18n/en.yaml";
        int line = ProjectFiles.lineOf(project, yaml, "aboutUrl:");

        BuildReport report = new SiteBuilder(project).build(temp.resolve("site"));

        assertEquals(List.of(yaml + ":" + line + ": warning: aboutUrl links to the Polish page /pl/o-przewodniku/, so the header and footer"
                        + " of every English page take readers to a Polish page: its English version, content/en/about.md, is still a draft; publish it"
                        + " (status=published) and set aboutUrl to /en/about/", "content/en/about.md: draft, not published"),
                report.warnings());
    }

    /**
     * While a language's about page is a draft, the editors ({@code url: about} in authors.yaml) have no page in that language:
     * their name there is not a link and their structured data has no url, with no word of its own (the warning above says
     * what to do); in the other languages they link to their about page.
     */
    @Test
    void whileTheLanguagesAboutPageIsADraftTheEditorsHaveNoAddressInIt(@TempDir Path temp) throws Exception {
        Path project = withoutEnglishAbout(temp, true);
        Path site = temp.resolve("site");

        BuildReport report = new SiteBuilder(project).build(site);

        assertEquals(2, report.warnings().size(), report.warnings().toString());
        assertEquals(new AuthorLinks(null, null), AuthorLinks.of(site.resolve("en/pricing-a-project/index.html")));
        assertEquals(new AuthorLinks("/pl/o-przewodniku/", "https://guide.test/pl/o-przewodniku/"),
                AuthorLinks.of(site.resolve("pl/jak-wycenic-projekt/index.html")));
    }
}
