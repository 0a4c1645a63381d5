package guide.build;

import guide.check.AffiliateDisclosureCheck;
import guide.check.ArchiveAddressCheck;
import guide.check.BuiltSite;
import guide.check.CrossLanguageLinkCheck;
import guide.check.HreflangCheck;
import guide.check.LinkCheck;
import guide.check.PageLinks;
import guide.check.SourceLocator;
import guide.check.UiStringUsageCheck;
import guide.check.UnsafeHtmlCheck;
import guide.content.Authors;
import guide.content.ContentDocument;
import guide.content.ContentScanner;
import guide.content.DocumentMemo;
import guide.content.ScanMemo;
import guide.translation.SourceRevision;
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
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import guide.check.PageFacts;
import guide.render.PageSpec;
import guide.render.TemplateRenderer;
import guide.search.PageText;
import guide.search.SearchIndexFiles;

/**
 * The whole build, as DESIGN.md describes it: validate content, compute translations and page
 * data, bake with JBake into a working folder, run the HTML passes and checks, and only then
 * replace the output folder. Any problem stops the build with every problem listed.
 */
public final class SiteBuilder {
    private final Path projectDir;

    // Remembered between builds by the same builder (the preview server keeps one): documents whose
    // files did not change are reused, and so is what was worked out from them.
    private final ScanMemo scanMemo = new ScanMemo();
    private final DocumentMemo<Integer> readingMinutes = new DocumentMemo<>();
    private final DocumentMemo<Boolean> affiliateMemo = new DocumentMemo<>();
    private final DocumentMemo<SourceRevision> revisions = new DocumentMemo<>();
    private final DocumentMemo<List<Problem>> unsafeHtml = new DocumentMemo<>();
    private final DocumentMemo<String> markdownDigests = new DocumentMemo<>();
    private final Map<String, Object[]> listJson = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> fingerprints = new java.util.concurrent.ConcurrentHashMap<>();
    private DocumentMemo<Map<String, String>> headerMemo = new DocumentMemo<>();
    private String headerSignature = "";
    private PageCache lastCache;
    private Path lastOutput;
    private boolean preview;
    private final SearchIndexFiles searchIndex = new SearchIndexFiles();
    private final java.util.concurrent.ExecutorService saver = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "save-page-cache");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, PageSpec> lastSpecs = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> lastKeys = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * For the preview server: saves the page cache in the background and skips the sources stamp,
     * so an edit reaches the browser sooner. The published output is the same.
     */
    public SiteBuilder forPreview() {
        this.preview = true;
        return this;
    }
    private static final boolean TIMINGS = Boolean.getBoolean("guide.timings");
    private long phaseStart;

    /** With -Dguide.timings=true, prints how long each phase took (for profiling the pipeline). */
    private void phase(String name) {
        long now = System.nanoTime();
        if (TIMINGS && phaseStart != 0) {
            System.err.printf("  %-28s %6.0f ms%n", name, (now - phaseStart) / 1e6);
        }
        phaseStart = now;
    }

    /**
     * Sets up the template engine on a thread of its own while content is read and checked: in a
     * fresh JVM, loading and first use of JBake's Freemarker engine, flexmark and jsoup take about
     * half a second, which the other core can spend while this one scans.
     */
    private CompletableFuture<TemplateRenderer> prepareRenderer(SiteConfig config) {
        CompletableFuture<TemplateRenderer> ready = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                TemplateRenderer renderer = new TemplateRenderer(projectDir, config.templateDir(), JBakeBaker.templatesByType());
                guide.content.Markdown.toHtml("## Warm-up {#warm-up}\n\n- [x] *a* [b](/c/)\n\n| d |\n|---|\n| e |\n");
                HtmlPasses.warmUp();
                ready.complete(renderer);
            } catch (Throwable e) {
                ready.completeExceptionally(e);
            }
        }, "prepare-renderer");
        thread.setDaemon(true);
        thread.start();
        return ready;
    }

    private static TemplateRenderer await(CompletableFuture<TemplateRenderer> ready) {
        try {
            return ready.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    public SiteBuilder(Path projectDir) {
        this.projectDir = Objects.requireNonNull(projectDir, "projectDir").toAbsolutePath().normalize();
    }

    public BuildReport build(Path output) throws BuildFailure, IOException {
        long start = System.nanoTime();
        phaseStart = start;
        SiteConfig config = SiteConfig.load(projectDir);
        new StagedOutput(output).recover();
        // The preview rebuilds on every change anyway: it does not stamp sources (saving "" keeps the
        // next CLI build from taking the nothing-changed shortcut on a stamp it did not take).
        String sources = preview ? "" : PageCache.sources(List.of(config.contentDir(), config.templateDir(), config.assetDir(),
                projectDir.resolve(SiteConfig.FILE_NAME), codeRoot()));
        Optional<BuildReport> unchanged = preview ? Optional.empty() : PageCache.unchanged(output, sources);
        phase("stamp sources");
        if (unchanged.isPresent()) {
            BuildReport r = unchanged.get();
            return new BuildReport(output, r.pagesByLanguage(), 0, r.reused(), r.warnings(), (System.nanoTime() - start) / 1_000_000);
        }
        CompletableFuture<TemplateRenderer> rendererReady = prepareRenderer(config);
        List<Problem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        Authors authors = Authors.load(projectDir, config.contentDir(), config.languages(), problems);
        UiStrings ui = UiStrings.load(projectDir, config.templateDir().resolve("i18n"), config.languages(), problems);
        String context = PageCache.sources(List.of(projectDir.resolve(SiteConfig.FILE_NAME), config.contentDir().resolve(Authors.FILE)));
        List<ContentDocument> documents = new ContentScanner(config, authors, scanMemo, context).scan(problems);
        phase("scan content");
        new UiStringUsageCheck().check(projectDir, config.templateDir(), ui, config.languages(), problems);
        new ArchiveAddressCheck().check(projectDir, config, ui, documents, problems);
        new UnsafeHtmlCheck().check(documents.stream().filter(d -> !d.draft()).toList(), problems, unsafeHtml);
        new StagedOutput(output).recover(); // a killed build's site comes back even if this build fails
        failIfAny(problems);
        phase("content checks");

        List<ContentDocument> published = documents.stream().filter(d -> !d.draft()).toList();
        documents.stream().filter(ContentDocument::draft).forEach(d -> warnings.add(d.source() + ": draft, not published"));
        TranslationIndex translations = new TranslationIndex(config.languages(), published);
        AffiliateLinks affiliates = new AffiliateLinks(config.affiliatePatterns());
        Map<ContentDocument, Checklist> checklists = readChecklists(published, translations, config, problems);
        failIfAny(problems);
        TranslationReport translationReport = TranslationReport.of(config.languages(), config.defaultLanguage(), published, false,
                doc -> revisions.get(doc, d -> SourceRevision.of(d.lang(), d.title(), d.body())));
        PageHeaders headers = new PageHeaders(config, published, translations, authors, ui, affiliates, checklists, translationReport,
                readingMinutes, affiliateMemo, preview ? listJson : null);
        phase("translations, quiz");

        if (preview) {
            String signature = headerSignature(published, translationReport, PageCache.sources(List.of(config.templateDir().resolve("i18n"))));
            if (!signature.equals(headerSignature)) {
                headerMemo = new DocumentMemo<>();
                headerSignature = signature;
            }
        }
        DocumentMemo<Map<String, String>> memo = preview ? headerMemo : null;
        List<PageSpec> specs = new ArrayList<>(published.parallelStream().map(doc -> {
            Checklist checklist = checklists.get(doc);
            Map<String, String> values = memo == null ? headers.forDocument(doc) : memo.get(doc, headers::forDocument);
            return new PageSpec(doc.outputPath(), doc.type().header(), values, checklist == null ? doc.body() : checklist.intro(), doc.source());
        }).toList());
        specs.add(new PageSpec("index.html", "root", headers.forRoot(), "", null));
        for (String lang : config.languages()) {
            specs.add(new PageSpec(lang + "/feed.xml", "atom", headers.forFeed(lang), "", null));
            for (PageHeaders.ArchivePage page : headers.forArchive(lang)) {
                specs.add(new PageSpec(page.outputPath(), "articles", page.headers(), "", null));
            }
        }
        specs.add(new PageSpec("sitemap.xml", "sitemapxml", headers.forSitemap(), "", null));
        specs.add(new PageSpec("robots.txt", "robots", headers.forRobots(), "", null));
        phase("page data");
        Map<String, Path> sourceByPage = new LinkedHashMap<>();
        published.forEach(doc -> sourceByPage.put(doc.outputPath(), doc.source()));

        StagedOutput stagedOutput = new StagedOutput(output);
        Path work = stagedOutput.newWorkDir();
        int rendered;
        int outcomesCount;
        try {
            Path site = work.resolve("site");
            TemplateRenderer renderer = await(rendererReady);
            HtmlPasses passes = new HtmlPasses(affiliates, config.baseUrl());
            PageCache cache = cacheFor(output, config);
            boolean incremental = cache.hasPrevious() && Files.isDirectory(output);
            Map<String, ContentDocument> docsByPage = new java.util.HashMap<>();
            published.forEach(doc -> docsByPage.put(doc.outputPath(), doc));
            List<PageOutcome> outcomes = specs.parallelStream().map(spec -> {
                ContentDocument doc = docsByPage.get(spec.outputPath());
                return producePage(spec, keyOf(spec, doc, cache), cache, output, renderer, passes, site, incremental);
            }).toList();
            phase("render or reuse pages");
            problems.addAll(samePlaceOnce(outcomes.stream().map(PageOutcome::problem).filter(Objects::nonNull).toList()));
            failIfAny(problems);

            copyTree(config.assetDir(), site);
            copyContentFiles(config.contentDir(), site);
            List<PageText> search = new ArrayList<>();
            Map<String, PageFacts> facts = new TreeMap<>();
            Map<String, PageCache.Entry> entries = new TreeMap<>();
            Map<String, PageLinks> links = new java.util.HashMap<>();
            for (PageOutcome outcome : outcomes) {
                outcome.search().ifPresent(search::add);
                if (outcome.facts() != null) {
                    facts.put(outcome.path(), outcome.facts());
                }
                entries.put(outcome.path(), new PageCache.Entry(outcome.key(), outcome.facts(), outcome.links(), outcome.search().orElse(null)));
                if (outcome.links() != null) {
                    links.put(outcome.path(), outcome.links());
                }
            }
            phase("assets");
            List<String> searchFiles = searchIndex.write(site, output, incremental, search);
            phase("search index");
            Set<String> staged = listFiles(site);
            Set<String> files = new java.util.HashSet<>(staged);
            outcomes.forEach(o -> files.add(o.path()));
            files.addAll(searchFiles);
            BuiltSite built = new BuiltSite(files, facts);
            SourceLocator locator = new SourceLocator(projectDir, output.toAbsolutePath().normalize(), sourceByPage);
            Set<String> toCheck = cache.sameSiteShape(files, facts)
                    ? outcomes.stream().filter(o -> !o.reused()).map(PageOutcome::path).collect(Collectors.toSet())
                    : facts.keySet();
            problems.addAll(checkPages(built, toCheck, links, path -> Files.exists(site.resolve(path)) ? site.resolve(path) : output.resolve(path),
                    locator, config));
            phase("check " + toCheck.size() + " pages");
            failIfAny(problems);
            rendered = (int) outcomes.stream().filter(o -> !o.reused()).count();
            outcomesCount = outcomes.size();

            Map<String, Integer> pages = countPages(files, config.languages());
            cache.invalidate();
            lastCache = null;
            if (incremental) {
                List<String> moves = staged.stream().filter(f -> changed(site.resolve(f), output.resolve(f))).sorted().toList();
                List<String> deletes = cache.previousFiles().stream().filter(f -> !files.contains(f)).sorted().toList();
                stagedOutput.apply(site, moves, deletes);
            } else {
                stagedOutput.publish(site);
            }
            BuildReport report = new BuildReport(output, pages, rendered, outcomesCount - rendered, warnings, (System.nanoTime() - start) / 1_000_000);
            phase("publish");
            if (preview) {
                saver.submit(() -> {
                    try {
                        cache.save(entries, files, sources, report);
                    } catch (IOException e) {
                        // the next build renders what it cannot prove unchanged
                    }
                });
            } else {
                cache.save(entries, files, sources, report);
            }
            phase("save cache");
            lastCache = cache.after(entries, files);
            lastOutput = output;
            return report;

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

    /** A page taken from the previous output or rendered, or the problem that stopped it. */
    private record PageOutcome(String path, String key, boolean reused, PageFacts facts, PageLinks links, Optional<PageText> search,
                               Problem problem) {
    }

    /** Takes the page from the previous output when its key is unchanged, else renders it. */
    private static PageOutcome producePage(PageSpec spec, String key, PageCache cache, Path output, TemplateRenderer renderer,
                                           HtmlPasses passes, Path site, boolean incremental) {
        Optional<PageCache.Entry> previous = cache.reusable(spec.outputPath(), key);
        Path target = site.resolve(spec.outputPath());
        Path before = output.resolve(spec.outputPath());
        if (previous.isPresent() && Files.isRegularFile(before)) {
            if (incremental) {
                return new PageOutcome(spec.outputPath(), key, true, previous.get().facts(), previous.get().links(),
                        Optional.ofNullable(previous.get().search()), null);
            }
            try {
                Files.createDirectories(target.getParent());
                try {
                    Files.createLink(target, before);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(before, target);
                }
                return new PageOutcome(spec.outputPath(), key, true, previous.get().facts(), previous.get().links(),
                        Optional.ofNullable(previous.get().search()), null);
            } catch (IOException e) {
                // fall through: render it
            }
        }
        TemplateRenderer.Rendered rendered = renderer.render(spec);
        if (rendered.problem() != null) {
            return new PageOutcome(spec.outputPath(), key, false, null, null, Optional.empty(), rendered.problem());
        }
        String text = rendered.text();
        PageFacts facts = null;
        PageLinks links = null;
        Optional<PageText> search = Optional.empty();
        if (spec.isHtml()) {
            HtmlPasses.Result result = passes.process(text);
            text = result.html();
            facts = result.facts();
            links = result.links();
            search = result.search();
        }
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PageOutcome(spec.outputPath(), key, false, facts, links, search, null);
    }

    /**
     * The page's cache key; a page whose header values and Markdown equal those of this builder's
     * previous build keeps its previous key without hashing again.
     */
    private String keyOf(PageSpec spec, ContentDocument doc, PageCache cache) {
        PageSpec before = lastSpecs.get(spec.outputPath());
        String key = lastKeys.get(spec.outputPath());
        if (before != null && key != null && before.type().equals(spec.type()) && before.headers().equals(spec.headers())
                && java.util.Objects.equals(before.markdown(), spec.markdown()) && lastCache == cache) {
            return key;
        }
        String digest = doc == null ? spec.markdown() : markdownDigests.get(doc, d -> PageCache.digest(spec.markdown()));
        key = cache.keyOf(spec, digest);
        if (preview) {
            lastSpecs.put(spec.outputPath(), spec);
            lastKeys.put(spec.outputPath(), key);
        }
        return key;
    }

    /** The page cache of the output: kept in memory between builds of this builder, else read from disk. */
    private PageCache cacheFor(Path output, SiteConfig config) throws IOException {
        Path settings = projectDir.resolve(SiteConfig.FILE_NAME);
        String stamp = PageCache.sources(List.of(config.templateDir(), settings, codeRoot()));
        String fingerprint = fingerprints.get(stamp);
        if (fingerprint == null) {
            fingerprint = PageCache.fingerprint(config.templateDir(), settings, codeRoot());
            fingerprints.clear();
            fingerprints.put(stamp, fingerprint);
        }
        if (lastCache != null && output.equals(lastOutput) && lastCache.fingerprint().equals(fingerprint) && Files.isDirectory(output)) {
            return lastCache;
        }
        lastCache = null;
        return PageCache.load(output, fingerprint);
    }

    /** Where the builder's classes are: their bytes are part of every page's cache key. */
    private static Path codeRoot() {
        try {
            return Path.of(SiteBuilder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Path.of(".");
        }
    }

    /**
     * What a document's header values depend on besides its own file: every published document's
     * listing data (address, title, date, summary, tags, key, author, reading time, {@code updated}),
     * its translation state and source, and the interface words. While this is unchanged, the
     * preview reuses the header values of each document whose file did not change, so a change to
     * one article's text does not recompute the translations, related lists and cards of all pages.
     */
    private String headerSignature(List<ContentDocument> published, TranslationReport report, String uiStamp) {
        StringBuilder s = new StringBuilder(uiStamp);
        for (ContentDocument d : published) {
            s.append('\n').append(d.outputPath()).append('|').append(d.type()).append('|').append(d.title()).append('|').append(d.date())
                    .append('|').append(d.summary()).append('|').append(d.tags()).append('|').append(d.translationKey())
                    .append('|').append(d.author()).append('|').append(d.frontMatter().get("updated"))
                    .append('|').append(readingMinutes.get(d, doc -> guide.content.ReadingTime.minutes(doc.body())));
            report.stateOf(d).ifPresent(state -> s.append('|').append(state.status())
                    .append('|').append(state.source() == null ? "" : state.source().outputPath()));
        }
        return PageCache.digest(s.toString());
    }

    /**
     * Every check on every page, pages in parallel. A page whose links were taken while it was
     * rendered is judged from them; a page without them (or with a problem) is parsed, with line
     * positions when there is a problem to locate.
     */
    private static List<Problem> checkPages(BuiltSite built, Set<String> pages, Map<String, PageLinks> links,
                                            java.util.function.Function<String, Path> fileOf, SourceLocator locator, SiteConfig config) {
        LinkCheck linkCheck = new LinkCheck(config.baseUrl());
        AffiliateDisclosureCheck disclosure = new AffiliateDisclosureCheck();
        HreflangCheck hreflang = new HreflangCheck(config.baseUrl());
        CrossLanguageLinkCheck crossLanguage = new CrossLanguageLinkCheck(config.baseUrl());
        return pages.stream().sorted().toList().parallelStream().flatMap(page -> {
            PageLinks own = links.get(page);
            PageFacts facts = built.facts(page);
            if (own != null && facts != null && linkCheck.passes(built, page, own) && !own.affiliateProblem()
                    && hreflang.passes(built, facts) && crossLanguage.passes(built, page, facts, own)) {
                return Stream.empty();
            }
            // Most pages pass: parse without line tracking (faster), and again with it only to locate problems.
            List<Problem> found = new ArrayList<>();
            for (boolean tracked : own != null ? new boolean[]{true} : new boolean[]{false, true}) {
                Document doc = HtmlFiles.read(fileOf.apply(page), tracked);
                found.clear();
                linkCheck.checkPage(built, page, doc, locator, found);
                disclosure.checkPage(built, page, doc, locator, found);
                hreflang.checkPage(built, page, doc, locator, found);
                crossLanguage.checkPage(built, page, doc, locator, found);
                if (found.isEmpty()) {
                    break;
                }
            }
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

    /**
     * One template fault breaks every page that uses the template: report it once, with the
     * number of pages and the first of them, not once per page.
     */
    private static List<Problem> samePlaceOnce(List<Problem> problems) {
        Map<String, List<Problem>> byPlace = new LinkedHashMap<>();
        for (Problem p : problems) {
            String message = p.message().replaceFirst(" \\(rendering [^)]*\\)$", "");
            byPlace.computeIfAbsent(p.file() + ":" + p.line() + ":" + message, k -> new ArrayList<>()).add(p);
        }
        List<Problem> merged = new ArrayList<>();
        for (List<Problem> same : byPlace.values()) {
            Problem first = same.stream().sorted(java.util.Comparator.comparing(Problem::message)).findFirst().orElseThrow();
            String message = first.message();
            if (same.size() > 1) {
                message = message.replaceFirst(" \\(rendering ([^)]*)\\)$", " (rendering $1 and " + (same.size() - 1) + " more)");
            }
            merged.add(new Problem(first.file(), first.line(), message));
        }
        return merged;
    }

    /** True if the staged file differs from the output's (or the output has none). */
    private static boolean changed(Path staged, Path current) {
        try {
            return !Files.isRegularFile(current) || Files.mismatch(staged, current) != -1;
        } catch (IOException e) {
            return true;
        }
    }

    private static Map<String, Integer> countPages(Set<String> files, List<String> languages) {
        Map<String, Integer> pages = new LinkedHashMap<>();
        for (String lang : languages) {
            pages.put(lang, 0);
        }
        pages.put("", 0);
        for (String file : files) {
            if (file.endsWith(".html")) {
                String first = file.contains("/") ? file.substring(0, file.indexOf('/')) : "";
                pages.merge(languages.contains(first) ? first : "", 1, Integer::sum);
            }
        }
        return pages;
    }
}
