package guide.check;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The page a broken link's address is a typo of ("did you mean …?"): the nearest by edit distance, within a third of the
 * name and three edits at most, then the first in alphabetical order, whatever order the build listed the pages in.
 */
class NearAddressTest {
    @Test
    void theNearestPageWinsThenTheFirstInAlphabeticalOrder() {
        Map<String, PageFacts> pages = new LinkedHashMap<>();
        for (String page : List.of("en/a-to-pricee/index.html", "en/how-to-pricea/index.html", "en/how-to-price/index.html")) {
            pages.put(page, new PageFacts("en", "", Map.of(), Set.of(), List.of()));
        }
        BuiltSite site = new BuiltSite(Set.of(), pages);
        assertEquals(Optional.of("/en/how-to-price/"), NearAddress.of(site, "/en/how-to-pricee/"),
                "one edit away, before /en/how-to-pricea/ (as near, later in the alphabet) and /en/a-to-pricee/ (three edits)");
    }
}
