package guide.page;

import guide.content.ContentDocument;
import guide.content.DocumentMemo;
import guide.content.DocumentType;
import guide.content.TestDocument;
import guide.site.SmallProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Dates in CLDR's long form of the page's language, and articles as lists show them, with the reading time's plural form. */
class DatesAndCardsTest {
    @TempDir
    Path dir;

    @Test
    void datesAreWrittenAsReadersOfTheLanguageWriteThem() {
        Dates dates = new Dates(SmallProject.in(dir).properties("site.languages=pl,en,uk\n").config());
        LocalDate date = LocalDate.of(2026, 11, 20);
        assertEquals(new DateText("2026-11-20", "20 listopada 2026"), dates.of(date, "pl"));
        assertEquals("20 November 2026", dates.text(date, "en"));
        assertEquals("20 листопада 2026\u202Fр.", dates.text(date, "uk"), "CLDR joins the year and its abbreviation with a narrow no-break space");
        assertEquals("1 stycznia 2027", dates.text(LocalDate.of(2027, 1, 1), "pl"), "no time zone moves a date to the day before");
    }

    @Test
    void aDateThatEndsWithAFullStopEndsTheSentenceItIsPutIn() {
        Dates dates = new Dates(SmallProject.in(dir).properties("site.languages=pl,en,uk\n").config());
        LocalDate date = LocalDate.of(2026, 3, 10);
        assertEquals("Оновлено 10 березня 2026\u202Fр.", Dates.into("Оновлено {date}.", dates.text(date, "uk")));
        assertEquals("Оновлено 10 березня 2026\u202Fр. Читати", Dates.into("Оновлено {date}. Читати", dates.text(date, "uk")));
        assertEquals("Legal status: 10 March 2026.", Dates.into("Legal status: {date}.", dates.text(date, "en")));
        assertEquals("Stan prawny na 10 marca 2026 r.", Dates.into("Stan prawny na {date} r.", dates.text(date, "pl")));
    }

    @Test
    void aCardHasTheTitleAddressSummaryDateAndReadingTime() {
        SmallProject project = SmallProject.in(dir);
        Cards cards = new Cards(project.ui(), new Dates(project.config()), new CardMemo(), new Typesetter(project.config()));
        ContentDocument doc = TestDocument.article("pl", "jak-wycenic").title("Jak wycenić").date("2026-11-20").body("słowo ".repeat(1000)).build();
        assertEquals(new Card("Jak wycenić", "/pl/jak-wycenic/", "About jak-wycenic.", new DateText("2026-11-20", "20 listopada 2026"),
                "5 minut czytania"), cards.of(doc));
        assertEquals("1 minuta czytania", cards.readingTime(TestDocument.article("pl", "krotki").build()));
        assertEquals("2 minuty czytania", cards.readingTime(TestDocument.article("pl", "dwie").body("słowo ".repeat(400)).build()));
        assertEquals("3 minute read", cards.readingTime(TestDocument.article("en", "three").body("word ".repeat(600)).build()));
    }

    @Test
    void aPageCountsTheWordsItsReadingTimeIsMadeOfInItsLanguage() {
        SmallProject project = SmallProject.in(dir);
        Cards cards = new Cards(project.ui(), new Dates(project.config()), new CardMemo(), new Typesetter(project.config()));
        assertEquals("1 słowo", cards.wordCount(TestDocument.article("pl", "a").body("Słowo.").build()));
        assertEquals("3 słowa", cards.wordCount(TestDocument.article("pl", "b").body("[Ala ma kota](/pl/kot/).").build()),
                "the link's address is not words");
        assertEquals("1240 słów", cards.wordCount(TestDocument.article("pl", "c").body("słowo ".repeat(1240)).build()));
        assertEquals("1,240 words", cards.wordCount(TestDocument.article("en", "d").body("word ".repeat(1240)).build()));
        assertNull(cards.wordCount(TestDocument.article("pl", "test").type(DocumentType.QUIZ).build()), "a quiz is taken, not read");
    }

    @Test
    void readingTimeIsWorkedOutOncePerDocumentVersion() {
        SmallProject project = SmallProject.in(dir);
        DocumentMemo<Integer> memo = new DocumentMemo<>();
        ContentDocument doc = TestDocument.article("pl", "a").body("słowo ".repeat(400)).build();
        AtomicInteger computed = new AtomicInteger();
        assertEquals(1400, memo.get(doc, d -> computed.incrementAndGet() * 200 + 1200));
        assertEquals(1400, memo.get(doc, d -> computed.incrementAndGet() * 200 + 1200));
        assertEquals(1, computed.get(), "the same document: remembered");
        ContentDocument edited = TestDocument.article("pl", "a").body("słowo ".repeat(600)).build();
        assertEquals(1600, memo.get(edited, d -> computed.incrementAndGet() * 200 + 1200), "a new version of the file: worked out again");
        Cards cards = new Cards(project.ui(), new Dates(project.config()), new CardMemo(memo, new DocumentMemo<>()), new Typesetter(project.config()));
        assertEquals(8, cards.minutes(edited), "the preview's remembered words are used for the minutes");
        assertEquals("1600 słów", cards.wordCount(edited), "and for the word count");
        assertSame(cards.of(doc), cards.of(doc));
    }
    @Test
    void aBuildMachineWestOfGreenwichPrintsTheSameDay() {
        com.ibm.icu.util.TimeZone icu = com.ibm.icu.util.TimeZone.getDefault();
        TimeZone jdk = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            com.ibm.icu.util.TimeZone.setDefault(com.ibm.icu.util.TimeZone.getTimeZone("America/New_York"));
            Dates dates = new Dates(SmallProject.in(dir).config());
            assertEquals("20 listopada 2026", dates.text(LocalDate.of(2026, 11, 20), "pl"));
        } finally {
            com.ibm.icu.util.TimeZone.setDefault(icu);
            TimeZone.setDefault(jdk);
        }
    }
}
