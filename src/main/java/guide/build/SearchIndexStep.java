package guide.build;

import com.ibm.icu.util.ULocale;
import guide.concurrent.Beside;
import guide.i18n.SearchPanelWords;
import guide.i18n.UiStrings;
import guide.search.PageText;
import guide.search.SearchIndexFiles;
import guide.site.SiteConfig;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The search index's part in a build. A build writes the index with its pages and publishes both
 * at once; the preview, over an output its previous build published, publishes the pages first
 * (so the browser reloads sooner) and brings the index up to date right after them, in the same
 * build. Keep one per builder: it remembers which index files the output holds.
 *
 * <p>A build that publishes its index with its pages starts the index as soon as the pages are
 * rendered ({@link #start}), on a thread of its own, beside the cards and image copies: the end of the
 * index is one language's files, on one core (in a cold build of 2 x 1,000 articles, JFR showed the
 * other core's thread parked for 0.44 s of it). Nothing of the index depends on the cards.
 */
final class SearchIndexStep {
    private final SearchIndexFiles index;
    /** The index files in the output after this builder's last published build; null before one. */
    private List<String> inOutput;
    private List<String> pending;
    /** The index {@link #start} began and {@link #withPages} has not taken yet, or null. */
    private Beside<List<String>> started;

    /** @param preview whether the builder is the preview's, which keeps the index's shards between builds ({@link SearchIndexFiles}) */
    SearchIndexStep(boolean preview) {
        this.index = new SearchIndexFiles(preview);
    }

    /** Each language's locale, by its code: its language chooses how search analyses the language's words. */
    private static Function<String, ULocale> locales(SiteConfig config) {
        return code -> config.language(code).locale();
    }

    /** The search panel's words in each language, which its index's meta.json carries (not every page). */
    private static Map<String, Map<String, Object>> words(SiteConfig config, UiStrings ui) {
        return SearchPanelWords.byLanguage(ui, config.languages());
    }

    /** True if the index may follow the pages: the preview, building over the output its last build published. */
    boolean canFollowPages(boolean preview, boolean incremental, boolean outputIsOurs) {
        return preview && incremental && outputIsOurs && inOutput != null;
    }

    /**
     * Starts writing the index of {@code pages} into the staging folder {@code site} on a thread of its own, for
     * {@link #withPages} to take; not when the index follows the pages, which the preview's builds write after publishing them.
     */
    void start(BuildPlan plan, Path site, boolean incremental, List<PageText> pages) {
        if (plan.afterPages()) {
            return;
        }
        settle();
        SiteConfig config = plan.config();
        UiStrings ui = plan.in().ui();
        started = Beside.start("search-index", () -> index.write(site, plan.output(), incremental, plan.ours(), pages, locales(config), words(config, ui)));
    }

    /**
     * The index files to publish with the pages: written into the staging folder now (or by {@link #start}), or, when the
     * index follows the pages, the ones the output already has (neither replaced nor deleted).
     */
    List<String> withPages(Rendering rendering, Path output, boolean outputIsOurs, boolean followsPages, SiteConfig config, UiStrings ui)
            throws IOException {
        if (started != null) {
            Beside<List<String>> task = started;
            started = null;
            pending = task.take();
        } else {
            pending = followsPages ? inOutput
                    : index.write(rendering.site(), output, rendering.incremental(), outputIsOurs, rendering.searchable(), locales(config), words(config, ui));
        }
        return pending;
    }

    /**
     * Waits for an index {@link #start} began that no one took (a build that stopped before its checks), whatever became of it:
     * nothing may write into a staging folder being deleted, nor change what this builder remembers during its next build.
     */
    void settle() {
        Beside<List<String>> task = started;
        started = null;
        if (task != null) {
            task.settle();
        }
    }

    /**
     * After the pages are published: writes the index's changed files and applies them to the
     * output as one more journaled change, deleting the ones it no longer has. The staging folder is
     * this build's own, so the files to move are those the index says it staged, not each of its
     * thousands of files looked for on disk.
     *
     * @return the output's files, with the index's files as they now are
     */
    Set<String> afterPages(Rendering rendering, Path output, Set<String> files, SiteConfig config, UiStrings ui) throws IOException {
        Path site = rendering.site();
        List<String> before = inOutput;
        List<String> now = index.write(site, output, true, true, rendering.searchable(), locales(config), words(config, ui));
        Set<String> kept = new HashSet<>(now);
        rendering.staged().apply(site, index.staged(), before.stream().filter(f -> !kept.contains(f)).toList());
        Set<String> after = new HashSet<>(files);
        before.forEach(after::remove);
        after.addAll(now);
        pending = now;
        return after;
    }

    /** Says that the build published: its index is what the output holds now. */
    void published() {
        index.published();
        inOutput = pending;
    }
}
