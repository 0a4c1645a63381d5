package guide.check;

import guide.site.Language;
import guide.site.Problem;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A reader stays in the language they chose: a link from a page in one language to a page in
 * another is an error when the target has a version in the first language (its hreflang
 * alternates name one). Only links in the page's main content count: the language switch and
 * the root pages (the root page and the root not-found page, which speak every language) exist to
 * cross languages, and so does a link to the page's own translation
 * (such as "read the original"), whose version in this language is the page itself.
 */
public final class CrossLanguageLinkCheck {
    private static final Evaluator MAIN_LINKS = Selector.evaluatorOf("main a[href]:not([data-lang-switch])");
    private static final Evaluator ROOT = Selector.evaluatorOf("html");
    /** The pages at the root that offer every language. */
    private static final Set<String> ROOT_PAGES = Set.of("index.html", "404.html");
    /** How names said with a "yoo" or "w" sound although written with a vowel begin: "a Ukrainian", "a Uyghur", "a European". */
    private static final List<String> YOO = List.of("uk", "uy", "eu", "uni");
    private final String siteUrl;
    private final Function<String, Language> languages;

    /** @param languages the settings of a configured language, for its English name in messages */
    public CrossLanguageLinkCheck(String siteUrl, Function<String, Language> languages) {
        this.siteUrl = siteUrl;
        this.languages = languages;
    }

    public void checkPage(BuiltSite site, String page, Document doc, SourceLocator locator, List<Problem> problems) {
        String lang = lang(doc);
        if (ROOT_PAGES.contains(page) || lang.isEmpty()) {
            return;
        }
        for (Element link : mainLinks(doc)) {
            String raw = link.attr("href");
            String message = problem(site, page, lang, raw);
            if (message != null) {
                SourceLocator.Location at = locator.locateAddress(page, raw, link);
                problems.add(new Problem(at.file(), at.line(), message + at.note()));
            }
        }
    }

    /** True when {@link #checkPage} would find nothing, judged from the page's facts and links alone (no parsing). */
    public boolean passes(BuiltSite site, String page, PageFacts facts, PageLinks links) {
        String lang = facts.lang();
        return ROOT_PAGES.contains(page) || lang.isEmpty() || links.mainLinks().stream().allMatch(raw -> problem(site, page, lang, raw) == null);
    }

    /** Links in the main content, not those of the language switch ({@link PageLinks} finds the same in its one walk). */
    static List<Element> mainLinks(Document doc) {
        return doc.select(MAIN_LINKS);
    }

    /**
     * The frame's link to the about page ({@code aboutUrl} in {@code templates/i18n/<lang>.yaml}, in every page's header and
     * footer), held to the rule of a link in the text: another language's page is an error when {@code lang} has a version.
     *
     * @return what is wrong, in the words of a link in the text ("aboutUrl links to the Polish page …"), or null
     */
    public String problemOfAboutUrl(BuiltSite site, String lang, String url) {
        String message = problem(site, lang + "/index.html", lang, url);
        return message == null ? null : "aboutUrl " + message;
    }

    /** What is wrong with a link from {@code page} in {@code lang}, or null. */
    private String problem(BuiltSite site, String page, String lang, String raw) {
        Optional<String> target = InternalUrls.target(siteUrl, page, raw).flatMap(t -> site.resolve(InternalUrls.withoutQueryOrFragment(t)));
        if (target.isEmpty() || !target.get().endsWith(".html")) {
            return null;
        }
        String targetLang = site.facts(target.get()).lang();
        if (targetLang.isEmpty() || targetLang.equals(lang)) {
            return null;
        }
        Optional<String> version = versionIn(site, target.get(), lang);
        if (version.isPresent() && !site.resolve(InternalUrls.withoutQueryOrFragment(version.get())).equals(Optional.of(page))) {
            return "links to the " + name(targetLang) + " page " + raw + " although "
                    + article(name(lang)) + " version exists: " + version.get() + fragmentIn(site, raw, version.get());
        }
        return null;
    }

    /** The root-relative URL of the page's version in {@code lang}, if its alternates name another page. */
    private Optional<String> versionIn(BuiltSite site, String page, String lang) {
        for (Map.Entry<String, String> alternate : site.facts(page).alternates().entrySet()) {
            if (!alternate.getKey().toLowerCase(Locale.ROOT).equals(lang)) {
                continue;
            }
            String href = alternate.getValue();
            String url = href.startsWith(siteUrl + "/") ? href.substring(siteUrl.length()) : href;
            Optional<String> file = site.resolve(InternalUrls.withoutQueryOrFragment(url));
            if (file.isPresent() && !file.get().equals(page)) {
                return Optional.of(url);
            }
        }
        return Optional.empty();
    }

    /** The link's {@code #fragment}, when the other version has that id too (both languages share ids). */
    private static String fragmentIn(BuiltSite site, String raw, String version) {
        int hash = raw.indexOf('#');
        if (hash < 0 || hash == raw.length() - 1) {
            return "";
        }
        String fragment = raw.substring(hash + 1);
        Optional<String> file = site.resolve(InternalUrls.withoutQueryOrFragment(version));
        return file.isPresent() && site.ids(file.get()).contains(fragment) ? "#" + fragment : "";
    }

    private static String lang(Document doc) {
        Element html = doc.selectFirst(ROOT);
        return html == null ? "" : html.attr("lang").strip().toLowerCase(Locale.ROOT);
    }

    private String name(String lang) {
        return languages.apply(lang).englishName();
    }

    /**
     * "a Polish", "an English", "a Ukrainian": a language's name after the indefinite article (the about-page warning says
     * it too). A name written with a vowel but said with a "yoo" or "w" sound (Ukrainian, Uyghur, European…) takes "a".
     */
    public static String article(String name) {
        boolean vowel = "AEIOUaeiou".indexOf(name.charAt(0)) >= 0 && YOO.stream().noneMatch(p -> name.regionMatches(true, 0, p, 0, p.length()));
        return (vowel ? "an " : "a ") + name;
    }
}
