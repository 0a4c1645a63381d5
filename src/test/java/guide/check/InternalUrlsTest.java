package guide.check;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which links the checks follow into the site, and to which address. */
class InternalUrlsTest {
    private static final String SITE = "https://guide.example";

    private static Optional<String> target(String href) {
        return InternalUrls.target(SITE, "pl/a/index.html", href);
    }

    @Test
    void addressesWithASchemeOrAHostLeaveTheSite() {
        for (String href : new String[] {"https://other.example/pl/a/", "HTTP://other.example/", "mailto:redakcja@guide.example",
                "tel:+48123456789", "x-custom.app+1:open", "//cdn.example/x.js"}) {
            assertEquals(Optional.empty(), target(href), href);
        }
    }

    @Test
    void aSchemeMayUseEveryLetterAndDigitFromFirstToLast() {
        for (String href : new String[] {"a:1", "z:1", "A:1", "Z:1", "xa:1", "xz:1", "xA:1", "xZ:1", "x0:1", "x9:1"}) {
            assertEquals(Optional.empty(), target(href), href);
        }
    }

    @Test
    void theSitesOwnAddressesAreFollowedRootRelative() {
        assertEquals(Optional.of("/en/b/"), target("https://guide.example/en/b/"));
        assertEquals(Optional.of("/"), target("https://guide.example"));
        assertEquals(Optional.of("/pl/b/"), target(" /pl/b/ "));
    }

    @Test
    void fragmentsAndRelativeAddressesAreResolvedAgainstThePage() {
        assertEquals(Optional.of("/pl/a/index.html#zakres"), target("#zakres"));
        assertEquals(Optional.of("/pl/b/"), target("../b/"));
        assertEquals(Optional.of("/pl/a/2026:plan"), target("./2026:plan"));
    }

    @Test
    void aColonAfterSomethingNoSchemeHasIsPartOfARelativeAddress() {
        assertEquals(Optional.of("/pl/a/b/c:d"), target("b/c:d"), "a slash before the colon");
        assertEquals(Optional.of("/pl/a/1st:x"), target("1st:x"), "a scheme starts with a letter: a relative address, as browsers take it");
    }

    @Test
    void anAddressUriCannotParseIsStillResolvedAgainstThePagesFolder() {
        assertEquals(Optional.of("/pl/a/my photo.png"), target("my photo.png"));
        assertEquals(Optional.of("/pl/b/x y.png?q r#f g"), target("../b/./x y.png?q r#f g"));
        assertEquals(Optional.of("/pl/a/%zz"), target("%zz"), "a malformed escape is kept, for the link check to name");
        assertEquals(Optional.of("/pl/"), target("a b/../.."));
        assertEquals(Optional.of("/../x y"), target("../../../x y"), "above the root, as URI.normalize leaves it: no file is served there");
        assertEquals(Optional.of("/pl/a/index.html?q r"), target("?q r"));
    }

    @Test
    void escapesAreDecodedAsUtf8() {
        assertEquals(Optional.of("/pl/a/my photo.png"), InternalUrls.decoded("/pl/a/my%20photo.png"));
        assertEquals(Optional.of("żółw+%"), InternalUrls.decoded("%C5%BC%c3%b3%C5%82w+%25"));
        assertEquals(Optional.of("już ż"), InternalUrls.decoded("już%20ż"));
        assertEquals(Optional.of("a\tb"), InternalUrls.decoded("a%09b"), "an escape whose first digit is 0 is well formed");
        for (String malformed : new String[] {"%zz", "a%", "a%2", "%2g", "%C5", "%FF"}) {
            assertEquals(Optional.empty(), InternalUrls.decoded(malformed), malformed);
        }
    }
}
