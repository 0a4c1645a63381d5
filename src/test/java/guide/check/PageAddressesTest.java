package guide.check;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A link written ahead of the build (an XLIFF import) is asked about as the build's link check would find it: a page the
 * site will not have is named, with the one a typo away; what the check leaves alone (other folders, files, the build's
 * own folders, links out) is not.
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
}
