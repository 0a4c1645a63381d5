package guide.translation;

import guide.content.ContentDocument;
import guide.content.TestDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each changed source block beside the translation's block, by stamped position, else by section. */
class ChangeAlignmentTest {
    private static final String SOURCE = "Wstęp.\n\n## Stawka {#rate}\n\nAkapit o stawce.\n\n## Ryczałt {#fixed}\n\nAkapit o ryczałcie.\n";
    private static final String TRANSLATION = "Intro.\n\n## Rate {#rate}\n\nAbout the rate.\n\n## Fixed price {#fixed}\n\nAbout the fixed price.\n";
    private static final SourceRevision STAMP = SourceRevision.of("pl", "Tytuł", SOURCE);

    private static List<String> shown(String sourceBody, String translationBody) {
        return ChangeAlignment.of(STAMP, "Tytuł", sourceBody, "Title", translationBody).stream()
                .map(c -> c.change().kind().sign() + " " + c.change().text() + " | " + c.placement() + " " + c.translation() + " | " + c.sectionId())
                .toList();
    }

    @Test
    void aTranslationThatFollowsItsSourceGetsEachChangeBesideItsBlock() {
        String edited = SOURCE.replace("Akapit o ryczałcie.", "Akapit o ryczałcie, dłuższy.")
                .replace("Akapit o stawce.", "Akapit o stawce.\n\nNowy akapit.");
        assertEquals(List.of(
                "+ Nowy akapit. | AFTER About the rate. | rate",
                "~ Akapit o ryczałcie, dłuższy. | BLOCK About the fixed price. | fixed"), shown(edited, TRANSLATION));
        String removed = SOURCE.replace("Akapit o stawce.\n\n", "");
        assertEquals(List.of("- ## Stawka {#rate} | BLOCK About the rate. | rate"), shown(removed, TRANSLATION));
    }

    @Test
    void aTranslationWithOtherBlocksGetsTheSectionOrNothing() {
        String merged = TRANSLATION.replace("About the fixed price.", "About the fixed price.\n\nAn extra paragraph the translator added.");
        String edited = SOURCE.replace("Akapit o ryczałcie.", "Akapit o ryczałcie, dłuższy.");
        assertEquals(List.of("~ Akapit o ryczałcie, dłuższy. | SECTION ## Fixed price {#fixed} | fixed"), shown(edited, merged));
        String intro = SOURCE.replace("Wstęp.", "Nowy wstęp.");
        assertEquals(List.of("~ Nowy wstęp. | NONE  | null"), shown(intro, merged));
    }
    @Test
    void anEditedTitleAndConsecutiveEditsEachGetTheirOwnBlock() {
        assertEquals(List.of("~ # Nowy tytuł | BLOCK # Title | null"),
                ChangeAlignment.of(STAMP, "Nowy tytuł", SOURCE, "Title", TRANSLATION).stream()
                        .map(c -> c.change().kind().sign() + " " + c.change().text() + " | " + c.placement() + " " + c.translation() + " | " + c.sectionId())
                        .toList());
        String edited = SOURCE.replace("## Stawka {#rate}", "## Stawka godzinowa {#rate}").replace("Akapit o stawce.", "Akapit o stawce godzinowej.");
        assertEquals(List.of(
                "~ ## Stawka godzinowa {#rate} | BLOCK ## Rate {#rate} | rate",
                "~ Akapit o stawce godzinowej. | BLOCK About the rate. | rate"), shown(edited, TRANSLATION));
    }
    @Test
    void aChangedSummaryGoesBesideTheTranslationsSummaryAfterTheTitle() {
        ContentDocument stamped = TestDocument.article("pl", "o-nas").title("Tytuł").body(SOURCE).header("summary", "Stare.").build();
        SourceRevision stamp = SourceRevision.of(stamped);
        ContentDocument translation = TestDocument.article("en", "about").title("Title").body(TRANSLATION)
                .header("summary", "Old.").build();
        ContentDocument source = TestDocument.article("pl", "o-nas").title("Nowy tytuł").body(SOURCE)
                .header("summary", "Nowe.").build();
        assertEquals(List.of("~ # Nowy tytuł | BLOCK # Title", "~ Nowe. | SUMMARY Old."), ChangeAlignment.of(stamp, source, translation).stream()
                .map(c -> c.change().kind().sign() + " " + c.change().text() + " | " + c.placement() + " " + c.translation()).toList());
        ContentDocument none = TestDocument.article("pl", "o-nas").title("Tytuł").body(SOURCE).header("summary", null).build();
        assertEquals(List.of("- (no text) | SUMMARY Old."), ChangeAlignment.of(stamp, none, translation).stream()
                .map(c -> c.change().kind().sign() + " " + (c.change().text().isEmpty() ? "(no text)" : c.change().text()) + " | " + c.placement() + " "
                        + c.translation()).toList());
    }

    /** A block left to review is shown beside its translation, as an edited one is; the summary beside the translation's. */
    @Test
    void aBlockOrSummaryLeftToReviewGoesBesideItsTranslation() {
        ContentDocument source = TestDocument.article("pl", "o-nas").title("Tytuł").body(SOURCE).header("summary", "Krótko.").build();
        SourceRevision stamp = SourceRevision.of(source).withReview(List.of(SourceRevision.of(source).blocks().get(3), "summary"));
        ContentDocument translation = TestDocument.article("en", "about").title("Title").body(TRANSLATION)
                .header("summary", "Briefly.").build();
        assertEquals(List.of("? Krótko. | SUMMARY Briefly.", "? Akapit o stawce. | BLOCK About the rate."), ChangeAlignment.of(stamp, source, translation).stream()
                .map(c -> c.change().kind().sign() + " " + c.change().text() + " | " + c.placement() + " " + c.translation()).toList());
    }
}
