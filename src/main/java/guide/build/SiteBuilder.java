package guide.build;

import guide.check.AffiliateDisclosureCheck;
import guide.check.BuiltSite;
import guide.check.CrossLanguageLinkCheck;
import guide.check.HreflangCheck;
import guide.check.LinkCheck;
import guide.check.SourceLocator;
import guide.check.UiStringUsageCheck;
import guide.check.UnsafeHtmlCheck;
import guide.content.Authors;
import guide.content.ContentDocument;
import guide.content.ContentScanner;
import guide.content.DocumentType;
import guide.html.AffiliateLinks;
import guide.html.HtmlFiles;
import guide.html.HtmlPasses;
import guide.i18n.UiStrings;
import guide.jbake.BakeSourceWriter;
import guide.jbake.JBakeBaker;
import guide.jbake.PageHeaders;
import guide.quiz.Checklist;
import guide.quiz.ChecklistComparison;
import guide.quiz.ChecklistParser;
import guide.site.BuildFailure;
import guide.site.Problem;
import guide.site.SiteConfig;
import guide.translation.TranslationIndex;
import guide.translation.TranslationReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The whole build, as DESIGN.md describes it: validate content, compute translations and page
 * data, bake with JBake into a working folder, run the HTML passes and checks, and only then
 * replace the output folder. Any problem stops the build with every problem listed.
 */
public final class SiteBuilder {
    private final Path projectDir;

    public SiteBuilder(Path projectDir) {
        this.projectDir = Objects.requireNonNull(projectDir, "projectDir").toAbsolutePath().normalize();
    }

    public BuildReport build(Path output) throws BuildFailure, IOException {
        long start = System.nanoTime();
        SiteConfig config = SiteConfig.load(projectDir);
        List<Problem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        Authors authors = Authors.load(projectDir, config.contentDir(), config.languages(), problems);
        UiStrings ui = UiStrings.load(projectDir, config.templateDir().resolve("i18n"), config.languages(), problems);
        List<ContentDocument> documents = new ContentScanner(config, authors).scan(problems);
        new UiStringUsageCheck().check(projectDir, config.templateDir(), ui, config.languages(), problems);
        new UnsafeHtmlCheck().check(documents.stream().filter(d -> !d.draft()).toList(), problems);
        new StagedOutput(output).recover(); // a killed build's site comes back even if this build fails
        failIfAny(problems);

        List<ContentDocument> published = documents.stream().filter(d -> !d.draft()).toList();
        documents.stream().filter(ContentDocument::draft).forEach(d -> warnings.add(d.source() + ": draft, not published"));
        TranslationIndex translations = new TranslationIndex(config.languages(), published);
        AffiliateLinks affiliates = new AffiliateLinks(config.affiliatePatterns());
        Map<ContentDocument, Checklist> checklists = readChecklists(published, translations, config, problems);
        failIfAny(problems);
        TranslationReport translationReport = TranslationReport.of(config.languages(), config.defaultLanguage(), published);
        PageHeaders headers = new PageHeaders(config, published, translations, authors, ui, affiliates, checklists, translationReport);

        StagedOutput staged = new StagedOutput(output);
        Path work = staged.newWorkDir();
        try {
            BakeSourceWriter source = new BakeSourceWriter(work.resolve("source"));
            Map<String, Path> sourceByPage = new LinkedHashMap<>();
            for (ContentDocument doc : published) {
                Checklist checklist = checklists.get(doc);
                source.writePage(doc, headers.forDocument(doc), checklist == null ? doc.body() : checklist.intro());
                sourceByPage.put(doc.outputPath(), doc.source());
            }
            source.writeGenerated("index.md", headers.forRoot());
            for (String lang : config.languages()) {
                source.writeGenerated(lang + "/feed.md", headers.forFeed(lang));
            }
            source.writeGenerated("sitemap.md", headers.forSitemap());
            source.writeGenerated("robots.md", headers.forRobots());
            BakeSourceWriter.copyTree(config.templateDir(), source.templateDir());
            BakeSourceWriter.copyTree(config.assetDir(), source.assetDir());
            copyContentFiles(config.contentDir(), source.contentDir());

            Path site = work.resolve("site");
            problems.addAll(new JBakeBaker(projectDir).bake(source.contentDir().getParent(), site, config.properties()));
            failIfAny(problems);

            new HtmlPasses(affiliates, config.baseUrl()).run(site);
            BuiltSite built = new BuiltSite(site);
            SourceLocator locator = new SourceLocator(projectDir, output.toAbsolutePath().normalize(), sourceByPage);
            new LinkCheck(config.baseUrl()).check(built, locator, problems);
            new AffiliateDisclosureCheck().check(built, locator, problems);
            new HreflangCheck(config.baseUrl()).check(built, locator, problems);
            new CrossLanguageLinkCheck(config.baseUrl()).check(built, locator, problems);
            failIfAny(problems);

            Map<String, Integer> pages = countPages(site, config.languages());
            staged.publish(site);
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new BuildReport(output, pages, warnings, millis);
        } finally {
            StagedOutput.delete(work);
        }
    }

    /** Parses every quiz checklist, then compares each translation with its source language's. */
    private static Map<ContentDocument, Checklist> readChecklists(List<ContentDocument> published, TranslationIndex translations,
                                                                  SiteConfig config, List<Problem> problems) {
        Map<ContentDocument, Checklist> checklists = new LinkedHashMap<>();
        for (ContentDocument doc : published) {
            if (doc.type() == DocumentType.QUIZ) {
                ChecklistParser.parse(doc.source(), doc.frontMatter(), problems).ifPresent(c -> checklists.put(doc, c));
            }
        }
        for (Map.Entry<ContentDocument, Checklist> entry : checklists.entrySet()) {
            Map<String, ContentDocument> versions = translations.versions(entry.getKey());
            ContentDocument source = versions.getOrDefault(config.defaultLanguage(), versions.values().iterator().next());
            if (source != entry.getKey() && checklists.containsKey(source)) {
                ChecklistComparison.compare(checklists.get(source), entry.getValue(), problems);
            }
        }
        return checklists;
    }

    private static void failIfAny(List<Problem> problems) throws BuildFailure {
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
    }

    /** Images and other files that editors keep next to their Markdown are published as they are. */
    private static void copyContentFiles(Path contentDir, Path target) throws IOException {
        try (Stream<Path> walk = Files.walk(contentDir)) {
            for (Path file : (Iterable<Path>) walk::iterator) {
                String name = file.getFileName().toString();
                if (Files.isRegularFile(file) && !name.endsWith(".md") && !name.equals(Authors.FILE) && !name.startsWith(".")) {
                    Path to = target.resolve(contentDir.relativize(file).toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(file, to);
                }
            }
        }
    }

    private static Map<String, Integer> countPages(Path site, List<String> languages) {
        Map<String, Integer> pages = new LinkedHashMap<>();
        for (String lang : languages) {
            pages.put(lang, 0);
        }
        pages.put("", 0);
        for (Path page : HtmlFiles.list(site)) {
            String first = page.getNameCount() > 1 ? page.getName(0).toString() : "";
            pages.merge(languages.contains(first) ? first : "", 1, Integer::sum);
        }
        return pages;
    }
}
