package guide.page;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.TestDocument;
import guide.site.SiteConfig;
import guide.site.SmallProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The site's own team ({@code url: about} in authors.yaml) is linked, in each language, to the page the header's about link
 * gives ({@code aboutUrl}), where that is a published page of the language; elsewhere its name has no link.
 */
class AboutPagesTest {
    private static final ContentDocument PL_ABOUT = TestDocument.article("pl", "o-nas").type(DocumentType.PAGE).key("about").build();
    private static final ContentDocument EN_ABOUT = TestDocument.article("en", "about-us").type(DocumentType.PAGE).key("about").build();

    @TempDir
    Path dir;
    private SmallProject project;
    private SiteConfig config;

    @BeforeEach
    void site() {
        project = SmallProject.in(dir)
                .write("templates/i18n/pl.yaml", SmallProject.PL + "aboutUrl: /pl/o-nas/\n")
                .write("templates/i18n/en.yaml", SmallProject.EN + "aboutUrl: /en/about-us/#team\n")
                .write("content/authors.yaml", SmallProject.AUTHORS.replace("  schemaType: Organization\n",
                        "  schemaType: Organization\n  url: about\n") + """
                        ola:
                          name: Ola
                          role: {pl: R, en: R}
                          bio: {pl: B, en: B}
                          url: https://ola.example
                          profiles:
                            - {label: Mastodon, url: "https://mastodon.example/@ola"}
                        """);
        config = project.config();
    }

    private Map<String, String> aboutPages(List<ContentDocument> published) {
        return AboutPages.of(config.languages(), project.ui(), published);
    }

    @Test
    void eachLanguagesAboutUrlWhereItIsAPublishedPageOfThatLanguage() {
        assertEquals(Map.of("pl", "/pl/o-nas/", "en", "/en/about-us/#team"), aboutPages(List.of(PL_ABOUT, EN_ABOUT)),
                "the address as aboutUrl gives it, a fragment kept");
        ContentDocument draft = TestDocument.article("en", "about-us").type(DocumentType.PAGE).key("about").draft().build();
        assertEquals(Map.of("pl", "/pl/o-nas/"), aboutPages(List.of(PL_ABOUT, draft)), "a draft is no page to link to");
        assertEquals(Map.of("pl", "/pl/o-nas/"), aboutPages(List.of(PL_ABOUT)), "no page at the address");
        project.write("templates/i18n/en.yaml", SmallProject.EN + "aboutUrl: /pl/o-nas/\n");
        assertEquals(Map.of("pl", "/pl/o-nas/"), aboutPages(List.of(PL_ABOUT)), "another language's page, borrowed by aboutUrl");
    }

    @Test
    void theSitesOwnTeamLinksToTheAboutPageOfThePagesLanguageAndOthersToTheirOwnSite() {
        AuthorCards cards = new AuthorCards(config, project.authors(), new Typesetter(config), aboutPages(List.of(PL_ABOUT)));
        assertEquals("/pl/o-nas/", cards.of("redakcja", "pl").url());
        assertNull(cards.of("redakcja", "en").url(), "no published English about page: no link");
        assertEquals("https://ola.example", cards.of("ola", "en").url());
        assertEquals(List.of(new AuthorCard.Profile("Mastodon", "https://mastodon.example/@ola")), cards.of("ola", "en").profiles(),
                "and their profiles elsewhere");
    }
}
