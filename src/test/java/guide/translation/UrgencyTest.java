package guide.translation;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.TestDocument;
import guide.translation.TranslationState.Status;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The order of the translation report's details and of the dashboard: by state, then kind of page, then how much
 * changed, then how recently the source changed, then by title, then by language.
 */
class UrgencyTest {
    private static ContentDocument page(String lang, String slug, DocumentType type) {
        return TestDocument.article(lang, slug).type(type).title(slug).build();
    }

    private static TranslationState state(Status status, ContentDocument document, ContentDocument source, int changes) {
        ContentDocument any = document != null ? document : source;
        return new TranslationState(any.translationKey(), document != null ? document.lang() : "en", status, document, source,
                Collections.nCopies(changes, new SourceChange(SourceChange.Kind.EDITED, "Akapit.")), null);
    }

    /** The states as the dashboard lists them: what an entry's state, language and file are, in order. */
    private static List<String> ordered(TranslationState... states) {
        List<TranslationState> list = new ArrayList<>(List.of(states));
        Collections.reverse(list);
        return list.stream().sorted(Urgency.ORDER)
                .map(s -> s.status().word() + " " + s.lang() + " " + (s.document() != null ? s.document() : s.source()).slug()).toList();
    }

    @Test
    void outdatedThenMissingThenOrphanedThenDraftThenCurrent() {
        ContentDocument source = page("pl", "a", DocumentType.POST);
        assertEquals(List.of("outdated en outdated", "missing en a", "orphaned en orphaned", "draft en draft", "current en current"),
                ordered(state(Status.OUTDATED, page("en", "outdated", DocumentType.POST), source, 1), state(Status.MISSING, null, source, 0),
                        state(Status.ORPHANED, page("en", "orphaned", DocumentType.POST), null, 0),
                        state(Status.DRAFT, page("en", "draft", DocumentType.POST), source, 0),
                        state(Status.CURRENT, page("en", "current", DocumentType.POST), source, 0)));
        assertEquals(List.of(Status.OUTDATED, Status.MISSING, Status.ORPHANED, Status.DRAFT, Status.CURRENT), Urgency.states());
    }

    @Test
    void withinAStateTheQuizThenArticlesThenHomePagesThenStandingPagesThenTheNotFoundPage() {
        assertEquals(List.of("missing en quiz", "missing en post", "missing en home", "missing en page", "missing en notfound"),
                ordered(state(Status.MISSING, null, page("pl", "quiz", DocumentType.QUIZ), 0), state(Status.MISSING, null, page("pl", "post", DocumentType.POST), 0),
                        state(Status.MISSING, null, page("pl", "home", DocumentType.HOME), 0), state(Status.MISSING, null, page("pl", "page", DocumentType.PAGE), 0),
                        state(Status.MISSING, null, page("pl", "notfound", DocumentType.NOTFOUND), 0)));
    }

    @Test
    void thenMoreChangedBlocksFirstThenTheSourceChangedMostRecentlyThenByTitle() {
        ContentDocument older = TestDocument.article("pl", "older").date("2026-10-01").build();
        ContentDocument updated = TestDocument.article("pl", "updated").date("2026-09-01").header("updated", "2026-11-20").build();
        assertEquals(List.of("outdated en three-changes", "outdated en updated-source", "outdated en older-source", "outdated en x-b",
                        "outdated en x-c"),
                ordered(state(Status.OUTDATED, page("en", "three-changes", DocumentType.POST), older, 3),
                        state(Status.OUTDATED, page("en", "updated-source", DocumentType.POST), updated, 1),
                        state(Status.OUTDATED, page("en", "older-source", DocumentType.POST), older, 1),
                        state(Status.OUTDATED, page("en", "x-b", DocumentType.POST), older, 1),
                        state(Status.OUTDATED, page("en", "x-c", DocumentType.POST), older, 1)));
    }

    @Test
    void orphanedPagesWithoutASourceAreByTitleThenTheSameKeysLanguages() {
        assertEquals(List.of("orphaned de alpha", "orphaned en alpha", "orphaned en beta"),
                ordered(state(Status.ORPHANED, page("en", "beta", DocumentType.POST), null, 0),
                        state(Status.ORPHANED, page("en", "alpha", DocumentType.POST), null, 0),
                        state(Status.ORPHANED, page("de", "alpha", DocumentType.POST), null, 0)));
    }
}
