package guide.site;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The author box's heading fits who wrote the article: "O autorze" above a person, and "O redakcji" above a team
 * ({@code schemaType: Organization} in authors.yaml, the test site's editors), where "about the author" read as if the
 * editorial team were one person.
 */
class AuthorCardHeadingTest {
    private static List<String> heading(String page) throws IOException {
        Path file = ProjectFixture.builtSite().resolve(page);
        var box = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8)).selectFirst("#author");
        return List.of(box.selectFirst("h2").text(), box.selectFirst(".author-name").text());
    }

    @Test
    void aPersonsBoxIsAboutTheAuthorAndATeamsAboutTheEditors() throws IOException {
        assertEquals(List.of("O autorze", "Ewa Nowak"), heading(BuiltSiteTest.PL_ARTICLE));
        assertEquals(List.of("About the author", "Ewa Nowak"), heading(BuiltSiteTest.EN_ARTICLE));
        assertEquals(List.of("O redakcji", "Redakcja testowa"), heading("pl/jak-wycenic-projekt/index.html"));
        assertEquals(List.of("About the editors", "The test editors"), heading("en/pricing-a-project/index.html"));
    }
}
