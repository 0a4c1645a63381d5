package guide.build;

import guide.content.ContentDocument;
import guide.content.DocumentMemo;
import guide.content.TestDocument;
import guide.page.PageModel;
import guide.translation.TranslationReport;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview's warm-up makes some remembered page models again, as a save makes its document's,
 * so the first save does not run that code for the first time; the builds before and after it take
 * every unchanged model as it was.
 */
class ModelRehearsalTest {
    private final List<ContentDocument> published = new ArrayList<>();
    private final ModelMemory memory = new ModelMemory(new DocumentMemo<>(), new DocumentMemo<>());
    private final AtomicInteger made = new AtomicInteger();

    ModelRehearsalTest() {
        // In the order of their files, as a build lists them: content/en/ before content/pl/.
        for (int i = 0; i < 200; i++) {
            published.add(TestDocument.article(i < 100 ? "en" : "pl", "artykul-" + i).build());
        }
    }

    /** One build's page models; returns how many were made rather than taken from the memory. */
    private int build() {
        made.set(0);
        ModelMemory.ModelSignature signature = memory.modelSignature(published, "context");
        DocumentMemo<ModelMemory.Model> memo = memory.models(signature);
        TranslationReport report = TranslationReport.of(List.of("pl", "en"), "pl", published, false);
        for (ContentDocument doc : published) {
            memory.model(memo, signature, doc, report, d -> {
                made.incrementAndGet();
                return PageModel.builder(d.lang(), null, "post", d.title(), d.url(), "https://example.org" + d.url(), "https://example.org").build();
            });
        }
        return made.get();
    }

    @Test
    void theWarmUpMakesModelsSpreadOverTheSiteAgainAndTheBuildsAroundItMakeNone() {
        assertEquals(200, build(), "the first build makes every model");
        assertEquals(0, build(), "nothing changed: every model is taken as it was");

        memory.rehearseNextBuild(true);
        int rehearsed = build();
        memory.rehearseNextBuild(false);
        assertTrue(rehearsed >= Rehearsal.DOCUMENTS && rehearsed <= Rehearsal.DOCUMENTS + 1, rehearsed + " models made again");

        assertEquals(0, build(), "the save after the warm-up makes none it need not");
    }

    @Test
    void theDocumentsItPicksAreSpreadOverBothLanguages() {
        List<ContentDocument> picked = Rehearsal.spread(published);
        assertEquals(published.get(0), picked.get(0));
        assertTrue(picked.stream().anyMatch(d -> d.lang().equals("en")) && picked.stream().anyMatch(d -> d.lang().equals("pl")), picked.toString());
        assertTrue(picked.contains(published.get(192)), "as far as the end of the list: " + picked.size());
    }
}
