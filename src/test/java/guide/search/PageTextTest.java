package guide.search;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
     * The page cache keeps pages' texts between builds: one whose packed text no longer matches its length (a damaged cache
     * file) says so when read, rather than handing search a shorter or garbled page.
     */
    @Test
    void aDamagedTextSaysSo() throws IOException, ClassNotFoundException {
        PageText page = page("pl", "/pl/a/", "A", "", List.of(new PageText.Section("", "", "x".repeat(1234 - 3))));
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(saved)) {
            out.writeObject(page);
        }
        byte[] bytes = saved.toByteArray();
        byte[] length = ByteBuffer.allocate(4).putInt(1234).array();
        int at = -1;
        for (int i = 0; i + 4 <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + 4, length, 0, 4)) {
                assertEquals(-1, at, "the text's length is saved once");
                at = i;
            }
        }
        bytes[at + 3]++; // one byte more than the packed text holds
        PageText damaged;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            damaged = (PageText) in.readObject();
        }
        assertEquals("damaged search text", assertThrows(IllegalStateException.class, damaged::sections).getMessage());
    }
}
