package guide.check;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A root-relative address is served the way a static host serves it; which links count as the site's own. */
class BuiltSiteTest {
    private final BuiltSite site = new BuiltSite(Set.of("index.html", "pl/index.html", "pl/a/index.html", "css/site.css", "pl/404.html"),
            Map.of("pl/a/index.html", new PageFacts("pl", "", Map.of(), Set.of("x", "y"), List.of("y"))));

    @Test
    void foldersAreServedByTheirIndexPage() {
        assertEquals(Optional.of("index.html"), site.resolve("/"));
        assertEquals(Optional.of("index.html"), site.resolve(""));
        assertEquals(Optional.of("pl/a/index.html"), site.resolve("/pl/a/"));
        assertEquals(Optional.of("pl/a/index.html"), site.resolve("/pl/a"));
        assertEquals(Optional.of("css/site.css"), site.resolve("/css/site.css"));
        assertEquals(Optional.of("pl/404.html"), site.resolve("pl/404.html"));
        assertEquals(Optional.empty(), site.resolve("/pl/b/"));
        assertEquals(Optional.empty(), site.resolve("/pl/a/../a/"), "no climbing out of folders");
    }

    @Test
    void escapesAreDecodedBeforeTheFileIsLookedUp() {
        BuiltSite photos = new BuiltSite(Set.of("pl/a/my photo.png", "pl/żółw/index.html"), Map.of());
        assertEquals(Optional.of("pl/a/my photo.png"), photos.resolve("/pl/a/my%20photo.png"));
        assertEquals(Optional.of("pl/żółw/index.html"), photos.resolve("/pl/%C5%BC%C3%B3%C5%82w/"));
        assertEquals(Optional.of("pl/żółw/index.html"), photos.resolve("/pl/żółw"));
        assertEquals(Optional.empty(), photos.resolve("/pl/a/my%zzphoto.png"), "a malformed escape names no file");
        assertEquals(Optional.empty(), site.resolve("/pl/a/%2E%2E/a/"), "no climbing out of folders by escaped dots either");
    }

    @Test
    void idsAndSectionsOfAPage() {
        assertEquals(Set.of("x", "y"), site.ids("pl/a/index.html"));
        assertEquals(List.of("y"), site.sections("pl/a/index.html"));
        assertEquals(Set.of(), site.ids("pl/index.html"));
        assertEquals(List.of(), site.sections("pl/index.html"));
    }

    @Test
    void linksToTheSitesOwnAddressAreInternal() {
        String page = "pl/a/index.html";
        assertEquals(Optional.of("/"), InternalUrls.target("https://example.org", page, "https://example.org"));
        assertEquals(Optional.of("/pl/"), InternalUrls.target("https://example.org", page, " https://example.org/pl/ "));
        assertEquals(Optional.of("/pl/a/index.html#top"), InternalUrls.target("https://example.org", page, "#top"));
        assertEquals(Optional.of("/pl/b/"), InternalUrls.target("https://example.org", page, "../b/"));
        assertEquals(Optional.of("/pl/a/c.png"), InternalUrls.target("https://example.org", page, "c.png"));
        assertEquals(Optional.of("/pl/a/a b"), InternalUrls.target("https://example.org", page, "a b"), "not a URL, yet relative to the page as browsers take it");
    }

    @Test
    void otherSchemesAndHostsAreExternal() {
        String page = "pl/a/index.html";
        for (String raw : new String[]{"https://example.org.evil/x", "HTTPS://other.example/", "mailto:a@example.org", "tel:+48123",
                "//cdn.example/x", "javascript:void(0)"}) {
            assertEquals(Optional.empty(), InternalUrls.target("https://example.org", page, raw), raw);
        }
    }
}
