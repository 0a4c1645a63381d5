package guide.translation;

import guide.content.ContentDocument;
import guide.content.TestDocument;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which version of a source a translation's stamp stands for, among versions given without git (as {@link StampedSourceTest}
 * finds them in a real repository): the text and summary the translator worked from, shown block by block.
 */
class StampedSourceVersionsTest {
    private static final String FILE = "content/pl/faktury.md";
    private static final Path SOURCE = Path.of(FILE);
    private static final String TITLE = "Faktury";
    private static final String BODY = "Wystaw fakturę od razu.\n\nPilnuj terminu.\n";
    private static final String NEW_PARAGRAPH = "\nNowy akapit.\n";

    /** A project of its own for each test: versions found are remembered by project for the life of the JVM. */
    private final Path project = Path.of("memory-" + UUID.randomUUID());

    private static String page(String summary, String body) {
        return "title=" + TITLE + "\ndate=2026-01-05\ntype=post\nstatus=published\n" + (summary == null ? "" : "summary=" + summary + "\n")
                + "~~~~~~\n\n" + body;
    }

    private static SourceRevision stamp(String summary) {
        return SourceRevision.of("pl", TITLE, BODY).withSummary(summary).to("en");
    }

    private Optional<StampedSource> find(GivenHistory history, SourceRevision stamp) {
        return StampedSource.fromHistory(project, history, SOURCE, stamp);
    }

    @Test
    void theStampedTextAndSummaryAreFoundInAnEarlierVersion() {
        GivenHistory history = GivenHistory.repository().commit(FILE, page("Jak  wystawiać   faktury.", BODY))
                .commit(FILE, page("Jak wystawiać faktury.", BODY + NEW_PARAGRAPH));

        StampedSource found = find(history, stamp("Jak wystawiać faktury.")).orElseThrow();
        assertEquals(List.of("# Faktury", "Wystaw fakturę od razu.", "Pilnuj terminu."), found.blocks());
        assertEquals("Jak wystawiać faktury.", found.summary(), "as the stamp's hash has it, whitespace collapsed");
    }

    /** The newest version with the stamp's text but another summary is passed over for an older one with both. */
    @Test
    void aVersionWithTheStampsSummaryToo() {
        GivenHistory history = GivenHistory.repository().commit(FILE, page("Stare streszczenie.", BODY)).commit(FILE, page("Nowe streszczenie.", BODY));

        assertEquals("Stare streszczenie.", find(history, stamp("Stare streszczenie.")).orElseThrow().summary());
    }

    /** The summary stamped is in no version: the text is still found, its old summary unknown. */
    @Test
    void theTextWithoutTheStampsSummary() {
        GivenHistory history = GivenHistory.repository().commit(FILE, page("Nowe streszczenie.", BODY))
                .commit(FILE, page("Nowe streszczenie.", BODY + NEW_PARAGRAPH));

        StampedSource found = find(history, stamp("Streszczenie nigdy nie zapisane.")).orElseThrow();
        assertEquals(List.of("# Faktury", "Wystaw fakturę od razu.", "Pilnuj terminu."), found.blocks());
        assertNull(found.summary());
    }

    /** A stamp written before summaries were tracked says nothing of the summary, so none is given. */
    @Test
    void aStampThatDoesNotTrackTheSummary() {
        GivenHistory history = GivenHistory.repository().commit(FILE, page("Streszczenie.", BODY));

        StampedSource found = find(history, SourceRevision.of("pl", TITLE, BODY)).orElseThrow();
        assertEquals(3, found.blocks().size());
        assertNull(found.summary());
    }

    @Test
    void aSourceWithoutASummaryStampedSo() {
        GivenHistory history = GivenHistory.repository().commit(FILE, page("Streszczenie.", BODY)).commit(FILE, page(null, BODY));

        StampedSource found = find(history, stamp(null)).orElseThrow();
        assertEquals(3, found.blocks().size());
        assertNull(found.summary());
    }

    /** A version that is no page (no header, or no title) is passed over for an older one; another text is not the stamp's. */
    @Test
    void onlyAPageWithTheStampedTitleAndTextIsTheStampedVersion() {
        GivenHistory history = GivenHistory.repository().commit(FILE, page("Streszczenie.", BODY))
                .commit(FILE, page("Streszczenie.", "Inny tekst.\n"))
                .commit(FILE, page("Streszczenie.", BODY).replace("title=" + TITLE + "\n", ""))
                .commit(FILE, BODY);

        assertEquals(Optional.empty(), find(GivenHistory.repository(), stamp("Streszczenie.")), "no version: nothing");
        assertEquals(Optional.empty(), find(GivenHistory.repository().commit(FILE, page("Streszczenie.", "Inny tekst.\n")), stamp("Streszczenie.")));
        assertEquals("Streszczenie.", find(history, stamp("Streszczenie.")).orElseThrow().summary());
    }

    /** A version once found does not change in git: it is not looked for again, even when the history is gone; one not found is. */
    @Test
    void aVersionFoundIsRemembered() {
        GivenHistory history = GivenHistory.repository().commit(FILE, page("Streszczenie.", BODY));
        assertTrue(find(history, stamp("Streszczenie.")).isPresent());
        assertTrue(find(history, stamp(null)).isPresent(), "another stamp, remembered beside the first");
        assertTrue(find(GivenHistory.repository(), SourceRevision.of("pl", TITLE, "Inny tekst.")).isEmpty());

        GivenHistory gone = GivenHistory.repository();
        assertEquals("Streszczenie.", find(gone, stamp("Streszczenie.")).orElseThrow().summary());
        assertTrue(find(gone, stamp(null)).isPresent());
        assertTrue(find(GivenHistory.repository().commit(FILE, page(null, "Inny tekst.")), SourceRevision.of("pl", TITLE, "Inny tekst."))
                .isPresent(), "not found before, found once it is there");
    }

    /** The lookup a report of the project uses answers from the versions found in its history, as {@link StampedSource#fromGit} does. */
    @Test
    void theProjectsLookupAnswersWithTheVersionsFound() {
        StampedSource found = find(GivenHistory.repository().commit(FILE, page("Streszczenie.", BODY)), stamp("Streszczenie.")).orElseThrow();
        assertEquals(Optional.of(found), StampedSource.Lookup.git(project).find(TestDocument.article("pl", "faktury").build(), stamp("Streszczenie.")));
    }

    @Test
    void aBlockIsGivenWhereTheStampsHashIsItsHash() {
        SourceRevision stamp = SourceRevision.of("pl", TITLE, BODY);
        StampedSource old = new StampedSource(SourceRevision.blocks(TITLE, BODY), null);
        assertEquals(Optional.of("# Faktury"), old.block(stamp, 0));
        assertEquals(Optional.of("Pilnuj terminu."), old.block(stamp, 2));
        assertEquals(Optional.empty(), old.block(stamp, 3));
        assertEquals(Optional.empty(), old.block(stamp, -1));
        // the stamp has fewer blocks than the version found: the extra one has no hash to check
        StampedSource longer = new StampedSource(SourceRevision.blocks(TITLE, BODY + NEW_PARAGRAPH), null);
        assertEquals(Optional.empty(), longer.block(stamp, 3));
        // the version found has fewer blocks than the stamp
        StampedSource shorter = new StampedSource(SourceRevision.blocks(TITLE, "Wystaw fakturę od razu.\n"), null);
        assertEquals(Optional.empty(), shorter.block(stamp, 2));
        // another text at the same place does not stand for the stamped block
        StampedSource other = new StampedSource(SourceRevision.blocks(TITLE, "Wystaw fakturę od razu.\n\nPilnuj terminów.\n"), null);
        assertEquals(Optional.empty(), other.block(stamp, 2));
    }

    /** One report and its dashboard ask for each file and stamp once. */
    @Test
    void aRememberingLookupAsksOncePerSourceAndStamp() {
        AtomicInteger asked = new AtomicInteger();
        StampedSource answer = new StampedSource(List.of("# Faktury"), null);
        StampedSource.Lookup lookup = ((StampedSource.Lookup) (source, stamp) -> {
            asked.incrementAndGet();
            return Optional.of(answer);
        }).remembering();
        ContentDocument source = TestDocument.article("pl", "faktury").build();

        assertEquals(Optional.of(answer), lookup.find(source, stamp(null)));
        assertEquals(Optional.of(answer), lookup.find(source, stamp(null)));
        assertEquals(1, asked.get());
        assertEquals(Optional.of(answer), lookup.find(source, stamp("Streszczenie.")));
        assertEquals(2, asked.get());
    }
}
