package guide.site;

import guide.build.BuildReport;
import guide.build.SiteBuilder;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The list of profiles in an author box is named, for screen readers, after who the box is about, as the box's heading
 * is: "Profile autora" of a person, "Profile redakcji" of the guide's team, "Profile autorów tekstu źródłowego" of an
 * original article's organisation, where "Author's profiles" read as if a team were one person.
 */
class AuthorProfilesLabelTest {
    @TempDir
    Path project;

    /** The label of the profiles' list in the author box and in the original author's box of a page. */
    private List<String> labels(String page) throws IOException {
        var html = Jsoup.parse(project.resolve("site").resolve(page).toFile(), "UTF-8");
        return List.of(html.selectFirst("#author .author-profiles").attr("aria-label"),
                html.selectFirst("#original-author .author-profiles").attr("aria-label"));
    }

    @Test
    void aTeamsProfilesAreTheEditorsAndAnOriginalOrganisationsTheOriginalsAuthors() throws Exception {
        ProjectFixture.copyProject(project);
        ProjectFiles.save(project, "content/authors.yaml", s -> s.replace("  profiles: []",
                "  profiles:\n    - label: Mastodon\n      url: https://mastodon.example/@redakcja"));
        Files.writeString(project.resolve("content/authors.yaml"), """
                stowarzyszenie:
                  name: {pl: Stowarzyszenie Testowe, en: The Test Association}
                  creditName: {pl: "Stowarzyszenia Testowego", en: "the Test Association"}
                  schemaType: Organization
                  role: {pl: "Stowarzyszenie", en: "Association"}
                  bio: {pl: "Zrzesza testerów.", en: "It brings testers together."}
                  profiles:
                    - label: stowarzyszenie.example
                      url: https://stowarzyszenie.example
                jan-kowalski:
                  name: Jan Kowalski
                  creditName: {pl: "Jana Kowalskiego", en: "Jan Kowalski"}
                  role: {pl: "Księgowy", en: "Accountant"}
                  bio: {pl: "Prowadzi biuro rachunkowe.", en: "He runs an accounting office."}
                  profiles:
                    - label: kowalski.example
                      url: https://kowalski.example
                """, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        ProjectFiles.save(project, "content/pl/jak-wystawic-fakture.md", s -> s.replaceFirst("\nauthor=", "\nbasedOn=stowarzyszenie\nauthor="));
        ProjectFiles.save(project, "content/en/how-to-send-an-invoice.md", s -> s.replaceFirst("\nauthor=", "\nbasedOn=stowarzyszenie\nauthor="));
        ProjectFiles.save(project, "content/pl/jak-wycenic-projekt.md", s -> s.replaceFirst("\nauthor=", "\nbasedOn=jan-kowalski\nauthor="));
        ProjectFiles.save(project, "content/en/pricing-a-project.md", s -> s.replaceFirst("\nauthor=", "\nbasedOn=jan-kowalski\nauthor="));

        BuildReport report = new SiteBuilder(project).build(project.resolve("site"));

        assertTrue(report.warnings().isEmpty(), report.warnings().toString());
        assertEquals(List.of("Profile autora", "Profile autorów tekstu źródłowego"), labels(BuiltSiteTest.PL_ARTICLE));
        assertEquals(List.of("Author's profiles", "Profiles of the original article's authors"), labels(BuiltSiteTest.EN_ARTICLE));
        assertEquals(List.of("Profile redakcji", "Profile autora"), labels("pl/jak-wycenic-projekt/index.html"));
        assertEquals(List.of("Editors' profiles", "Author's profiles"), labels("en/pricing-a-project/index.html"));
    }
}
