package guide.translation;

import guide.content.ContentDocument;
import guide.content.TestDocument;
import guide.site.SiteConfig;
import guide.site.SmallProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The note ./guide translate and the XLIFF import print when a new translation's tags= line still has its source's
 * tags: at that line, naming the tags the target language's pages already use, most used first.
 */
class CopiedTagsTest {
    @TempDir
    Path dir;

    private static final ContentDocument SOURCE = TestDocument.article("pl", "umowa").tags("umowy", "ceny").build();

    /** The new English file as ./guide translate writes it: the source's header, tags on line 3. */
    private static final String COPY = "title=Umowa\ndate=2026-11-01\ntags=umowy,ceny\ntranslationKey=umowa\n~~~~~~\nText.\n";

    private Optional<CopiedTags.Note> of(String text, List<ContentDocument> documents) {
        SiteConfig config = SmallProject.in(dir).config();
        return CopiedTags.of(text, SOURCE, "en", config, documents);
    }

    private static ContentDocument en(String slug, String... tags) {
        return TestDocument.article("en", slug).tags(tags).build();
    }

    @Test
    void theNoteIsAtTheTagsLineAndListsTheTargetLanguagesTagsMostUsedFirst() {
        List<ContentDocument> documents = List.of(SOURCE, en("a", "pricing", "contracts"), en("b", "contracts"), en("c", "advance", "contracts"),
                en("d", "pricing"),
                // not English tags: a Polish page's, and the new translation's own (the same key), which are the copied ones
                TestDocument.article("pl", "inna").tags("zaliczka").build(), TestDocument.article("en", "umowa").tags("umowy", "ceny").build());
        assertEquals(Optional.of(new CopiedTags.Note(3, "tags=umowy,ceny are still the Polish page's (tags are not translated with the text):"
                        + " related articles are matched by tag among English pages, so give it English tags"
                        + " (English pages use: contracts, pricing, advance)")),
                of(COPY, documents));
    }

    @Test
    void aDraftStartedWithItsSourcesTagsOffersNone() {
        List<ContentDocument> documents = List.of(SOURCE, en("a", "pricing"),
                TestDocument.article("pl", "inna").tags("klienci", "wycena").build(),
                TestDocument.article("en", "other").key("inna").tags("klienci", "wycena").draft().build());
        assertEquals("(English pages use: pricing)", parenthesis(of(COPY, documents)));
    }

    /**
     * A published English page whose tags are still its Polish source's, as ./guide translate copied them, is no English
     * tag to offer: ./guide translations names it as still having Polish tags ({@link UntranslatedTags}). One whose tags its
     * translator changed offers them all, a tag kept from the source ("freelancing") included.
     */
    @Test
    void aPublishedCopysTagsAreNotOfferedAChangedListsAre() {
        ContentDocument copied = TestDocument.article("pl", "zaliczka").tags("zaliczki").build();
        ContentDocument changed = TestDocument.article("pl", "klient").tags("klienci", "freelancing").build();
        List<ContentDocument> documents = List.of(SOURCE, copied, TestDocument.article("en", "advance").key("zaliczka").tags("zaliczki").build(),
                changed, TestDocument.article("en", "client").key("klient").tags("freelancing", "clients").build());
        assertEquals("(English pages use: clients, freelancing)", parenthesis(of(COPY, documents)));
    }

    @Test
    void withoutEnglishTagsTheNoteSaysSo() {
        assertEquals("tags=umowy,ceny are still the Polish page's (tags are not translated with the text): related articles are matched by"
                + " tag among English pages, so give it English tags (no English page has tags of its own yet)",
                of(COPY, List.of(SOURCE, en("untagged"))).orElseThrow().message());
    }

    @Test
    void twelveTagsAreListedAndMoreEndWithAnEllipsis() {
        List<ContentDocument> documents = new ArrayList<>();
        for (char c = 'a'; c <= 'l'; c++) {
            documents.add(en("page-" + c, "tag-" + c));
        }
        assertEquals("(English pages use: tag-a, tag-b, tag-c, tag-d, tag-e, tag-f, tag-g, tag-h, tag-i, tag-j, tag-k, tag-l)",
                parenthesis(of(COPY, documents)));
        documents.add(en("page-m", "tag-m"));
        assertEquals("(English pages use: tag-a, tag-b, tag-c, tag-d, tag-e, tag-f, tag-g, tag-h, tag-i, tag-j, tag-k, tag-l, …)",
                parenthesis(of(COPY, documents)));
    }

    private static String parenthesis(Optional<CopiedTags.Note> note) {
        String message = note.orElseThrow().message();
        return message.substring(message.lastIndexOf('('));
    }

    @Test
    void theSourcesTagsWrittenWithSpacesAndStrayCommasAreStillTheSourcesAndTheNoteShowsThemAsTheyCount() {
        String text = "\uFEFFtitle=Umowa\n  tags= umowy ,, ceny, \n~~~~~~\nText.\n";
        CopiedTags.Note note = of(text, List.of()).orElseThrow();
        assertEquals(2, note.line());
        assertEquals("tags=umowy,ceny are still", note.message().substring(0, "tags=umowy,ceny are still".length()));
    }

    @Test
    void noNoteOnceTheTagsChangedOrWhenThereAreNone() {
        assertEquals(Optional.empty(), of(COPY.replace("tags=umowy,ceny", "tags=contracts,pricing"), List.of()));
        assertEquals(Optional.empty(), of(COPY.replace("tags=umowy,ceny", "tags=umowy"), List.of()));
        assertEquals(Optional.empty(), of(COPY.replace("tags=umowy,ceny\n", ""), List.of()));
        SiteConfig config = SmallProject.in(dir).config();
        ContentDocument untagged = TestDocument.article("pl", "umowa").build();
        assertEquals(Optional.empty(), CopiedTags.of("title=Umowa\ntags=\n~~~~~~\n", untagged, "en", config, List.of()));
    }

    @Test
    void aRegionalVariantOfTheSourcesLanguageGetsNoNote() {
        ContentDocument british = TestDocument.article("en-GB", "late-fees").tags("late-payment", "invoices").build();
        SiteConfig config = SmallProject.in(dir).config();
        assertEquals(Optional.empty(), CopiedTags.of("title=Late fees\ntags=late-payment,invoices\n~~~~~~\n", british, "en-US", config, List.of()),
                "an American page keeps its British source's English tags by right");
    }

    @Test
    void aTagsLineInTheTextIsNotTheHeaders() {
        assertEquals(Optional.empty(), of(COPY.replace("tags=umowy,ceny\n", "") + "tags=umowy,ceny\n", List.of()));
        assertEquals(Optional.empty(), of("~~~~~~\ntags=umowy,ceny\n", List.of()));
    }

    @Test
    void aFileWithoutSeparatorIsReadWholeAsItsHeader() {
        assertEquals(3, of(COPY.replace("~~~~~~\n", ""), List.of()).orElseThrow().line());
    }
}
