package guide.dashboard;

import guide.content.ContentDocument;
import guide.content.Markdown;
import guide.content.SiteContent;
import guide.page.Typesetter;
import guide.site.MergeConflicts;
import guide.site.Problem;
import guide.translation.AboutPageName;
import guide.translation.AlignedChange;
import guide.translation.ChangeAlignment;
import guide.translation.CopiedParts;
import guide.translation.CopiedTranslations;
import guide.translation.DocumentSections;
import guide.translation.SourceChange;
import guide.translation.SourceRevision;
import guide.translation.StampedSource;
import guide.translation.TranslationReport;
import guide.translation.TranslationState;
import guide.translation.TranslationState.Status;
import guide.translation.UnreadTranslations;
import guide.translation.UntranslatedTags;
import guide.translation.Urgency;
import org.jsoup.Jsoup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the editors' translation dashboard shows, worked out from the project's content (drafts
 * included): an overview per language, and every document in every language it is not the source
 * in, most urgent first ({@link Urgency}, the pages that need work first), each with its dates, what changed in its source, and
 * what to run.
 */
public final class TranslationDashboard {
    /**
     * After {@link Urgency}, which ranks by the stamp's status: the pages that need work before those that do not, so that a
     * current page marked "Not fully translated" (its readers still get some of the source's words) comes after the drafts
     * and before the pages that are done, where {@code ./guide translations} lists it too. The sort is stable.
     */
    private static final Comparator<DashboardEntry> WORK_FIRST = Comparator.comparing(entry -> !entry.needsWork());

    private final List<LanguageOverview> overviews;
    private final List<DashboardEntry> entries;
    private final List<Problem> problems;

    private TranslationDashboard(List<LanguageOverview> overviews, List<DashboardEntry> entries, List<Problem> problems) {
        this.overviews = overviews;
        this.entries = entries;
        this.problems = problems;
    }

    public static TranslationDashboard of(SiteContent content) {
        // The report and the changes beside the translations look up the same stamped sources: once each.
        StampedSource.Lookup history = StampedSource.Lookup.git(content.config().projectDir()).remembering();
        TranslationReport report = TranslationReport.of(content, history);
        Typesetter typesetter = new Typesetter(content.config());
        AboutPageName about = AboutPageName.of(content.config());
        UnreadTranslations unread = UnreadTranslations.of(content);
        Function<String, String> languageName = lang -> content.config().language(lang).englishName();
        CopiedParts left = new CopiedParts(CopiedTranslations.of(report), UntranslatedTags.of(report, languageName));
        List<DashboardEntry> entries = report.all().stream().filter(state -> state.status() != Status.SOURCE && !sourceGone(state))
                .sorted(Urgency.ORDER).map(state -> entry(state, languageName, about, history, typesetter, left))
                .map(entry -> UnreadEntry.of(entry, report, unread)).sorted(WORK_FIRST).toList();
        List<LanguageOverview> overviews = new ArrayList<>();
        for (String lang : report.languages()) {
            int sources = (int) report.all().stream().filter(s -> s.lang().equals(lang) && s.status() == Status.SOURCE).count();
            overviews.add(overview(lang, content.config().language(lang).englishName(), sources, entries));
        }
        return new TranslationDashboard(List.copyOf(overviews), List.copyOf(entries), List.copyOf(content.problems()));
    }

    /** One language's counts, from the entries the page lists: so that the overview and the list count the same pages. */
    private static LanguageOverview overview(String lang, String name, int sources, List<DashboardEntry> entries) {
        Map<DashboardState, Integer> counts = new EnumMap<>(DashboardState.class);
        for (DashboardState state : DashboardState.values()) {
            counts.put(state, 0);
        }
        List<DashboardEntry> own = entries.stream().filter(e -> e.lang().equals(lang)).toList();
        own.forEach(e -> counts.merge(e.state(), 1, Integer::sum));
        int done = (int) own.stream().filter(e -> !e.needsWork()).count();
        return new LanguageOverview(lang, name, sources, counts, done);
    }

    /** The source language's place of a key whose source is gone: nothing to do there (its translations are orphaned). */
    private static boolean sourceGone(TranslationState state) {
        return state.sourceGone();
    }

    /** An entry; its title set in its language's typography, as the site shows it (“it’s”, not "it's"). */
    private static DashboardEntry entry(TranslationState state, Function<String, String> languageName, AboutPageName about,
                                        StampedSource.Lookup history, Typesetter typesetter, CopiedParts left) {
        ContentDocument doc = state.document();
        ContentDocument source = state.source();
        ContentDocument shown = doc != null ? doc : source;
        String url = doc != null && !doc.draft() ? doc.url() : source != null && !source.draft() ? source.url() : null;
        return new DashboardEntry(state.key(), state.lang(), state.status(), shown.type(), typesetter.text(shown.lang(), shown.title()), shown.lang(), url,
                doc == null ? null : DashboardCommands.path(doc), source == null ? null : DashboardCommands.path(source),
                source == null ? null : source.lang(), source == null ? null : HeaderDate.of(source), doc == null ? null : HeaderDate.of(doc),
                changes(state, history, typesetter), state.line() > 0 ? "line " + state.line() + ": " + state.note() : state.note(),
                DashboardCommands.of(state, languageName, about),
                source != null && !source.lang().equals(state.lang()), state.copied(), false, left.of(state), left.text().of(state).isPresent());
    }

    /**
     * For an outdated translation with a stamp: its source's changed blocks beside the translation's. Beside a change
     * placed by its section, the translation's heading is shown as readers see it, not as Markdown ("## Foo {#foo}").
     */
    private static List<AlignedChange> changes(TranslationState state, StampedSource.Lookup history, Typesetter typesetter) {
        if (state.status() != Status.OUTDATED || state.source() == null) {
            return List.of();
        }
        ContentDocument doc = state.document();
        ContentDocument source = state.source();
        Optional<SourceRevision> stamp = SourceRevision.stampOf(doc);
        boolean edited = state.changes().stream().anyMatch(c -> c.kind() == SourceChange.Kind.EDITED);
        List<AlignedChange> changes = stamp.map(s -> ChangeAlignment.of(s, source, doc, edited ? history.find(source, s) : Optional.empty()))
                .orElse(List.of());
        if (changes.stream().noneMatch(c -> c.placement() == AlignedChange.Placement.SECTION)) {
            return changes;
        }
        DocumentSections sections = DocumentSections.of(doc.title(), doc.body());
        return changes.stream().map(c -> c.placement() != AlignedChange.Placement.SECTION ? c
                : sections.byId(c.sectionId()).map(heading -> new AlignedChange(c.change(), c.placement(),
                        typesetter.text(doc.lang(), Jsoup.parse(Markdown.toHtml("## " + heading.title())).text()), c.sectionId())).orElse(c)).toList();
    }

    /**
     * The merge conflicts git left in pages or the authors file. A page with one is not read, so its translation would be
     * listed as missing, or its source as gone: while there are any, the states are not known ({@code ./guide translations}
     * stops there too).
     */
    public List<Problem> conflicts() {
        return MergeConflicts.among(problems);
    }

    /** The other problems that kept pages from being read (a header the build refuses): the states of those pages are not known. */
    public List<Problem> unreadable() {
        return problems.stream().filter(p -> !MergeConflicts.isConflict(p) && !p.isWarning()).toList();
    }

    public List<LanguageOverview> overviews() {
        return overviews;
    }

    /** Every entry, most urgent first. */
    public List<DashboardEntry> entries() {
        return entries;
    }

    /** The entries the filter lets through, most urgent first. */
    public List<DashboardEntry> entries(DashboardFilter filter) {
        return entries.stream().filter(filter::accepts).toList();
    }

    /**
     * The entries an export of everything to translate in {@code lang} covers: outdated, missing, drafts of translations (a
     * draft {@code ./guide translate} started is still the source's text), and published translations whose text is still in
     * part their source's (marked "Not fully translated"). Not a page whose only mark is its tags: XLIFF carries no tags.
     */
    public List<DashboardEntry> toTranslate(String lang) {
        return entries.stream().filter(e -> e.lang().equals(lang) && e.exportable()
                && (e.status() == Status.OUTDATED || e.status() == Status.MISSING || e.status() == Status.DRAFT || e.textCopied())).toList();
    }
}
