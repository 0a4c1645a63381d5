package guide.content;

import guide.site.Problem;
import guide.site.SmallProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** content/authors.yaml: one entry per author, a text per language, every gap a problem at its line. */
class AuthorsTest {
    @TempDir
    Path dir;
    private SmallProject project;
    private final List<Problem> problems = new ArrayList<>();

    @BeforeEach
    void project() {
        project = SmallProject.in(dir);
    }

    private Authors load(String yaml) {
        project.write("content/authors.yaml", yaml);
        return Authors.load(dir, dir.resolve("content"), List.of("pl", "en"), problems);
    }

    private List<String> messages() {
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void readsPeopleAndTeamsWithTheirTextsPerLanguage() {
        Authors authors = load("""
                ola:
                  name: Ola Nowak
                  role: {pl: Redaktorka, en: Editor}
                  bio:
                    pl: Pisze o umowach.
                    en: "  Writes about contracts.  "
                  url: https://ola.example
                  profiles:
                    - label: Mastodon
                      url: https://mastodon.example/@ola
                team:
                  name:
                    pl: Redakcja
                    en: The editors
                  creditName: {pl: Redakcji, en: the editors}
                  schemaType: Organization
                  role: {pl: Zespół, en: Team}
                  bio: {pl: Zespół redakcyjny., en: The editorial team.}
                  profiles: []
                """);
        assertEquals(List.of(), messages());
        assertEquals(List.of("ola", "team"), List.copyOf(authors.all().keySet()));
        Author ola = authors.get("ola").orElseThrow();
        assertEquals(Map.of("pl", "Ola Nowak", "en", "Ola Nowak"), ola.names(), "one name for every language");
        assertEquals(ola.names(), ola.creditNames(), "without creditName, the name is used");
        assertEquals("Person", ola.schemaType());
        assertEquals("Writes about contracts.", ola.bio().get("en"));
        assertEquals("Editor", ola.role().get("en"));
        assertEquals("https://ola.example", ola.url());
        assertEquals(List.of(new Author.Profile("Mastodon", "https://mastodon.example/@ola")), ola.profiles());
        Author team = authors.get("team").orElseThrow();
        assertEquals(Map.of("pl", "Redakcja", "en", "The editors"), team.names());
        assertEquals("Redakcji", team.creditNames().get("pl"));
        assertEquals("Organization", team.schemaType());
        assertNull(team.url());
        assertEquals(List.of(), team.profiles());
        assertEquals(Optional.empty(), authors.get("nobody"));
        assertFalse(ola.aboutPage());
        assertFalse(team.aboutPage());
    }

    /** {@code url: about}: the site's own team, whose page is each language's about page (aboutUrl), followed wherever it moves. */
    @Test
    void theSitesOwnTeamNamesTheAboutPageByAWord() {
        Author team = load("""
                team:
                  name: Redakcja
                  schemaType: Organization
                  url: about
                  role: {pl: Zespół, en: Team}
                  bio: {pl: Zespół., en: The team.}
                """).get("team").orElseThrow();
        assertEquals(List.of(), messages());
        assertTrue(team.aboutPage());
    }

    /**
     * An address on the site (the about page's, one per language) would be a second place to keep in step with aboutUrl, and a
     * relative address no page that identifies the author: each is refused at its line, saying what to write.
     */
    @Test
    void aUrlThatIsNotAFullAddressNorAboutIsAProblemAtItsLine() {
        Authors authors = load("""
                ola:
                  name: Ola
                  role: {pl: R, en: R}
                  bio: {pl: B, en: B}
                  url: /en/about/
                team:
                  name: Redakcja
                  url:
                    pl: /pl/o-przewodniku/
                    en: /en/about/
                  role: {pl: Zespół, en: Team}
                  bio: {pl: Zespół., en: The team.}
                """);
        String what = ": url must be the full address of the author's own page (https://…), or 'about' for the site's own team, whose name"
                + " then links to each language's about page (aboutUrl in templates/i18n/<lang>.yaml)";
        assertEquals(List.of("content/authors.yaml:5: author 'ola'" + what, "content/authors.yaml:8: author 'team'" + what), messages());
        assertNull(authors.get("ola").orElseThrow().url(), "shown without a link");
    }

    /** A file saved with old Mac line ends (a lone CR each) gets its problems at the lines its editor shows, as pages do. */
    @Test
    void aFileWithOldMacLineEndsIsNamedAtItsLines() {
        load("ola:\r  name: Ola\r  role: {pl: R, en: R}\r  bio:\r    pl: Pisze.\r  url: https://o.example\r");
        assertEquals(List.of("content/authors.yaml:4: author 'ola': 'bio' has no text in 'en': add 'en: …' under it"), messages());
    }

    @Test
    void everyGapIsAProblemAtTheLineOfItsField() {
        Authors authors = load("""
                ola:
                  name: Ola
                  role: Redaktorka
                  bio:
                    pl: Pisze.
                  profiles:
                    - label: Mastodon
                  schemaType: Robot
                ghost:
                  role: {pl: A, en: B}
                  bio: {pl: A, en: B}
                text: just a line
                bob:
                  name: Bob
                  role: {pl: R, en: R}
                  bio: {pl: " ", en: B}
                """);
        assertEquals(List.of(
                "content/authors.yaml:3: author 'ola': 'role' needs one text per language [pl, en]",
                "content/authors.yaml:4: author 'ola': 'bio' has no text in 'en': add 'en: …' under it",
                "content/authors.yaml:6: author 'ola': each profile needs a label and a url",
                "content/authors.yaml:8: author 'ola': schemaType must be Person or Organization",
                "content/authors.yaml:9: author 'ghost' has no name: write name: Name, or one per language",
                "content/authors.yaml:12: author 'text' must be a map of fields",
                "content/authors.yaml:16: author 'bob': 'bio' has no text in 'pl': add 'pl: …' inside its { }"), messages());
        assertEquals(List.of("ola", "bob"), List.copyOf(authors.all().keySet()), "an author without a name is left out");
    }

    @Test
    void aNameMapMustHaveEveryLanguage() {
        load("""
                ola:
                  name: {pl: Ola}
                  creditName: 7
                  role: {pl: R, en: R}
                  bio: {pl: B, en: B}
                """);
        assertEquals(List.of(
                "content/authors.yaml:2: author 'ola': 'name' has no text in 'en': add 'en: …' inside its { }",
                "content/authors.yaml:3: author 'ola' has no creditName: write creditName: Name, or one per language"), messages());
    }

    @Test
    void anAuthorWrittenOnOneLineIsToldToAddTheLanguageInsideTheFieldsBraces() {
        load("""
                ola: {name: {pl: Ola}, role: {pl: R, en: R}, bio: {en: B}}
                "bob":
                  name: Bob
                  role: {pl: R}
                  bio:
                    en: B
                """);
        assertEquals(List.of(
                "content/authors.yaml:1: author 'ola': 'name' has no text in 'en': add 'en: …' inside the { } after 'name:'",
                "content/authors.yaml:1: author 'ola': 'bio' has no text in 'pl': add 'pl: …' inside the { } after 'bio:'",
                "content/authors.yaml:4: author 'bob': 'role' has no text in 'en': add 'en: …' inside its { }",
                "content/authors.yaml:5: author 'bob': 'bio' has no text in 'pl': add 'pl: …' under it"), messages());
    }

    @Test
    void anAuthorSpreadOverLinesInBracesIsToldWhereEachFieldIs() {
        load("""
                ola: {name: {pl: Ola},
                  role: {pl: R}, bio: {pl: B, en: B}}
                """);
        assertEquals(List.of(
                "content/authors.yaml:1: author 'ola': 'name' has no text in 'en': add 'en: …' inside the { } after 'name:'",
                "content/authors.yaml:2: author 'ola': 'role' has no text in 'en': add 'en: …' inside its { }"), messages());
    }

    @Test
    void aFieldNameInQuotesIsFoundAtItsLine() {
        load("""
                ola:
                  name: Ola
                  "role":
                    pl: R
                  'bio': {pl: B}
                """);
        assertEquals(List.of(
                "content/authors.yaml:3: author 'ola': 'role' has no text in 'en': add 'en: …' under it",
                "content/authors.yaml:5: author 'ola': 'bio' has no text in 'en': add 'en: …' inside its { }"), messages());
    }

    @Test
    void aFileThatIsMissingNotYamlOrNotAMapIsNamed() {
        Authors none = Authors.load(dir, dir.resolve("elsewhere"), List.of("pl"), problems);
        Authors broken = load("ola:\n\tname: Ola\n");
        Authors list = load("- ola\n- bob\n");
        assertTrue(none.all().isEmpty());
        assertTrue(broken.all().isEmpty());
        assertTrue(list.all().isEmpty());
        assertEquals("elsewhere/authors.yaml: authors file is missing: every article needs an author entry here", messages().get(0));
        assertTrue(messages().get(1).startsWith("content/authors.yaml:2: YAML error: "), messages().get(1));
        assertEquals("content/authors.yaml:1: expected one entry per author id", messages().get(2));
        assertEquals(3, problems.size());
    }
    @Test
    void aFileThatCannotBeReadIsNamed() throws IOException {
        Files.createDirectories(dir.resolve("team/authors.yaml"));
        Authors authors = Authors.load(dir, dir.resolve("team"), List.of("pl"), problems);
        assertTrue(authors.all().isEmpty());
        assertEquals(1, problems.size());
        assertEquals("team/authors.yaml: cannot read: Is a directory", messages().get(0), "the system's reason, not the path again");
    }

    @Test
    void anEntryWrittenInFlowStyleHasNoLineOfItsOwn() {
        load("{ola: {name: Ola, role: R, bio: {pl: B}}}\n");
        assertEquals(List.of("content/authors.yaml: author 'ola': 'role' needs one text per language [pl, en]",
                "content/authors.yaml: author 'ola': 'bio' has no text in 'en': add 'en: …' inside the { } after 'bio:'"), messages());
    }
}
