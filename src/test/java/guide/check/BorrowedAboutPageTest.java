package guide.check;

import guide.content.DocumentType;
import guide.content.TestDocument;
import guide.site.Problem;
import guide.site.SmallProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A language whose aboutUrl names another language's about page, because it has no published one of its own, is told so at
 * the aboutUrl line of its yaml, with what to do: publish its draft, or translate the page with the exact command. A language
 * that has its own version is left to the refusal (CrossLanguageLinkCheck), and an address no other language's published
 * page has is left to the link check.
 */
class BorrowedAboutPageTest {
    private static final String EN_YAML = "templates/i18n/en.yaml";
    private static final String PROBLEM = EN_YAML + ":3: warning: aboutUrl links to the Polish page /pl/o-nas/, so the header and footer of"
            + " every English page take readers to a Polish page: ";

    @TempDir
    Path dir;

    private static TestDocument polishAbout() {
        return TestDocument.article("pl", "o-nas").type(DocumentType.PAGE).key("about");
    }

    private static TestDocument englishAbout() {
        return TestDocument.article("en", "about").type(DocumentType.PAGE).key("about");
    }

    /** The warnings with aboutUrl on line 3 of each yaml: Polish to its own /pl/o-nas/, English to {@code englishAboutUrl}. */
    private List<String> warnings(String englishAboutUrl, TestDocument... documents) {
        return warnings("/pl/o-nas/", englishAboutUrl, documents);
    }

    private List<String> warnings(String polishAboutUrl, String englishAboutUrl, TestDocument... documents) {
        SmallProject project = SmallProject.in(dir)
                .write("templates/i18n/pl.yaml", withAboutUrl(SmallProject.PL, "Jak pracować z klientami", polishAboutUrl))
                .write(EN_YAML, withAboutUrl(SmallProject.EN, "How to work with clients", englishAboutUrl));
        return BorrowedAboutPage.warnings(dir, project.config(), project.ui(), Stream.of(documents).map(TestDocument::build).toList())
                .stream().map(Problem::toString).toList();
    }

    private static String withAboutUrl(String yaml, String tagline, String aboutUrl) {
        String line = "tagline: " + tagline + "\n";
        return yaml.replace(line, line + "aboutUrl: " + aboutUrl + "\n");
    }

    @Test
    void withoutAnAboutPageOfItsOwnTheWarningGivesTheCommandThatTranslatesTheOtherOne() {
        assertEquals(List.of(PROBLEM + "no English version exists yet; translate it (./guide translate content/pl/o-nas.md --to en --name about),"
                        + " publish it (status=published) and set aboutUrl to its address"),
                warnings("/pl/o-nas/", polishAbout(), TestDocument.article("en", "team").type(DocumentType.PAGE).key("team"),
                        TestDocument.article("en", "team-draft").type(DocumentType.PAGE).key("team").draft()),
                "an English page of another translationKey, published or a draft, is no version of the Polish one");
    }

    @Test
    void whileItsOwnVersionIsADraftTheWarningNamesTheDraftAndItsAddress() {
        assertEquals(List.of(PROBLEM + "its English version, content/en/about.md, is still a draft; publish it (status=published) and set"
                        + " aboutUrl to /en/about/"),
                warnings("/pl/o-nas/", polishAbout(), englishAbout().draft()));
    }

    @Test
    void aLanguageWithAPublishedVersionOfItsOwnIsTheRefusalsCaseNotAWarning() {
        assertEquals(List.of(), warnings("/pl/o-nas/", polishAbout(), englishAbout()));
        assertEquals(List.of(), warnings("/pl/o-nas/", polishAbout(), englishAbout().draft(), englishAbout()),
                "a draft beside the published version changes nothing");
    }

    @Test
    void anAddressNoOtherLanguagesPublishedPageHasIsNoWarning() {
        assertEquals(List.of(), warnings("/pl/nie-ma/", polishAbout()), "a broken link is the link check's");
        assertEquals(List.of(), warnings("/pl/o-nas/", polishAbout().draft()), "a draft is not published: the link is broken, not borrowed");
        assertEquals(List.of(), warnings("/en/about/", polishAbout(), englishAbout()), "its own page");
    }

    @Test
    void aQueryOrAFragmentIsPartOfTheSameAddressAndTheWarningQuotesTheUrlAsWritten() {
        assertEquals(List.of(EN_YAML + ":3: warning: aboutUrl links to the Polish page /pl/o-nas/#kontakt, so the header and footer of every English"
                        + " page take readers to a Polish page: its English version, content/en/about.md, is still a draft; publish it"
                        + " (status=published) and set aboutUrl to /en/about/"),
                warnings("/pl/o-nas/#kontakt", polishAbout(), englishAbout().draft()));
        assertEquals(List.of(EN_YAML + ":3: warning: aboutUrl links to the Polish page /pl/o-nas/?z=menu, so the header and footer of every English"
                        + " page take readers to a Polish page: no English version exists yet; translate it (./guide translate content/pl/o-nas.md"
                        + " --to en --name about), publish it (status=published) and set aboutUrl to its address"),
                warnings("/pl/o-nas/?z=menu", polishAbout()));
    }

    @Test
    void eachLanguageThatBorrowsIsWarnedAtItsOwnYaml() {
        assertEquals(List.of("templates/i18n/pl.yaml:3: warning: aboutUrl links to the English page /en/team/, so the header and footer of every"
                        + " Polish page take readers to an English page: no Polish version exists yet; translate it (./guide translate"
                        + " content/en/team.md --to pl --name team), publish it (status=published) and set aboutUrl to its address",
                        PROBLEM + "its English version, content/en/about.md, is still a draft; publish it (status=published) and set aboutUrl"
                        + " to /en/about/"),
                warnings("/en/team/", "/pl/o-nas/", polishAbout(), englishAbout().draft(), TestDocument.article("en", "team").type(DocumentType.PAGE)),
                "in the order of the languages");
    }

    @Test
    void aLanguageWithoutAnAboutUrlHasNothingToWarnAbout() {
        SmallProject project = SmallProject.in(dir);
        assertEquals(List.of(), BorrowedAboutPage.warnings(dir, project.config(), project.ui(), List.of(polishAbout().build())));
    }
}
