package guide.build;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The canonical form page keys hash their models in: equal models give one key, and a model that
 * differs anywhere (a nested component, the order of a list or map, a null, a type) gives another,
 * so a changed page is never taken from the previous output and an unchanged one always is.
 */
class CanonicalDigestTest {
    record Link(String title, String url) {
    }

    record Page(String title, Boolean draft, int count, List<Link> links, Map<String, String> forms, Link main) {
    }

    /** The same components as {@link Link}, another type. */
    record Anchor(String title, String url) {
    }

    enum Kind { POST, PAGE }

    private static String key(Object value) {
        return HexFormat.of().formatHex(new CanonicalDigest().value(value).finish());
    }

    private static Page page() {
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put("one", "punkt");
        forms.put("few", "punkty");
        return new Page("Tytuł", null, 3, List.of(new Link("A", "/a/"), new Link("B", "/b/")), forms, new Link("Home", "/"));
    }

    @Test
    void equalModelsMadeApartHaveOneKey() {
        Page a = page();
        Page b = new Page(new String("Tytuł".toCharArray()), null, 3, new ArrayList<>(a.links()), new LinkedHashMap<>(a.forms()),
                new Link("Home", new String("/".toCharArray())));
        assertEquals(a, b);
        assertEquals(key(a), key(b));
    }

    @Test
    void aChangeAnywhereChangesTheKey() {
        Page p = page();
        Map<String, String> reordered = new LinkedHashMap<>();
        reordered.put("few", "punkty");
        reordered.put("one", "punkt");
        Map<String, String> otherValue = new LinkedHashMap<>(p.forms());
        otherValue.put("few", "punktów");
        List<Page> changed = List.of(
                new Page("Tytul", null, 3, p.links(), p.forms(), p.main()),
                new Page("Tytuł", false, 3, p.links(), p.forms(), p.main()),
                new Page("Tytuł", true, 3, p.links(), p.forms(), p.main()),
                new Page("Tytuł", null, 4, p.links(), p.forms(), p.main()),
                new Page("Tytuł", null, 3, List.of(new Link("B", "/b/"), new Link("A", "/a/")), p.forms(), p.main()),
                new Page("Tytuł", null, 3, List.of(new Link("A", "/a/"), new Link("B", "/c/")), p.forms(), p.main()),
                new Page("Tytuł", null, 3, List.of(new Link("A", "/a/")), p.forms(), p.main()),
                new Page("Tytuł", null, 3, p.links(), reordered, p.main()),
                new Page("Tytuł", null, 3, p.links(), otherValue, p.main()),
                new Page("Tytuł", null, 3, p.links(), p.forms(), null),
                new Page("Tytuł", null, 3, p.links(), p.forms(), new Link("Home", "/pl/")),
                new Page(null, null, 3, p.links(), p.forms(), p.main()));
        Set<String> keys = new TreeSet<>();
        keys.add(key(p));
        changed.forEach(c -> keys.add(key(c)));
        assertEquals(changed.size() + 1, keys.size(), "every changed model has a key of its own");
    }

    @Test
    void textsAndListsNeverRunIntoEachOther() {
        assertNotEquals(key(List.of("ab", "c")), key(List.of("a", "bc")));
        assertNotEquals(key(List.of("ab")), key(List.of("a", "b")));
        assertNotEquals(key(List.of(List.of("a"), List.of())), key(List.of(List.of(), List.of("a"))));
        assertNotEquals(key(new Link("a", "b")), key(new Link("ab", "")));
        assertNotEquals(key(new Link(null, "b")), key(new Link("", "b")));
        assertNotEquals(key(new Link(null, "b")), key(new Link("null", "b")));
    }

    @Test
    void typesAreTold() {
        assertNotEquals(key(new Link("a", "/a/")), key(new Anchor("a", "/a/")));
        assertNotEquals(key(1), key(1L));
        assertNotEquals(key(1), key("1"));
        assertNotEquals(key(true), key("true"));
        assertNotEquals(key(Kind.POST), key("POST"));
        assertNotEquals(key(Kind.POST), key(Kind.PAGE));
        assertNotEquals(key(List.of()), key(Map.of()));
        assertNotEquals(key(Map.of("a", "b")), key(List.of("a", "b")));
    }

    @Test
    void longTextsAndNumbersCountWhole() {
        // Longer than the form's buffer, and differing only in the last character: the whole text reaches the digest.
        char[] chars = new char[20_000];
        Arrays.fill(chars, 'ą');
        String long1 = new String(chars);
        chars[chars.length - 1] = 'ę';
        assertNotEquals(key(long1), key(new String(chars)));
        assertNotEquals(key(1L << 40), key(0L));
        assertNotEquals(key(-1), key(Integer.MAX_VALUE));
    }

    @Test
    void aValueOfAnotherTypeIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> key(List.of(new Link("a", "b"), LocalDate.of(2026, 12, 6))));
        assertTrue(e.getMessage().contains("java.time.LocalDate"), e.getMessage());
    }

    @Test
    void resetForgetsWhatWasWritten() {
        CanonicalDigest digest = new CanonicalDigest();
        digest.value(page()).text("half a page");
        digest.reset();
        assertEquals(key(new Link("A", "/a/")), HexFormat.of().formatHex(digest.value(new Link("A", "/a/")).finish()));
    }

    @Test
    void anUnusuallyLargePageDoesNotKeepItsBufferForTheNextKeys() {
        CanonicalDigest digest = new CanonicalDigest();
        String archive = "x".repeat(CanonicalDigest.KEPT * 4);
        String alone = key(archive);
        assertEquals(alone, HexFormat.of().formatHex(digest.value(archive).finish()), "a form larger than the buffer: the same key");
        assertEquals(CanonicalDigest.START, digest.capacity(), "back to its first size after the large page");
        String page = "y".repeat(CanonicalDigest.KEPT / 2);
        digest.value(page).finish();
        assertTrue(digest.capacity() >= CanonicalDigest.KEPT / 2, "an ordinary page's buffer, grown: " + digest.capacity());
        int grown = digest.capacity();
        assertEquals(key(page), HexFormat.of().formatHex(digest.value(page).finish()));
        assertEquals(grown, digest.capacity(), "kept for the next page, up to " + CanonicalDigest.KEPT + " bytes");
    }
}
