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
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import guide.check.PageFacts;
import guide.html.SearchIndex;
import guide.render.PageSpec;
import guide.render.TemplateRenderer;

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

        List<PageSpec> specs = new ArrayList<>();
        for (ContentDocument doc : published) {
            Checklist checklist = checklists.get(doc);
            specs.add(new PageSpec(doc.outputPath(), doc.type().header(), headers.forDocument(doc),
                    checklist == null ? doc.body() : checklist.intro(), doc.source()));
        }
        specs.add(new PageSpec("index.html", "root", headers.forRoot(), "", null));
        for (String lang : config.languages()) {
            specs.add(new PageSpec(lang + "/feed.xml", "atom", headers.forFeed(lang), "", null));
        }
        specs.add(new PageSpec("sitemap.xml", "sitemapxml", headers.forSitemap(), "", null));
        specs.add(new PageSpec("robots.txt", "robots", headers.forRobots(), "", null));
        Map<String, Path> sourceByPage = new LinkedHashMap<>();
        published.forEach(doc -> sourceByPage.put(doc.outputPath(), doc.source()));

        StagedOutput staged = new StagedOutput(output);
        Path work = staged.newWorkDir();
        try {
            Path site = work.resolve("site");
            TemplateRenderer renderer = new TemplateRenderer(projectDir, config.templateDir(), JBakeBaker.templatesByType());
            HtmlPasses passes = new HtmlPasses(affiliates, config.baseUrl());
            List<PageOutcome> outcomes = specs.parallelStream().map(spec -> renderPage(spec, renderer, passes, site)).toList();
            outcomes.stream().map(PageOutcome::problem).filter(Objects::nonNull).distinct().forEach(problems::add);
            failIfAny(problems);

            copyTree(config.assetDir(), site);
            copyContentFiles(config.contentDir(), site);
            List<SearchIndex.Entry> search = new ArrayList<>();
            Map<String, PageFacts> facts = new TreeMap<>();
            for (PageOutcome outcome : outcomes) {
                outcome.search().ifPresent(search::add);
                if (outcome.facts() != null) {
                    facts.put(outcome.path(), outcome.facts());
                }
            }
            SearchIndex.write(site, search);
            BuiltSite built = new BuiltSite(listFiles(site), facts);
            SourceLocator locator = new SourceLocator(projectDir, output.toAbsolutePath().normalize(), sourceByPage);
            problems.addAll(checkPages(built, site, locator, config));
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

    /** A rendered page, or the problem that stopped it. */
    private record PageOutcome(String path, PageFacts facts, Optional<SearchIndex.Entry> search, Problem problem) {
    }

    /** Renders one page with JBake's template engine, runs the HTML passes, writes it. */
    private static PageOutcome renderPage(PageSpec spec, TemplateRenderer renderer, HtmlPasses passes, Path site) {
        TemplateRenderer.Rendered rendered = renderer.render(spec);
        if (rendered.problem() != null) {
            return new PageOutcome(spec.outputPath(), null, Optional.empty(), rendered.problem());
        }
        String text = rendered.text();
        PageFacts facts = null;
        Optional<SearchIndex.Entry> search = Optional.empty();
        if (spec.isHtml()) {
            HtmlPasses.Result result = passes.process(text);
            text = result.html();
            facts = result.facts();
            search = result.search();
        }
        try {
            Path file = site.resolve(spec.outputPath());
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PageOutcome(spec.outputPath(), facts, search, null);
    }

    /** Every check on every page; each page is parsed once (with line numbers), pages in parallel. */
    private static List<Problem> checkPages(BuiltSite built, Path site, SourceLocator locator, SiteConfig config) {
        LinkCheck links = new LinkCheck(config.baseUrl());
        AffiliateDisclosureCheck disclosure = new AffiliateDisclosureCheck();
        HreflangCheck hreflang = new HreflangCheck(config.baseUrl());
        CrossLanguageLinkCheck crossLanguage = new CrossLanguageLinkCheck(config.baseUrl());
        return built.pagePaths().parallelStream().flatMap(page -> {
            Document doc = HtmlFiles.read(site.resolve(page));
            List<Problem> found = new ArrayList<>();
            links.checkPage(built, page, doc, locator, found);
            disclosure.checkPage(built, page, doc, locator, found);
            hreflang.checkPage(built, page, doc, locator, found);
            crossLanguage.checkPage(built, page, doc, locator, found);
            return found.stream();
        }).toList();
    }

    private static Set<String> listFiles(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).map(p -> site.relativize(p).toString().replace('\\', '/')).collect(Collectors.toSet());
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        BakeSourceWriter.copyTree(from, to);
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
