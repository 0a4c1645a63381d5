package guide.build;

import guide.check.AffiliateDisclosureCheck;
import guide.check.BuiltSite;
import guide.check.CrossLanguageLinkCheck;
import guide.check.HreflangCheck;
import guide.check.LinkCheck;
import guide.check.PageFacts;
import guide.check.PageLinks;
import guide.check.SourceLocator;
import guide.content.ContentDocument;
import guide.html.HtmlFiles;
import guide.site.Problem;
import guide.site.SiteConfig;
import guide.translation.FormerPage;
import org.jsoup.nodes.Document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every check on the built pages: links and anchors, images and alt text, the affiliate disclosure,
 * hreflang reciprocity, links across languages. A page whose links were noted while it was rendered
 * is judged from those notes; a page without them (or with a problem) is parsed, with line positions
 * when there is a problem to locate.
 */
final class SiteChecks {
    private final LinkCheck links;
    private final AffiliateDisclosureCheck disclosure = new AffiliateDisclosureCheck();
    private final HreflangCheck hreflang;
    private final CrossLanguageLinkCheck crossLanguage;

    /**
     * @param sources the editor's file of each content page, by output path
     * @param copyOf  the copy to link to instead of a JPEG or PNG's own address, which is not published
     * @param formerPage where the page of an address the site no longer has went
     */
    SiteChecks(SiteConfig config, Map<String, Path> sources, Function<String, Optional<String>> copyOf, FormerPage formerPage) {
        this.links = new LinkCheck(config.baseUrl(), page -> Optional.ofNullable(sources.get(page)), copyOf, formerPage::of);
        this.hreflang = new HreflangCheck(config.baseUrl());
        this.crossLanguage = new CrossLanguageLinkCheck(config.baseUrl(), config::language);
    }

    /**
     * The checks on a build's pages: every page after a change in the site's shape (files, ids,
     * alternates), else only the pages rendered.
     *
     * @param files     every file of the new site
     * @param sameFiles whether those are the previous output's files ({@link PageCache#sameFiles})
     */
    static List<Problem> ofBuild(Path projectDir, SiteConfig config, Inputs in, List<ContentDocument> published, Rendering rendering,
                                 PageCache cache, Set<String> files, boolean sameFiles, Path output) {
        Map<String, PageFacts> facts = new HashMap<>();
        Map<String, PageLinks> links = new HashMap<>();
        for (PageProducer.Outcome outcome : rendering.pages()) {
            if (outcome.facts() != null) {
                facts.put(outcome.path(), outcome.facts());
            }
            if (outcome.links() != null) {
                links.put(outcome.path(), outcome.links());
            }
        }
        Map<String, Path> sourceByPage = new HashMap<>();
        published.forEach(doc -> sourceByPage.put(doc.outputPath(), doc.source()));
        Set<String> pages = cache.sameSiteShape(sameFiles, facts)
                ? rendering.pages().stream().filter(o -> !o.reused()).map(PageProducer.Outcome::path).collect(Collectors.toSet())
                : facts.keySet();
        Path site = rendering.site();
        SiteChecks checks = new SiteChecks(config, sourceByPage, in.images()::copyFor, new FormerPage(config, published));
        BuiltSite built = new BuiltSite(files, facts);
        List<Problem> problems = new ArrayList<>(checks.check(built, pages, links,
                path -> Files.exists(site.resolve(path)) ? site.resolve(path) : output.resolve(path),
                new SourceLocator(projectDir, output.toAbsolutePath().normalize(), sourceByPage,
                        SourceLocator.frameFiles(projectDir, config.templateDir()))));
        // Every build, not only when its page is rendered: the about page's translation may be the change.
        for (String lang : config.languages()) {
            String url = in.ui().strings(lang).get("aboutUrl");
            String message = url == null ? null : checks.crossLanguage.problemOfAboutUrl(built, lang, url);
            if (message != null) {
                problems.add(new Problem(projectDir.relativize(config.templateDir().resolve("i18n").resolve(lang + ".yaml")),
                        in.ui().lineOf(lang, "aboutUrl"), message));
            }
        }
        return problems;
    }

    /** @param fileOf where a page's file is (the staging folder, or the previous output for reused pages) */
    List<Problem> check(BuiltSite built, Set<String> pages, Map<String, PageLinks> noted, Function<String, Path> fileOf, SourceLocator locator) {
        return oncePerPlace(pages.stream().sorted().toList().parallelStream().flatMap(page -> {
            PageLinks own = noted.get(page);
            PageFacts facts = built.facts(page);
            if (own != null && facts != null && links.passes(built, page, own) && !own.affiliateProblem()
                    && hreflang.passes(built, facts) && crossLanguage.passes(built, page, facts, own)) {
                return Stream.empty();
            }
            // Most pages pass: parse without line tracking (faster), and again with it only to locate problems.
            List<Problem> found = new ArrayList<>();
            for (boolean tracked : own != null ? new boolean[]{true} : new boolean[]{false, true}) {
                Document doc = HtmlFiles.read(fileOf.apply(page), tracked);
                found.clear();
                links.checkPage(built, page, doc, locator, found);
                disclosure.checkPage(built, page, doc, locator, found);
                hreflang.checkPage(built, page, doc, locator, found);
                crossLanguage.checkPage(built, page, doc, locator, found);
                if (found.isEmpty()) {
                    break;
                }
            }
            return found.stream().distinct(); // a link in both the header and the footer is one problem of the page
        }).toList(), locator::isBuiltPage);
    }

    /**
     * The checks of one page that can be judged before it is published (a draft's, {@link DraftChecks}): its links, anchors
     * and images, the affiliate disclosure, its links across languages. Not hreflang: the published versions of a draft's
     * page point back to it only once it is published.
     *
     * @param doc the page, parsed with positions
     */
    List<Problem> checkAlone(BuiltSite built, String page, Document doc, SourceLocator locator) {
        List<Problem> found = new ArrayList<>();
        links.checkPage(built, page, doc, locator, found);
        disclosure.checkPage(built, page, doc, locator, found);
        crossLanguage.checkPage(built, page, doc, locator, found);
        return found.stream().distinct().toList();
    }

    /**
     * One problem per place and message: a fault in a template or a UI string shows on every page
     * that uses it, and is reported once, with how many pages showed it. A fault named at built pages' lines
     * (no template line could be told) is one problem too, at its first page, with how many others show it.
     */
    private static List<Problem> oncePerPlace(List<Problem> problems, Predicate<Path> builtPage) {
        Map<Object, List<Problem>> places = new LinkedHashMap<>();
        problems.forEach(p -> places.computeIfAbsent(builtPage.test(p.file()) ? p.message() : p, k -> new ArrayList<>()).add(p));
        return places.entrySet().stream().map(e -> {
            Problem first = e.getValue().get(0);
            int others = e.getKey() instanceof String ? (int) e.getValue().stream().map(Problem::file).distinct().count() - 1 : e.getValue().size() - 1;
            if (others == 0) {
                return first;
            }
            return new Problem(first.file(), first.line(), first.message() + (e.getKey() instanceof String
                    ? String.format(Locale.ENGLISH, " (also on %,d other %s)", others, others == 1 ? "page" : "pages")
                    : " (on " + e.getValue().size() + " pages)"));
        }).toList();
    }
}
