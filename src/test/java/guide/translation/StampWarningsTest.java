package guide.translation;

import guide.content.ContentDocument;
import guide.content.TestDocument;
import guide.site.Problem;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The build warns of a translation stamp that cannot be read or was written for another version, at its line, when
 * the translation report counts the page outdated for it; and of nothing the report does not.
 */
class StampWarningsTest {
    private static final List<String> LANGUAGES = List.of("pl", "en", "de");

    private static ContentDocument stamped(String lang, String key, String stamp) {
        return TestDocument.article(lang, key).header(SourceRevision.KEY, stamp).build();
    }

    private static List<String> warnings(List<ContentDocument> documents) {
        return StampWarnings.of(TranslationReport.of(LANGUAGES, "pl", documents, false)).stream().map(Problem::toString).toList();
    }

    @Test
    void anUnreadableStampAndOneForAnotherLanguageAreWarnedOfAtTheirLine() {
        List<ContentDocument> documents = new ArrayList<>();
        for (String key : List.of("about", "prices", "copied")) {
            documents.add(TestDocument.article("pl", key).build());
        }
        documents.addAll(List.of(
                stamped("en", "about", "pl 0123456789zz"),
                stamped("de", "about", "pl 0123456789ab to=de"),
                stamped("de", "prices", "pl 0123456789ab"),
                stamped("en", "copied", "pl 0123456789ab to=de")));
        // The stamp is each file's eighth line, after the seven header lines TestDocument writes.
        assertEquals(List.of(
                "content/en/about.md:8: warning: unreadable translation stamp, its hash '0123456789zz' is not 12 hex digits:"
                        + " the page counts as outdated; once it matches the source: ./guide translations stamp content/en/about.md",
                "content/en/copied.md:8: warning: copied from another language's translation (its stamp says to=de), so it counts as not translated yet;"
                        + " once translated: ./guide translations stamp content/en/copied.md"),
                warnings(documents),
                "no stamp (a source), a stamp for the file's own language, and one that does not say which: no warning");
    }

    @Test
    void aStampForTheSourcesOwnLanguageIsNoCopyOfATranslation() {
        assertEquals(List.of("content/en/not-found.md:8: warning: its translation stamp is for pl (to=pl), the language of its source,"
                        + " not for en: the page counts as outdated; once it matches the source: ./guide translations stamp content/en/not-found.md"),
                warnings(List.of(TestDocument.article("pl", "not-found").build(), stamped("en", "not-found", "pl 0123456789ab to=pl"))));
    }

    @Test
    void aStampFromTheFilesOwnLanguageIsWarnedOfAtItsLine() {
        assertEquals(List.of("content/en/not-found.md:8: warning: its translation stamp says it was translated from en (sourceRevision=en …), its own"
                        + " language, but its source is pl: the page counts as outdated; once it matches the source: ./guide translations stamp content/en/not-found.md"),
                warnings(List.of(stamped("en", "not-found", "en 0123456789ab to=en"), TestDocument.article("pl", "not-found").build())));
    }

    @Test
    void aSourceADraftAndAnOrphanAreNotCalledOutdatedForTheirStamps() {
        assertEquals(List.of(), warnings(List.of(
                stamped("en", "alone", "pl 0123456789zz"),
                TestDocument.article("pl", "soon").build(),
                TestDocument.article("en", "soon").header(SourceRevision.KEY, "pl 0123456789zz").draft().build(),
                stamped("en", "orphan", "pl 0123456789ab to=de"))),
                "the report calls them source, draft and orphaned, not outdated");
    }
}
