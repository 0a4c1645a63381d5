package guide.translation;

import guide.content.ContentDocument;
import guide.content.TestDocument;
import guide.site.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The build warns of a translation stamp that cannot be read or was written for another language, at its line. */
class StampWarningsTest {

    private static ContentDocument stamped(String lang, String slug, String stamp) {
        return TestDocument.article(lang, slug).header(SourceRevision.KEY, stamp).build();
    }

    @Test
    void anUnreadableStampAndOneForAnotherLanguageAreWarnedOfAtTheirLine() {
        List<ContentDocument> documents = List.of(
                TestDocument.article("pl", "o-nas").build(),
                stamped("en", "about", "pl 0123456789zz"),
                stamped("de", "ueber-uns", "pl 0123456789ab to=de"),
                stamped("de", "preise", "pl 0123456789ab"),
                stamped("en", "copied", "pl 0123456789ab to=de"));
        // The stamp is each file's eighth line, after the seven header lines TestDocument writes.
        assertEquals(List.of(
                "content/en/about.md:8: warning: unreadable translation stamp, its hash '0123456789zz' is not 12 hex digits:"
                        + " the page counts as outdated; once it matches the source: ./guide translations stamp content/en/about.md",
                "content/en/copied.md:8: warning: its translation stamp is for de (to=de), so it counts as not translated yet;"
                        + " once translated: ./guide translations stamp content/en/copied.md"),
                StampWarnings.of(documents).stream().map(Problem::toString).toList(),
                "no stamp (a source), a stamp for the file's own language, and one that does not say which: no warning");
    }
}
