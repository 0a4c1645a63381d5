package guide.build;

import guide.content.ContentDocument;
import guide.content.DocumentMemo;
import guide.content.TestDocument;
import guide.page.PageModel;
import guide.translation.TranslationReport;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
    private final TranslationReport report;

    ModelRehearsalTest() {
        // In the order of their files, as a build lists them: content/en/ before content/pl/.
        for (int i = 0; i < 200; i++) {
            published.add(TestDocument.article(i < 100 ? "en" : "pl", "artykul-" + i).build());
        }
        report = TranslationReport.of(List.of("pl", "en"), "pl", published, false);
    }

    /** One build's page models, as the rehearsal has it; returns how many were made rather than taken from the memory. */
    private int build(Rehearsal rehearsal) {
        AtomicInteger made = new AtomicInteger();
        ModelMemory.ModelSignature signature = memory.modelSignature(published, "context");
        DocumentMemo<ModelMemory.Model> memo = memory.models(signature);
        Set<Path> again = rehearsal.modelsOf(published, report);
        for (ContentDocument doc : published) {
            memory.model(memo, signature, doc, report, again.contains(doc.source()), d -> {
                made.incrementAndGet();
                return PageModel.builder(d.lang(), null, "post", d.title(), d.url(), "https://example.org" + d.url(), "https://example.org").build();
            });
        }
        return made.get();
    }

    @Test
    void theWarmUpMakesSomeModelsAgainAndTheBuildsAroundItMakeNone() {
        assertEquals(200, build(Rehearsal.NONE), "the first build makes every model");
        assertEquals(0, build(Rehearsal.NONE), "nothing changed: every model is taken as it was");

        int rehearsed = build(Rehearsal.warmUp(200));
        assertTrue(rehearsed >= Rehearsal.DOCUMENTS && rehearsed <= 24 + 2, rehearsed + " models made again");
        assertEquals(rehearsed, build(Rehearsal.warmUp(0)), "the same, whether or not the warm-up also renders pages");

        assertEquals(0, build(Rehearsal.NONE), "the save after the warm-up makes none it need not");
    }
}
