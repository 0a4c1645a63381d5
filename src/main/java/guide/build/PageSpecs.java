package guide.build;

import guide.concurrent.AllCores;
import guide.check.CounterDigits;
import guide.check.QuizDecisionRules;
import guide.check.QuizTotalRules;
import guide.content.ContentDocument;
import guide.content.DocumentMemo;
import guide.content.DocumentType;
import guide.page.CardMemo;
import guide.page.PageModels;
import guide.quiz.Checklist;
import guide.quiz.Checklists;
import guide.render.PageSpec;
import guide.site.BuildFailure;
import guide.site.Problem;
import guide.site.SiteConfig;
import guide.translation.TranslationIndex;
import guide.translation.TranslationReport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The build's page-model step: every page of the site as the renderer takes it ({@link PageSpec}), one per published
 * document (home pages among them), then the pages the build makes itself (the root page and its not-found page,
 * archive pages, feeds, sitemap.xml, robots.txt). The quiz checklists come first, and the digits the style sheets write
 * each language's numbers with ({@link CounterDigits}): their problems stop the build. A preview build takes the model of
 * each unchanged document from the builder's memory ({@link ModelMemory}); its warm-up makes some again ({@link Rehearsal}).
 */
final class PageSpecs {
    private final BuildMemory memory;
    private final boolean preview;

    /** @param preview whether the builder is the preview's, which remembers models between builds */
    PageSpecs(BuildMemory memory, boolean preview) {
        this.memory = memory;
        this.preview = preview;
    }

    /** The pages of a build of {@code published}; {@code problems} gets the quiz checklists' problems. */
    List<PageSpec> of(SiteConfig config, Inputs in, List<ContentDocument> published, Rehearsal rehearsal, List<Problem> problems)
            throws IOException, BuildFailure {
        TranslationIndex translations = new TranslationIndex(config.languages(), published);
        QuizTotalRules totalRules = memory.totalRules.get(in.sheets(), QuizTotalRules::of, problems);
        Map<ContentDocument, Checklist> checklists = Checklists.read(published, translations, config.defaultLanguage(), totalRules.allowed(),
                problems);
        totalRules.check(checklists, code -> config.language(code).locale(), problems);
        memory.counterDigits.get(in.sheets(), CounterDigits::of, problems).check(config, published, checklists, totalRules.countsTotal(), problems);
        memory.decisionRules.get(in.sheets(), QuizDecisionRules::of, problems).check(checklists.values(), problems);
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems, in.warnings());
        }
        TranslationReport report = in.translations();
        ModelMemory.ModelSignature signature = !preview ? null : memory.pageModels.modelSignature(published,
                in.uiStamp() + in.images().stamp() + in.context());
        var memo = signature == null ? null : memory.pageModels.models(signature);
        Set<Path> again = rehearsal.modelsOf(published, report);
        CardMemo cards = signature == null ? new CardMemo(memory.readingWords, new DocumentMemo<>()) : memory.pageModels.cards();
        Supplier<PageModels> models = BuildMemory.once(() -> new PageModels(config, published, translations, in.authors(), in.ui(), checklists,
                report, cards, in.images().ownPictures()));
        List<PageSpec> specs = new ArrayList<>(AllCores.map(published, doc -> new PageSpec(doc.outputPath(),
                memo == null ? models.get().forDocument(doc) : memory.pageModels.model(memo, signature, doc, report,
                        again.contains(doc.source()), d -> models.get().forDocument(d)),
                doc.type() == DocumentType.QUIZ && checklists.containsKey(doc) ? checklists.get(doc).intro() : doc.body(), doc.source(),
                in.images().shownIn(doc.body()))));
        specs.addAll(signature == null ? models.get().generated() : memory.pageModels.generated(signature, models));
        return specs;
    }
}
