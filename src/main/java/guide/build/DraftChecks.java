package guide.build;

import guide.check.BuiltSite;
import guide.check.ContentHtmlLocator;
import guide.check.LegalCitationLocator;
import guide.check.PageFacts;
import guide.check.QuizDecisionRules;
import guide.check.QuizTotalRules;
import guide.check.SourceLocator;
import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.html.AffiliateLinks;
import guide.html.HtmlPasses;
import guide.html.PageLanguage;
import guide.image.SocialImage;
import guide.page.CardMemo;
import guide.page.PageModels;
import guide.quiz.Checklist;
import guide.quiz.Checklists;
import guide.render.PageSpec;
import guide.render.TemplateRenderer;
import guide.site.Problem;
import guide.site.SiteConfig;
import guide.translation.FormerPage;
import guide.translation.TranslationIndex;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What would stop the build once a draft is published, told while it is still a draft: its own share picture
 * ({@code image=}, {@code imageAlt=}), its quiz checklist, its raw HTML and legal citations, and on its page as it would be
 * built, its links, anchors and images, the affiliate disclosure and its links across languages. Each is a warning at its
 * line ({@code …: warning: will stop the build once published: broken link …}), listed after the draft's own
 * "draft, not published", so that an editor hears of it while writing, not on the day of publishing; after them, the warnings
 * a published page would have of its pictures' language ({@link PictureWarnings}). A draft's page is
 * rendered as a published page would be, beside the site as it is built (the published pages and the draft alone), and
 * not written: no draft is in the output. Not hreflang: the published versions of a draft point back to it only once it is
 * published. A build without drafts does none of this. For the preview, the pages so rendered are kept ({@link #pages()}),
 * which it serves from memory; a draft whose page cannot be made (its raw HTML, its quiz's checklist) has instead the
 * problems that stop it, which the preview shows at its address.
 */
final class DraftChecks {
    /** What begins each of a draft's warnings. */
    static final String ONCE_PUBLISHED = "will stop the build once published: ";
    private final Path projectDir;
    private final BuildPlan plan;
    private final TemplateRenderer renderer;
    private final PictureWarnings pictures;
    /** The drafts' pages, when kept for the preview; else null. */
    private final List<DraftPage> pages;

    /**
     * @param pictures  the build's warnings of pictures in another language than their page's, which a draft gets as they are
     * @param keepPages true for the preview, which serves the drafts' pages ({@link #pages()})
     */
    DraftChecks(Path projectDir, BuildPlan plan, TemplateRenderer renderer, PictureWarnings pictures, boolean keepPages) {
        this.projectDir = projectDir;
        this.pictures = pictures;
        this.plan = plan;
        this.renderer = renderer;
        this.pages = keepPages ? new ArrayList<>() : null;
    }

    /** The drafts' pages {@link #addTo} made, in the preview; empty in a build. */
    List<DraftPage> pages() {
        return pages == null ? List.of() : List.copyOf(pages);
    }

    /**
     * The build's warnings, each draft's problems right after its "draft, not published".
     *
     * @param rendering the published pages, with their facts (ids, sections)
     * @param linkable  the site's files a link may lead to
     */
    List<String> addTo(List<String> warnings, Rendering rendering, Set<String> linkable) {
        List<ContentDocument> drafts = plan.in().documents().stream().filter(ContentDocument::draft).toList();
        if (drafts.isEmpty()) {
            return warnings;
        }
        Map<String, PageFacts> facts = new HashMap<>();
        rendering.pages().stream().filter(o -> o.facts() != null).forEach(o -> facts.put(o.path(), o.facts()));
        Map<String, List<String>> found = new HashMap<>();
        for (ContentDocument draft : drafts) {
            List<String> lines = new ArrayList<>(problemsOf(draft, facts, linkable).stream().sorted().distinct()
                    .map(p -> Problem.warning(p.file(), p.line(), ONCE_PUBLISHED + p.message()).toString()).toList());
            // A picture in another language is a warning on a published page too: the draft's says so as it is.
            pictures.ofDraft(draft).stream().sorted().map(Problem::toString).forEach(lines::add);
            found.put(Inputs.draftWarning(draft), lines);
        }
        List<String> all = new ArrayList<>();
        for (String warning : warnings) {
            all.add(warning);
            all.addAll(found.getOrDefault(warning, List.of()));
        }
        return all;
    }

    /** What the build would stop on once {@code draft} is published, beside the pages published now. */
    private List<Problem> problemsOf(ContentDocument draft, Map<String, PageFacts> facts, Set<String> linkable) {
        Inputs in = plan.in();
        SiteConfig config = plan.config();
        List<Problem> problems = new ArrayList<>();
        Map<String, SocialImage> pictures = new HashMap<>(in.images().ownPictures());
        in.images().draftPicture(draft, problems).ifPresent(picture -> pictures.put(draft.outputPath(), picture));
        List<ContentDocument> withDraft = new ArrayList<>(plan.published());
        withDraft.add(draft);
        TranslationIndex translations = new TranslationIndex(config.languages(), withDraft);
        boolean quiz = draft.type() == DocumentType.QUIZ;
        Map<ContentDocument, Checklist> checklists = quiz ? checklist(draft, translations, problems) : Map.of();
        if (quiz && !checklists.containsKey(draft)) {
            return unmade(draft, problems); // a quiz that does not read has no page to check
        }
        PageModels models = new PageModels(config, withDraft, translations, in.authors(), in.ui(), checklists, in.translations(), new CardMemo(),
                pictures);
        PageSpec spec = new PageSpec(draft.outputPath(), models.forDocument(draft), quiz ? checklists.get(draft).intro() : draft.body(),
                draft.source(), in.images().shownIn(draft.body()));
        TemplateRenderer.Rendered rendered = renderer.render(spec, in.ui());
        if (rendered.problem() != null) {
            problems.add(rendered.problem());
            return unmade(draft, problems);
        }
        HtmlPasses passes = new HtmlPasses(new AffiliateLinks(config.affiliatePatterns()), config.baseUrl(),
                PageLanguage.forSite(config, in.ui()), in.images().responsive());
        HtmlPasses.Result result = passes.process(rendered.text(), PageProducer.markers(spec), PageProducer.editorIds(spec));
        if (!result.unsafe().isEmpty() || !result.legal().isEmpty()) {
            // As on a published page, whose links are checked once its HTML passes.
            ContentHtmlLocator.locate(draft, spec.outputPath(), result.unsafe(), problems);
            LegalCitationLocator.locate(draft, spec.outputPath(), result.legal(), problems);
            return unmade(draft, problems);
        }
        if (pages != null) {
            pages.add(new DraftPage(Inputs.draftWarning(draft), draft.url(), draft.outputPath(), result.html(), List.of(), DraftKey.of(draft.lang(), draft.frontMatter())));
        }
        problems.addAll(linkProblems(draft, result, facts, linkable));
        return problems;
    }

    /** {@code problems}, which stop the draft's page being made: kept for the preview to show at its address. */
    private List<Problem> unmade(ContentDocument draft, List<Problem> problems) {
        if (pages != null) {
            pages.add(DraftPage.unmade(Inputs.draftWarning(draft), draft.url(), draft.outputPath(), problems.stream().sorted().distinct().toList(),
                    DraftKey.of(draft.lang(), draft.frontMatter())));
        }
        return problems;
    }

    /** The draft's checklist, checked as the build would check it among its published versions; only the draft's problems are kept. */
    private Map<ContentDocument, Checklist> checklist(ContentDocument draft, TranslationIndex translations, List<Problem> problems) {
        List<Problem> found = new ArrayList<>();
        QuizTotalRules rules = QuizTotalRules.of(plan.in().sheets(), new ArrayList<>());
        Map<ContentDocument, Checklist> checklists = Checklists.read(List.copyOf(translations.versions(draft).values()), translations,
                plan.config().defaultLanguage(), rules.allowed(), found);
        if (checklists.containsKey(draft)) {
            rules.check(Map.of(draft, checklists.get(draft)), code -> plan.config().language(code).locale(), found);
            QuizDecisionRules.of(plan.in().sheets(), new ArrayList<>()).check(List.of(checklists.get(draft)), found);
        }
        found.stream().filter(p -> p.file().equals(draft.source())).forEach(problems::add);
        return checklists;
    }

    /** The links, anchors and images of the draft's page, against the site's files and the ids of its pages and its own. */
    private List<Problem> linkProblems(ContentDocument draft, HtmlPasses.Result result, Map<String, PageFacts> facts, Set<String> linkable) {
        String page = draft.outputPath();
        Set<String> files = new HashSet<>(linkable);
        files.add(page);
        files.addAll(plan.in().images().draftFiles().paths()); // not in the site while only drafts use them, as the draft is not
        Map<String, PageFacts> withDraft = new HashMap<>(facts);
        withDraft.put(page, result.facts());
        Map<String, Path> sources = new HashMap<>();
        plan.published().forEach(doc -> sources.put(doc.outputPath(), doc.source()));
        sources.put(page, draft.source());
        SiteConfig config = plan.config();
        SiteChecks checks = new SiteChecks(config, sources, plan.in().images()::copyFor, new FormerPage(config, plan.published()));
        SourceLocator locator = new SourceLocator(projectDir, plan.output().toAbsolutePath().normalize(), sources,
                SourceLocator.frameFiles(projectDir, config.templateDir()));
        return checks.checkAlone(new BuiltSite(files, withDraft), page, Jsoup.parse(result.html(), "", Parser.htmlParser().setTrackPosition(true)),
                locator);
    }
}
