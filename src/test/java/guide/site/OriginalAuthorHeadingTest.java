package guide.site;

import guide.build.BuildReport;
import guide.build.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
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
 * The box about an adapted article's original author fits who wrote the original, as the author box does: a person's
 * is "About the author of the original article", an organisation's ({@code schemaType: Organization}) "About the authors
 * of the original article", where the singular read as if the organisation were one person.
 */
class OriginalAuthorHeadingTest {
    @TempDir
    Path project;

    private List<String> box(String page) throws IOException {
        Element box = Jsoup.parse(project.resolve("site").resolve(page).toFile(), "UTF-8").selectFirst("#original-author");
        return List.of(box.selectFirst("h2").text(), box.selectFirst(".author-name").text());
    }

    @Test
    void anOrganisationsOriginalIsHeadedForATeamAndAPersonsForOnePerson() throws Exception {
        ProjectFixture.copyProject(project);
        Files.writeString(project.resolve("content/authors.yaml"), """
                stowarzyszenie:
                  name: {pl: Stowarzyszenie Testowe, en: The Test Association}
                  creditName: {pl: "Stowarzyszenia Testowego", en: "the Test Association"}
                  schemaType: Organization
                  role: {pl: "Stowarzyszenie", en: "Association"}
                  bio: {pl: "Zrzesza testerów.", en: "It brings testers together."}
                jan-kowalski:
                  name: Jan Kowalski
                  creditName: {pl: "Jana Kowalskiego", en: "Jan Kowalski"}
                  role: {pl: "Księgowy", en: "Accountant"}
                  bio: {pl: "Prowadzi biuro rachunkowe.", en: "He runs an accounting office."}
                """, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        ProjectFiles.save(project, "content/pl/jak-wystawic-fakture.md", s -> s.replaceFirst("\nauthor=", "\nbasedOn=stowarzyszenie\nauthor="));
        ProjectFiles.save(project, "content/en/how-to-send-an-invoice.md", s -> s.replaceFirst("\nauthor=", "\nbasedOn=stowarzyszenie\nauthor="));
        ProjectFiles.save(project, "content/pl/jak-wycenic-projekt.md", s -> s.replaceFirst("\nauthor=", "\nbasedOn=jan-kowalski\nauthor="));
        ProjectFiles.save(project, "content/en/pricing-a-project.md", s -> s.replaceFirst("\nauthor=", "\nbasedOn=jan-kowalski\nauthor="));

        BuildReport report = new SiteBuilder(project).build(project.resolve("site"));

        assertTrue(report.warnings().isEmpty(), report.warnings().toString());
        assertEquals(List.of("O autorach tekstu źródłowego", "Stowarzyszenie Testowe"), box(BuiltSiteTest.PL_ARTICLE));
        assertEquals(List.of("About the authors of the original article", "The Test Association"), box(BuiltSiteTest.EN_ARTICLE));
        assertEquals(List.of("O autorze tekstu źródłowego", "Jan Kowalski"), box("pl/jak-wycenic-projekt/index.html"));
        assertEquals(List.of("About the author of the original article", "Jan Kowalski"), box("en/pricing-a-project/index.html"));
    }
}
