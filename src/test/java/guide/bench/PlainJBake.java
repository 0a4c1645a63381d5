package guide.bench;

import guide.content.Authors;
import guide.content.ContentDocument;
import guide.content.ContentScanner;
import guide.i18n.UiStrings;
import guide.content.DocumentType;
import guide.page.CardMemo;
import guide.page.PageModels;
import guide.quiz.AllowedPoints;
import guide.quiz.Checklist;
import guide.quiz.Checklists;
import guide.render.PageSpec;
import guide.site.Problem;
import guide.site.SiteConfig;
import guide.translation.TranslationIndex;
import guide.translation.TranslationReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Plain JBake on a guide project, for comparison: writes a bake source of the same pages with the
 * guide's computed page models (handed to JBake's documents by {@link GuideMarkdownEngine}), the
 * same templates and assets, then times only JBake's bake ({@code Oven} via {@link JBakeBaker}).
 * No HTML passes, no checks, no atomic publish.
 *
 * <pre>java -cp ... guide.bench.PlainJBake &lt;projectDir&gt; &lt;outDir&gt;</pre>
 *
 * The bake source is written next to the output ({@code <outDir>-source}) and left there.
 * Prints {@code PLAIN-JBAKE prep-ms=...}, the marker {@code PLAIN-JBAKE baking}, then
 * {@code PLAIN-JBAKE bake-ms=... problems=...}. Exit 0 when JBake reported no problem.
 */
public final class PlainJBake {
    private PlainJBake() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: PlainJBake <projectDir> <outDir>");
            System.exit(2);
        }
        Path project = Path.of(args[0]).toAbsolutePath().normalize();
        Path out = Path.of(args[1]).toAbsolutePath().normalize();
        Path source = out.resolveSibling(out.getFileName() + "-source");

        long prepStart = System.nanoTime();
        CorpusGenerator.deleteTree(source);
        CorpusGenerator.deleteTree(out);
        SiteConfig config = SiteConfig.load(project);
        List<Problem> problems = new ArrayList<>();
        Authors authors = Authors.load(project, config.contentDir(), config.languages(), problems);
        UiStrings ui = UiStrings.load(project, config.templateDir().resolve("i18n"), config.languages().stream().map(config::language).toList(),
                problems);
        List<ContentDocument> documents = new ContentScanner(config, authors).scan(problems);
        if (!problems.isEmpty()) {
            problems.forEach(System.err::println);
            System.exit(1);
        }
        List<ContentDocument> published = documents.stream().filter(d -> !d.draft()).toList();
        TranslationIndex translations = new TranslationIndex(config.languages(), published);
        TranslationReport report = TranslationReport.of(config.languages(), config.defaultLanguage(), published, true);
        // The quiz pages' checklists, read as the build reads them (a generated corpus has none).
        Map<ContentDocument, Checklist> checklists = Checklists.read(published, translations, config.defaultLanguage(), AllowedPoints.ANY,
                problems);
        if (!problems.isEmpty()) {
            problems.forEach(System.err::println);
            System.exit(1);
        }
        PageModels models = new PageModels(config, published, translations, authors, ui, checklists, report, new CardMemo(), Map.of());
        BakeSourceWriter writer = new BakeSourceWriter(source);
        for (ContentDocument doc : published) {
            // A quiz page's Markdown is its checklist's introduction, as in the build (the template renders the checklist).
            String markdown = doc.type() == DocumentType.QUIZ && checklists.containsKey(doc) ? checklists.get(doc).intro() : doc.body();
            writer.write(new PageSpec(doc.outputPath(), models.forDocument(doc), markdown, doc.source(), List.of()), ui);
        }
        for (PageSpec spec : models.generated()) {
            writer.write(spec, ui);
        }
        BakeSourceWriter.copyTree(config.templateDir(), writer.templateDir());
        BakeSourceWriter.copyTree(config.assetDir(), writer.assetDir());
        long prepMillis = (System.nanoTime() - prepStart) / 1_000_000;
        System.out.println("PLAIN-JBAKE prep-ms=" + prepMillis + " documents=" + published.size());
        System.out.println("PLAIN-JBAKE baking");
        System.out.flush();

        long bakeStart = System.nanoTime();
        List<Problem> bakeProblems = new JBakeBaker(project).bake(writer.contentDir().getParent(), out, config.properties());
        long bakeMillis = (System.nanoTime() - bakeStart) / 1_000_000;

        System.out.println("PLAIN-JBAKE bake-ms=" + bakeMillis + " problems=" + bakeProblems.size() + " html-pages=" + htmlPages(out));
        bakeProblems.stream().limit(10).forEach(p -> System.err.println("jbake: " + p));
        System.exit(bakeProblems.isEmpty() ? 0 : 1);
    }

    private static long htmlPages(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.toString().endsWith(".html")).count();
        }
    }
}
