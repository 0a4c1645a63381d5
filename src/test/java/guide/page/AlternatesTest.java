package guide.page;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.TestDocument;
import guide.site.SmallProject;
import guide.translation.TranslationIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** hreflang alternates: every version of a page with itself, plus x-default (the default language's, else the first; the root for home pages). */
class AlternatesTest {
    @TempDir
    Path dir;

    private final ContentDocument plAbout = TestDocument.article("pl", "o-nas").key("about").build();
    private final ContentDocument enAbout = TestDocument.article("en", "about").key("about").build();
    private final ContentDocument enOnly = TestDocument.article("en", "tools").build();
    private final ContentDocument plHome = TestDocument.article("pl", "index").type(DocumentType.HOME).key("home").build();
    private final ContentDocument enHome = TestDocument.article("en", "index").type(DocumentType.HOME).key("home").build();

    private Alternates alternates(String properties) {
        var config = SmallProject.in(dir).properties(properties).config();
        return new Alternates(config, new TranslationIndex(config.languages(), List.of(enAbout, plAbout, enOnly, plHome, enHome)));
    }

    @Test
    void everyVersionInTheConfiguredOrderThenTheDefaultLanguagesAsXDefault() {
        List<Alternate> expected = List.of(new Alternate("pl", "https://example.org/pl/o-nas/"), new Alternate("en", "https://example.org/en/about/"),
                new Alternate("x-default", "https://example.org/pl/o-nas/"));
        assertEquals(expected, alternates("").of(enAbout));
        assertEquals(expected, alternates("").of(plAbout));
    }

    @Test
    void withoutADefaultLanguageVersionXDefaultIsTheFirstVersion() {
        assertEquals(List.of(new Alternate("en", "https://example.org/en/tools/"), new Alternate("x-default", "https://example.org/en/tools/")),
                alternates("").of(enOnly));
        assertEquals(new Alternate("x-default", "https://example.org/en/about/"), alternates("site.defaultLanguage=en\n").of(plAbout).get(2));
    }

    @Test
    void homePagesNameTheRootPageThatLetsReadersChoose() {
        assertEquals(List.of(new Alternate("pl", "https://example.org/pl/"), new Alternate("en", "https://example.org/en/"),
                new Alternate("x-default", "https://example.org/")), alternates("").of(enHome));
    }

    @Test
    void pagesTheBuildMakesAreGivenTheirAddressPerLanguage() {
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("en", "/en/articles/");
        urls.put("pl", "/pl/artykuly/");
        assertEquals(List.of(new Alternate("pl", "https://example.org/pl/artykuly/"), new Alternate("en", "https://example.org/en/articles/"),
                new Alternate("x-default", "https://example.org/pl/artykuly/")), alternates("").of(urls));
        assertEquals(new Alternate("x-default", "https://example.org/en/articles/"), alternates("site.defaultLanguage=en\n").of(urls).get(2));
        assertEquals(List.of(new Alternate("en", "https://example.org/en/articles/"), new Alternate("x-default", "https://example.org/en/articles/")),
                alternates("").of(Map.of("en", "/en/articles/", "de", "/de/artikel/")), "only configured languages");
        assertEquals(List.of(), alternates("").of(Map.of()));
    }
}
