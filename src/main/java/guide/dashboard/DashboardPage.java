package guide.dashboard;

import guide.publish.SecurityHeaders;
import guide.site.GuideCommand;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The editors' translation dashboard as one HTML page: an overview per language (counts and a
 * progress bar with its text), the import form, the filters (plain links), and the documents most
 * urgent first. The parts marked {@code data-live-part} are what the script swaps after a build.
 * Text goes in as text (jsoup escapes it); the page has no inline script or style,
 * so it runs under the site's Content Security Policy, and its script only enhances it.
 */
public final class DashboardPage {
    /** The label of the checkbox that is the import command's {@code --force}, which messages to the form's user name. */
    public static final String FORCE_LABEL = "Import even if the source has changed since the export";

    private final TranslationDashboard dashboard;
    private final PageOptions options;
    /** The languages pages are translated into, code to English name, in the site's order: those the language filter offers. */
    private final Map<String, String> translatedInto;

    public DashboardPage(TranslationDashboard dashboard, PageOptions options) {
        this.dashboard = dashboard;
        this.options = options;
        this.translatedInto = dashboard.overviews().stream().filter(o -> o.translations() > 0)
                .collect(Collectors.toMap(LanguageOverview::lang, LanguageOverview::name, (a, b) -> a, LinkedHashMap::new));
    }

    public String html(DashboardFilter filter, Optional<ImportOutcome> outcome) {
        Document doc = Document.createShell("");
        doc.selectFirst("html").attr("lang", "en");
        head(doc.head());
        doc.body().addClass("page-dashboard");
        doc.body().appendElement("a").addClass("skip-link").attr("href", "#main").text("Skip to content");
        Element header = doc.body().appendElement("header").addClass("site-header").appendElement("div").addClass("wrap dash-wrap site-header-inner");
        header.appendElement("a").addClass("site-name").attr("href", "/").text("Preview");
        header.appendElement("span").addClass("meta").text("Only in the preview, never published");
        Element main = doc.body().appendElement("main").id("main").attr("tabindex", "-1").addClass("wrap dash-wrap");
        main.appendElement("h1").text("Translations");
        ConflictsView conflicts = dashboard.conflicts().isEmpty() ? null : new ConflictsView(dashboard.conflicts());
        main.appendElement("p").addClass("dash-lede").id("dash-lede").attr("data-live-part", "").text(conflicts == null ? lede() : conflicts.lede());
        outcome.ifPresent(o -> result(main, o));
        main.appendElement("p").addClass("visually-hidden").id("dash-announce").attr("role", "status").attr("aria-live", "polite");
        overview(main, conflicts);
        importForm(main);
        documents(main, filter, conflicts);
        return "<!doctype html>\n" + doc.outerHtml();
    }

    private void head(Element head) {
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", SecurityHeaders.PAGE_POLICY);
        head.appendElement("meta").attr("name", "color-scheme").attr("content", "light dark");
        head.appendElement("title").text("Translations · preview");
        head.appendElement("link").attr("rel", "stylesheet").attr("href", options.stylesheet());
        head.appendElement("link").attr("rel", "stylesheet").attr("href", PageOptions.STYLE);
        head.appendElement("script").attr("type", "module").attr("src", PageOptions.SCRIPT);
    }

    private String lede() {
        int todo = (int) dashboard.entries().stream().filter(DashboardEntry::needsWork).count();
        String state = todo == 0 ? "none needs work" : todo == 1 ? "1 needs work" : todo + " need work";
        int marked = dashboard.overviews().stream().mapToInt(LanguageOverview::currentButUntranslated).sum();
        if (marked > 0) { // the overview counts them as current, by their stamps: say which of the pages to work on they are
            state += todo == 1 ? ": current, but not fully translated" : ", " + marked + " of them current but not fully translated";
        }
        return "Every page in every language other than the one it was written in: " + state + ". This page updates itself when content changes.";
    }

    private void result(Element main, ImportOutcome outcome) {
        Element section = main.appendElement("section").id("import-result").addClass("dash-result")
                .attr("data-imported", outcome.changedNothing() ? "unchanged" : Boolean.toString(outcome.imported())).attr("tabindex", "-1")
                .attr("role", outcome.imported() ? "status" : "alert").attr("aria-labelledby", "import-result-title");
        section.appendElement("h2").id("import-result-title").text(outcome.headline());
        Element list = section.appendElement("ul");
        outcome.messages().forEach(m -> list.appendElement("li").appendElement("pre").text(m));
        section.appendElement("p").text(!outcome.imported() ? "Nothing was written: content/ is as it was." : written(outcome));
    }

    /** What an import that passed its checks wrote, and which pages it left alone because they already held their file's text. */
    private static String written(ImportOutcome outcome) {
        List<String> same = outcome.unchanged();
        boolean one = same.size() == 1;
        String held = one ? same.get(0) + " already has exactly the text of its XLIFF file"
                : Words.list(same) + " already have exactly the text of their XLIFF files";
        if (outcome.changedNothing()) {
            return "Nothing was written: " + held + ", so " + (one ? "the page and its stamp stay" : "the pages and their stamps stay") + " as they were.";
        }
        String rebuild = "The files were written; the preview rebuilds the site now, and this page shows their new state.";
        return same.isEmpty() ? rebuild : rebuild + " " + held + ", so " + (one ? "it was" : "they were") + " not written.";
    }

    /** @param conflicts the merge conflicts to name instead of counts, or null */
    private void overview(Element main, ConflictsView conflicts) {
        Element section = main.appendElement("section").id("overview").attr("data-live-part", "").attr("aria-labelledby", "overview-title");
        section.appendElement("h2").id("overview-title").text("Overview");
        if (conflicts != null) {
            conflicts.overview(section);
            return;
        }
        Element list = section.appendElement("ul").addClass("dash-overview");
        for (LanguageOverview language : dashboard.overviews()) {
            Element item = list.appendElement("li").addClass("dash-language").attr("data-lang", language.lang());
            item.appendElement("h3").text(language.name());
            int translations = language.translations();
            if (translations == 0) {
                item.appendElement("p").text("The source of " + Words.plural(language.sources(), "page", "pages") + "; nothing to translate.");
                continue;
            }
            String progressId = "progress-" + language.lang();
            // Done: current and fully translated, the pages the line at the top does not count as needing work.
            String text = language.done() + " of " + Words.plural(translations, "page", "pages") + " current"
                    + (language.currentButUntranslated() == 0 ? "" : " and fully translated") + " (" + language.percentDone() + " %)";
            Element meter = item.appendElement("p").addClass("dash-progress");
            meter.appendElement("label").attr("for", progressId).text(text);
            meter.appendElement("progress").id(progressId).attr("max", Integer.toString(translations))
                    .attr("value", Integer.toString(language.done()))
                    // Without it a screen reader works out a per cent of its own from value and max, rounded as it rounds
                    // (5 of 8 is 62.5 %; 299 of 300 is 99.7 %, which the text shows as 99 %): this makes it say the text's.
                    .attr("aria-valuetext", language.percentDone() + " %").text(text);
            counts(item.appendElement("ul").addClass("dash-counts"), language);
            if (language.sources() > 0) {
                item.appendElement("p").addClass("meta").text("Also the source of " + Words.plural(language.sources(), "page", "pages") + ".");
            }
            int bundle = dashboard.toTranslate(language.lang()).size();
            if (bundle > 0) {
                item.appendElement("p").appendElement("a").addClass("dash-download").attr("download", "")
                        .attr("href", PageOptions.XLIFF_ZIP + "?to=" + language.lang())
                        // The language first: "copied from its source in English" would read as an English source.
                        .text("Download XLIFF for " + language.name() + ": everything outdated, missing, in draft or still copied from its source ("
                                + Words.plural(bundle, "file", "files") + ", zip)");
            }
        }
    }

    /**
     * One link per state, its count and word ("6 current"), the counts adding up to the language's pages. The current pages
     * marked "Not fully translated" are a part of "current", not one more state: they follow it in its item, in brackets
     * ("6 current (1 not fully translated)"), as a link to those pages.
     */
    private static void counts(Element list, LanguageOverview language) {
        for (DashboardState status : DashboardState.values()) {
            if (status.rare() && language.count(status) == 0) {
                continue;
            }
            Element item = list.appendElement("li");
            countLink(item, status.word(), new DashboardFilter(language.lang(), status, false).withState(status), language.count(status),
                    status.word());
            if (status == DashboardState.CURRENT && language.currentButUntranslated() > 0) {
                item.addClass("dash-count-parts").appendText(" ");
                Element part = countLink(item, DashboardFilter.UNTRANSLATED, new DashboardFilter(language.lang(), status, true).withState(status),
                        language.currentButUntranslated(), EntryView.UNTRANSLATED.toLowerCase(Locale.ROOT) + ")");
                part.prependText("(");
            }
        }
    }

    private static Element countLink(Element item, String name, String href, int count, String words) {
        Element link = item.appendElement("a").attr("data-count", name).attr("href", href);
        link.appendElement("span").addClass("dash-count").text(Integer.toString(count));
        return link.appendText(" " + words);
    }

    private void importForm(Element main) {
        Element section = main.appendElement("section").id("import").attr("aria-labelledby", "import-title");
        section.appendElement("h2").id("import-title").text("Import translated XLIFF files");
        section.appendElement("p").text("The same checks as " + GuideCommand.name() + " translations import: if one file fails them, nothing is written.");
        Element form = section.appendElement("form").addClass("dash-import").attr("method", "post").attr("action", PageOptions.IMPORT)
                .attr("enctype", "multipart/form-data");
        form.appendElement("input").attr("type", "hidden").attr("name", "token").attr("value", options.token());
        Element files = form.appendElement("p");
        files.appendElement("label").attr("for", "import-files").text("XLIFF files (.xlf)");
        files.appendElement("input").attr("type", "file").id("import-files").attr("name", "file").attr("multiple", "")
                .attr("accept", ".xlf,.xliff,.xml").attr("required", "");
        Element name = form.appendElement("p");
        name.appendElement("label").attr("for", "import-name").text("New page's file name (only for a page with no translation yet; it is the page's address)");
        name.appendElement("input").attr("type", "text").id("import-name").attr("name", "name")
                .attr("autocomplete", "off").attr("spellcheck", "false");
        Element force = form.appendElement("p").addClass("dash-check");
        force.appendElement("input").attr("type", "checkbox").id("import-force").attr("name", "force").attr("value", "1");
        force.appendElement("label").attr("for", "import-force")
                .text(FORCE_LABEL + " (the translation then stays outdated)");
        form.appendElement("p").appendElement("button").attr("type", "submit").text("Check and import");
    }

    /** @param conflicts the merge conflicts to name instead of the documents, or null */
    private void documents(Element main, DashboardFilter filter, ConflictsView conflicts) {
        Element section = main.appendElement("section").id("documents").attr("data-live-part", "").attr("aria-labelledby", "documents-title");
        if (conflicts != null) {
            conflicts.documents(section);
            return;
        }
        section.appendElement("h2").id("documents-title").text("Pages, most urgent first");
        Element nav = section.appendElement("nav").addClass("dash-filters").attr("aria-label", "Filter the pages");
        Element langs = nav.appendElement("p");
        langs.appendElement("span").addClass("dash-filter-name").text("Language:");
        filterLink(langs, "All", filter.withLang(null), filter.lang() == null);
        translatedInto.forEach((lang, name) -> filterLink(langs, name, filter.withLang(lang), lang.equals(filter.lang())));
        Element states = nav.appendElement("p");
        states.appendElement("span").addClass("dash-filter-name").text("State:");
        filterLink(states, "All", filter.withState(null), filter.state() == null);
        for (DashboardState s : DashboardState.values()) {
            if (!s.rare() || s == filter.state() || dashboard.entries().stream().anyMatch(e -> e.state() == s)) {
                filterLink(states, s.label(), filter.withState(s), s == filter.state());
            }
        }
        if (filter.untranslated() || dashboard.entries().stream().anyMatch(DashboardEntry::marked)) {
            Element marks = nav.appendElement("p");
            marks.appendElement("span").addClass("dash-filter-name").text("Mark:");
            filterLink(marks, "All", filter.withUntranslated(false), !filter.untranslated());
            filterLink(marks, EntryView.UNTRANSLATED + " (" + dashboard.entries(filter.untranslated(true)).size() + ")", filter.withUntranslated(true),
                    filter.untranslated());
        }
        UnknownFilterNote.of(filter, translatedInto).forEach(note -> section.appendElement("p").addClass("dash-filter-unknown").text(note));
        UnreadablePages.appendTo(section, dashboard.unreadable());
        List<DashboardEntry> shown = dashboard.entries(filter);
        section.appendElement("p").addClass("meta").id("dash-count")
                .text("Showing " + shown.size() + " of " + Words.plural(dashboard.entries().size(), "page", "pages") + noneShown(filter, shown) + ".");
        Element list = section.appendElement("ol").addClass("dash-entries");
        EntryView view = new EntryView(this::languageName, options.history());
        shown.forEach(entry -> view.appendTo(list, entry));
    }

    /**
     * Why a filter shows nothing, after the count: an empty list under "Showing 0 of 6 pages" reads as a page that
     * failed to load. A language pages are only written in (a typed {@code ?lang=pl}) is said to be one.
     */
    private String noneShown(DashboardFilter filter, List<DashboardEntry> shown) {
        if (!shown.isEmpty() || dashboard.entries().isEmpty()) {
            return "";
        }
        if (filter.lang() != null && !translatedInto.containsKey(filter.lang())) {
            return ": pages are written in " + languageName(filter.lang()) + ", not translated into it";
        }
        String mark = "marked " + EntryView.UNTRANSLATED.toLowerCase(Locale.ROOT);
        String what = filter.state() == null ? (filter.untranslated() ? mark : "listed") : filter.state().word() + (filter.untranslated() ? " and " + mark : "");
        // The language before the mark: "marked not fully translated in English" would read as translated into English.
        return ": none " + (filter.lang() == null ? "" : "in " + languageName(filter.lang()) + " ") + "is " + what;
    }

    /** The English name of a language of the site (also one only written in, which {@link #translatedInto} leaves out), or its code. */
    private String languageName(String lang) {
        return dashboard.overviews().stream().filter(o -> o.lang().equals(lang)).map(LanguageOverview::name).findFirst().orElse(lang);
    }

    private static void filterLink(Element p, String text, String href, boolean current) {
        Element a = p.appendElement("a").attr("href", href).text(text);
        if (current) {
            a.attr("aria-current", "page");
        }
    }
}
