package guide.translation;

import guide.i18n.UiStrings;
import guide.site.Problem;
import guide.site.SiteConfig;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The name a new translation of the about page must have. Every page of a language links to its about page at the
 * address the language's {@code aboutUrl} gives ({@code templates/i18n/<lang>.yaml}), so a translation of the source
 * language's about page named anything else leaves the build stopped at a broken link: the report and the dashboard
 * suggest this name (ueber-den-leitfaden for {@code /de/ueber-den-leitfaden/}) rather than the title's words or the
 * translationKey.
 */
public final class AboutPageName {
    /** No language's aboutUrl known: no name required. */
    public static final AboutPageName NONE = new AboutPageName(Map.of(), Map.of());

    private final Map<String, String> aboutUrls;
    private final Map<String, String> stringsFiles;

    private AboutPageName(Map<String, String> aboutUrls, Map<String, String> stringsFiles) {
        this.aboutUrls = aboutUrls;
        this.stringsFiles = stringsFiles;
    }

    /** The aboutUrl of each of the project's languages, read as a build reads them (its problems are the build's to report). */
    public static AboutPageName of(SiteConfig config) {
        List<Problem> ignored = new ArrayList<>();
        UiStrings ui = UiStrings.load(config.projectDir(), config.templateDir().resolve("i18n"),
                config.languages().stream().map(config::language).toList(), ignored);
        Map<String, String> urls = new LinkedHashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        for (String lang : config.languages()) {
            String url = ui.strings(lang).get("aboutUrl");
            if (url != null) {
                urls.put(lang, url);
                files.put(lang, config.projectDir().relativize(config.templateDir().resolve("i18n").resolve(lang + ".yaml"))
                        .toString().replace('\\', '/'));
            }
        }
        return new AboutPageName(urls, files);
    }

    /**
     * For a missing translation of the source language's about page: the name its language's aboutUrl requires
     * ({@code /de/ueber-den-leitfaden/} requires ueber-den-leitfaden); empty for any other page, or when the aboutUrl
     * is not an address of the language's own ({@code /pl/o-przewodniku/} for German names no page to create).
     */
    public Optional<String> required(TranslationState state) {
        if (state.status() != TranslationState.Status.MISSING || state.source() == null) {
            return Optional.empty();
        }
        String sourceAbout = aboutUrls.get(state.source().lang());
        String own = aboutUrls.get(state.lang());
        if (sourceAbout == null || own == null || !path(sourceAbout).equals(state.source().url())) {
            return Optional.empty();
        }
        String prefix = "/" + state.lang() + "/";
        String path = path(own);
        if (!path.startsWith(prefix) || !path.endsWith("/") || path.length() <= prefix.length() + 1) {
            return Optional.empty();
        }
        String name = path.substring(prefix.length(), path.length() - 1);
        return name.contains("/") ? Optional.empty() : Optional.of(name);
    }

    /** Where a language's aboutUrl is set, as the project's messages name it: {@code templates/i18n/de.yaml}. */
    public String stringsFile(String lang) {
        return stringsFiles.getOrDefault(lang, "templates/i18n/" + lang + ".yaml");
    }

    /** The address without its query and fragment. */
    private static String path(String url) {
        return url.split("[?#]", 2)[0];
    }
}
