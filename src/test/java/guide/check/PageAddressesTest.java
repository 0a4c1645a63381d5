package guide.check;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A link written ahead of the build (an XLIFF import) is asked about as the build's link check would find it: a page the
 * site will not have is named, with the one a typo away; what the check leaves alone (other folders, files, the build's
 * own folders, links out) is not. A link's fragment is held to the ids the page will have, named as the build's link check
 * names a broken anchor.
 */
class PageAddressesTest {
    private static final String PAGE = "en/about/index.html";
    private final PageAddresses addresses = new PageAddresses("https://guide.example",
            List.of("en/index.html", "en/about/index.html", "en/404.html", "pl/o-nas/index.html"), List.of("/en/articles/"));

    private Optional<String> missing(String raw) {
        return addresses.missing(PAGE, raw, "en/");
    }

    @Test
    void aPageTheSiteWillNotHaveIsNamedWithoutItsQueryOrFragmentWithTheOneATypoAway() {
        assertEquals(Optional.of("/en/abuot/"), missing("/en/abuot/?from=menu#team"));
        assertEquals(Optional.of("/en/abuot/"), missing("../abuot/"));
        assertEquals(Optional.of("/en/abuot/"), missing("https://guide.example/en/abuot/"));
        assertEquals(Optional.of("/en/no-such.html"), missing("/en/no-such.html"));
        assertEquals(Optional.of("/en/about./"), missing("/en/about./"), "a sentence's full stop typed into the address");
        assertEquals(Optional.of("/en/about/"), addresses.near("/en/abuot/"));
    }

    @Test
    void pagesItHasAndAddressesTheBuildChecksItselfAreNotNamed() {
        assertEquals(List.of(), List.of("/en/about/", "/en/about", "/en/about/#team", "/en/", "/en/404.html", "https://other.example/en/x/",
                "/pl/nie-ma/", "/en/images/chart.png", "/en/articles/page/2/").stream().flatMap(raw -> missing(raw).stream()).toList());
    }

    @Test
    void aFoldersPagesAreListedByTheirAddresses() {
        assertEquals(List.of("/en/", "/en/404.html", "/en/about/"), addresses.in("en/"));
    }

    @Test
    void aFragmentThePageWillNotHaveIsRefusedAsTheBuildWouldWithTheNearestSections() {
        PageFacts about = new PageFacts("en", "", Map.of(), Set.of("team", "contact", "zażółć"), List.of("team", "contact"));
        PageAddresses withIds = new PageAddresses("https://guide.example", List.of("en/index.html", "en/about/index.html",
                "en/articles/index.html", "pl/o-nas/index.html"), List.of("/en/articles/"),
                page -> page.endsWith("index.html") ? Optional.of(about) : Optional.empty(),
                page -> page.equals("en/about/index.html") ? Optional.of(Path.of("content/en/about.md")) : Optional.empty());
        assertEquals(Optional.of("broken anchor #taem: content/en/about.md has no such id (nearest: #team, #contact)"),
                withIds.brokenAnchor("en/index.html", "/en/about/#taem", "en/"));
        assertEquals(Optional.of("broken anchor #taem: content/en/about.md has no such id (nearest: #team, #contact)"),
                withIds.brokenAnchor("en/index.html", "https://guide.example/en/about?x=1#taem", "en/"));
        assertEquals(Optional.of("broken anchor #nope: en/index.html has no such id (nearest: #team, #contact)"),
                withIds.brokenAnchor("en/about/index.html", "../#nope", "en/"), "without its source, the page's own path");
        assertEquals(List.of(), List.of("/en/about/#team", "/en/about/#za%C5%BC%C3%B3%C5%82%C4%87", "/en/about/", "#contact",
                        "/en/abuot/#taem", "/en/articles/#taem", "/pl/o-nas/#taem", "https://other.example/en/about/#taem")
                .stream().flatMap(raw -> withIds.brokenAnchor("en/about/index.html", raw, "en/").stream()).toList(),
                "an id it has (as written or percent-encoded), no fragment, a page it lacks (missing's to name), the build's own folders,"
                        + " another folder, a link out");
        assertEquals(Optional.empty(), addresses.brokenAnchor(PAGE, "/en/about/#taem", "en/"), "a page whose ids are not known");
    }
}
