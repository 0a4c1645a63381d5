package guide.search;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What search keeps of a page: its sections come back as they went in, whatever their length or characters; two pages are
 * the same only if everything the index shows of them is (the preview rewrites a page's file when it is not).
 */
class PageTextTest {
    private static final List<PageText.Section> SECTIONS = List.of(
            new PageText.Section("", "", "Wstęp: faktura zaliczkowa."),
            new PageText.Section("termin", "Termin płatności", "Czternaście dni."));

    private static PageText page(String lang, String url, String title, String date, List<PageText.Section> sections) {
        return new PageText(lang, url, title, date, sections);
    }

    @Test
    void theSectionsComeBackAsTheyWentIn() {
        PageText page = page("pl", "/pl/faktury/", "Faktury", "2026-01-01", SECTIONS);
        assertEquals(SECTIONS, page.sections());
        assertEquals("pl", page.lang());
        assertEquals("/pl/faktury/", page.url());
        assertEquals("Faktury", page.title());
        assertEquals("2026-01-01", page.date());
        assertEquals(List.of(), page("pl", "/pl/pusta/", "Pusta", null, List.of()).sections());
        assertEquals("", page("pl", "/pl/pusta/", "Pusta", null, List.of()).date(), "no date sorts first");
    }

    /** A long page (text that packs to more than the packer's buffer) and text of little repetition come back whole. */
    @Test
    void aLongPageComesBackWhole() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 200_000; i++) {
            text.append(Integer.toHexString(i * 2_654_435_761L > 0 ? (int) (i * 2_654_435_761L) : i)).append(" żółć ");
        }
        List<PageText.Section> sections = List.of(new PageText.Section("a", "Długi", text.toString()), new PageText.Section("b", "", "koniec"));
        assertEquals(sections, page("pl", "/pl/dlugi/", "Długi", "2026-01-01", sections).sections());
    }

    /** The characters that separate sections inside the packed text cannot split a section: they read as spaces. */
    @Test
    void separatorsInTheTextAreSpaces() {
        PageText page = page("pl", "/pl/a/", "A", "", List.of(new PageText.Section("x\u001Fy", "h\u001Ei", "t\u001Fu\u001Ev")));
        assertEquals(List.of(new PageText.Section("x y", "h i", "t u v")), page.sections());
    }

    @Test
    void pagesAreTheSameOnlyIfAllTheyShowIs() {
        PageText page = page("pl", "/pl/a/", "A", "2026-01-01", SECTIONS);
        PageText same = page("pl", "/pl/a/", "A", "2026-01-01", List.copyOf(SECTIONS));
        assertEquals(page, same);
        assertEquals(page.hashCode(), same.hashCode());
        assertEquals(page.hashCode(), page.hashCode(), "taken once, the same");
        assertNotEquals(page, page("en", "/pl/a/", "A", "2026-01-01", SECTIONS));
        assertNotEquals(page, page("pl", "/pl/b/", "A", "2026-01-01", SECTIONS));
        assertNotEquals(page, page("pl", "/pl/a/", "B", "2026-01-01", SECTIONS));
        assertNotEquals(page, page("pl", "/pl/a/", "A", "2026-01-02", SECTIONS));
        assertNotEquals(page, page("pl", "/pl/a/", "A", "2026-01-01", SECTIONS.subList(0, 1)));
        assertNotEquals(page, page("pl", "/pl/a/", "A", "2026-01-01",
                List.of(SECTIONS.get(0), new PageText.Section("termin", "Termin płatności", "Czternaście dnj."))));
        assertNotEquals(page, "pl /pl/a/");
        Set<Integer> hashes = Stream.of("/pl/a/", "/pl/b/", "/pl/c/", "/pl/d/")
                .map(url -> page("pl", url, "A", "2026-01-01", SECTIONS).hashCode()).collect(Collectors.toSet());
        assertEquals(4, hashes.size(), "other pages, other hash codes: the preview looks every page up by it");
        assertTrue(page.toString().contains("/pl/a/"), page.toString());
    }

    @Test
    void aPageWithoutLanguageOrSiteAddressIsRefused() {
        assertEquals("a searchable page needs a language: /pl/a/",
                assertThrows(IllegalArgumentException.class, () -> page(" ", "/pl/a/", "A", "", SECTIONS)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> page(null, "/pl/a/", "A", "", SECTIONS));
        assertEquals("a searchable page needs a site-relative address, got https://example.com/a/",
                assertThrows(IllegalArgumentException.class, () -> page("pl", "https://example.com/a/", "A", "", SECTIONS)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> page("pl", null, "A", "", SECTIONS));
    }

    /**
     * The page cache keeps pages' texts between builds: one whose packed text no longer matches what was saved (a damaged cache
     * file) is refused as it is read, naming its page, so that the build drops the cache and renders every page again rather
     * than handing search a shorter or garbled page, or failing in the search index without a word of the cache.
     */
    @Test
    void aDamagedTextIsRefusedAsItIsRead() throws IOException, ClassNotFoundException {
        PageText page = page("pl", "/pl/a/", "A", "", List.of(new PageText.Section("", "", "x".repeat(1234 - 3))));
        byte[] bytes = saved(page);
        assertEquals(page, read(bytes), "undamaged, it reads back");
        int at = savedOnce(bytes, ByteBuffer.allocate(4).putInt(1234).array());
        for (int b = 0; b < 4; b++) { // whichever byte of the saved length: one more, or millions more, than the packed text holds
            byte[] damaged = bytes.clone();
            damaged[at + b]++;
            assertEquals("damaged search text of /pl/a/", assertThrows(InvalidObjectException.class, () -> read(damaged)).getMessage());
        }
        PageText empty = page("pl", "/pl/pusta/", "Pusta", "", List.of());
        assertEquals(empty, read(saved(empty)), "a page of no text reads back");

        byte[] packed = saved(page);
        // The packed text is the one byte array: its class (0x72) named "[B", serialVersionUID (8 bytes), flags (1), no fields (2),
        // the end of the class (1), no superclass (1), then its length (4) and its bytes. Its last byte is changed.
        int array = savedOnce(packed, new byte[] {0x72, 0, 2, '[', 'B'}) + 5 + 8 + 1 + 2 + 1 + 1;
        packed[array + 4 + ByteBuffer.wrap(packed, array, 4).getInt() - 1]++;
        assertEquals("damaged search text of /pl/a/", assertThrows(InvalidObjectException.class, () -> read(packed)).getMessage());
    }

    private static byte[] saved(PageText page) throws IOException {
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(saved)) {
            out.writeObject(page);
        }
        return saved.toByteArray();
    }

    private static PageText read(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (PageText) in.readObject();
        }
    }

    private static int savedOnce(byte[] bytes, byte[] value) {
        int at = -1;
        for (int i = 0; i + value.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + value.length, value, 0, value.length)) {
                assertEquals(-1, at, "saved once");
                at = i;
            }
        }
        return at;
    }
}
