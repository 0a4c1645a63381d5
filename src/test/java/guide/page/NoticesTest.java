package guide.page;

import guide.content.ContentDocument;
import guide.content.HeaderKeys;
import guide.content.Slugs;
import guide.content.TestDocument;
import guide.site.SmallProject;
import guide.translation.SourceRevision;
import guide.translation.TranslationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The notes under a page's title: a translation that may be behind its original, and the legal status date. */
class NoticesTest {
    @TempDir
    Path dir;

    private Notices notices(ContentDocument... docs) {
        SmallProject project = SmallProject.in(dir);
        return new Notices(project.ui(), new Dates(project.config()), TranslationReport.of(List.of("pl", "en"), "pl", List.of(docs), true), Map.of(),
                lang -> Slugs.of(project.config().language(lang).transliteration()));
    }

    private static ContentDocument translationOf(ContentDocument source, String text) {
        return TestDocument.article("en", "about").key(source.translationKey())
                .header(SourceRevision.KEY, SourceRevision.of("pl", source.title(), text).toString()).build();
    }

    /**
     * Without {@code updated=}, no header dates the change that put the translation behind: the original's {@code date=} is
     * when it was first published, so "updated on 20 November 2026" would name an update that never was.
     */
    @Test
    void anOutdatedTranslationOfAnOriginalWithoutUpdatedGivesNoDateAndLinksTheOriginal() {
        ContentDocument source = TestDocument.article("pl", "o-nas").key("about").date("2026-11-20").body("Nowy tekst.\n").build();
        ContentDocument translation = translationOf(source, "Stary tekst.\n");
        assertEquals(new OutdatedNotice("This translation may be behind the Polish original, which has changed since it was translated.", "/pl/o-nas/",
                "pl", "Read the original", "", List.of()), notices(source, translation).outdated(translation));
        ContentDocument english = TestDocument.article("en", "about").key("about").date("2026-11-20").body("New text.\n").build();
        ContentDocument polish = TestDocument.article("pl", "o-nas").key("about")
                .header(SourceRevision.KEY, SourceRevision.of("en", english.title(), "Old text.\n").toString()).build();
        assertEquals("To tłumaczenie może nie nadążać za angielskim oryginałem, który zmieniono już po jego przetłumaczeniu.",
                notices(english, polish).outdated(polish).text());
    }

    @Test
    void theDateIsTheSourcesLastMeaningfulUpdate() {
        ContentDocument source = TestDocument.article("pl", "o-nas").key("about").date("2026-11-20").header("updated", "2026-11-26")
                .body("Nowy tekst.\n").build();
        ContentDocument translation = translationOf(source, "Stary tekst.\n");
        assertEquals("This translation may be behind the Polish original, updated on 26 November 2026.",
                notices(source, translation).outdated(translation).text());
    }

    @Test
    void currentTranslationsSourcesAndOrphansHaveNoNote() {
        ContentDocument source = TestDocument.article("pl", "o-nas").key("about").body("Tekst.\n").build();
        ContentDocument current = translationOf(source, "Tekst.\n");
        Notices notices = notices(source, current);
        assertNull(notices.outdated(current));
        assertNull(notices.outdated(source));
        ContentDocument orphan = TestDocument.article("en", "old").header(SourceRevision.KEY, "pl 0123456789ab").build();
        assertNull(notices(orphan).outdated(orphan));
        assertNull(notices(source).outdated(TestDocument.article("en", "elsewhere").build()), "a page the report does not know");
    }

    @Test
    void aPageThatStatesTheLawGivesTheDateOfTheLegalStatus() {
        ContentDocument legal = TestDocument.article("pl", "umowa").header(HeaderKeys.LEGAL_STATUS, "2026-01-01").build();
        assertEquals(new LegalNotice("Stan prawny na 1 stycznia 2026 r."), notices(legal).legal(legal));
        assertNull(notices(legal).legal(TestDocument.article("pl", "inna").build()));
    }
    @Test
    void aTranslationWhoseSourceSummaryChangedHasTheNoteForTheWholePage() {
        ContentDocument stamped = TestDocument.article("pl", "o-nas").key("about").date("2026-11-20").body("Tekst.\n").header("summary", "Stare.").build();
        ContentDocument translation = TestDocument.article("en", "about").key("about")
                .header(SourceRevision.KEY, SourceRevision.of(stamped).toString()).build();
        ContentDocument source = TestDocument.article("pl", "o-nas").key("about").date("2026-11-20").body("Tekst.\n").header("summary", "Nowe.").build();
        assertEquals(new OutdatedNotice("This translation may be behind the Polish original, which has changed since it was translated.", "/pl/o-nas/",
                "pl", "Read the original", "", List.of()), notices(source, translation).outdated(translation));
        assertNull(notices(stamped, translation).outdated(translation), "the summary it was stamped with");
    }
}
