package guide.site;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The site's own settings, read from {@code jbake.properties} next to JBake's keys.
 * Languages (with their {@code site.language.<code>.*} settings), base URL, affiliate patterns and
 * list sizes live here, in one place; every bad value is a problem at its line.
 */
public final class SiteConfig {
    public static final String FILE_NAME = "jbake.properties";

    private final Path projectDir;
    private final Properties properties;
    private final List<String> languages;
    private final String defaultLanguage;
    private final String baseUrl;
    private final List<String> affiliatePatterns;
    private final int homeLatest;
    private final int archivePageSize;
    private final int feedLimit;
    private final boolean socialCards;
    private final Map<String, Language> languageSettings;
    private final LanguageKeys languageKeys;
    private final List<String> lines;

    private SiteConfig(Path projectDir, Properties properties, List<String> lines) throws BuildFailure {
        this.projectDir = projectDir;
        this.properties = properties;
        this.lines = List.copyOf(lines);
        Path file = Path.of(FILE_NAME);
        List<Problem> problems = new ArrayList<>();
        this.languages = list(properties.getProperty("site.languages", ""));
        if (languages.isEmpty()) {
            problems.add(new Problem(file, 0, "site.languages is missing (e.g. site.languages=pl,en)"));
        }
        this.defaultLanguage = LanguageCodes.defaultOf(properties.getProperty("site.defaultLanguage"), languages,
                lineOf(lines, "site.defaultLanguage"), problems);
        String url = properties.getProperty("site.host", "").trim();
        if (!url.matches("https?://[^/\\s]+(/[^\\s]*)?")) {
            problems.add(new Problem(file, lineOf(lines, "site.host"), "site.host must be the site's absolute base URL, e.g. https://example.org (found '" + url + "')"));
        } else if (!url.matches("https?://[^/\\s]+/?")) {
            // Pages, feeds, redirects and the search link to each other by root-relative paths (/pl/...): in a folder they would all miss.
            problems.add(new Problem(file, lineOf(lines, "site.host"), "site.host must be a host name without a folder (found '" + url
                    + "'): the guide's pages link to each other from the root of their host (/pl/...), so it cannot be served from"
                    + " a folder; serve it from a host name of its own, e.g. https://guide.example.org"));
        } else if (hostOf(url) == null) {
            problems.add(new Problem(file, lineOf(lines, "site.host"), "site.host has no host name a browser can use (found '" + url
                    + "'): write letters, digits, '-' and '.' (a domain with other letters in its xn-- form), and after a ':' only a port number"));
        }
        this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.affiliatePatterns = list(properties.getProperty("site.affiliate.patterns", ""));
        this.homeLatest = count(properties, lines, "site.home.latest", 10, problems);
        this.archivePageSize = count(properties, lines, "site.archive.pageSize", 50, problems);
        this.feedLimit = count(properties, lines, "site.feed.limit", 20, problems);
        String cards = properties.getProperty("site.socialCards", "true").trim();
        if (!cards.equals("true") && !cards.equals("false")) {
            problems.add(new Problem(file, lineOf(lines, "site.socialCards"), "site.socialCards must be true or false (found '" + cards + "')"));
        }
        this.socialCards = !cards.equals("false");
        this.languageKeys = LanguageKeys.of(properties, languages, key -> lineOf(lines, key), problems);
        this.languageSettings = LanguageSettings.read(properties, languages, languageKeys, key -> lineOf(lines, key), problems);
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
    }

    /**
     * Like {@link #load}, for a build, which also needs every folder it reads: the content, the
     * templates and the assets. A missing one is named with its setting's line (or as the default
     * the setting fell back to), not met as an unexpected error halfway through the build.
     */
    public static SiteConfig loadForBuild(Path projectDir) throws BuildFailure {
        SiteConfig config = load(projectDir);
        List<Problem> problems = new ArrayList<>();
        Folders folders = config.folders();
        config.folderMustExist(folders.content(), "content.folder", "the Markdown", problems);
        config.folderMustExist(folders.templates(), "template.folder", "the templates", problems);
        config.folderMustExist(folders.assets(), "asset.folder", "the style sheets and scripts", problems);
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        return config;
    }

    private void folderMustExist(Path folder, String key, String holds, List<Problem> problems) {
        if (!Files.isDirectory(folder)) {
            String name = projectDir.relativize(folder).toString().replace('\\', '/');
            problems.add(new Problem(Path.of(FILE_NAME), lineOf(lines, key), "the folder " + name + "/ (" + key + ", which holds " + holds
                    + ") does not exist: create it, or set " + key + " to the folder that holds " + holds));
        }
    }

    /** Reads {@code jbake.properties} from the project folder (UTF-8). */
    public static SiteConfig load(Path projectDir) throws BuildFailure {
        Objects.requireNonNull(projectDir, "projectDir");
        checkProject(projectDir);
        Path file = projectDir.resolve(FILE_NAME);
        Properties properties = new Properties();
        List<String> lines;
        try {
            String text = Utf8Text.read(file);
            BuildFailure.throwIfAny(MergeConflicts.in(Path.of(FILE_NAME), text), List.of());
            properties.load(new StringReader(text));
            lines = text.lines().toList();
        } catch (Utf8Text.NotUtf8 e) {
            throw new BuildFailure(List.of(e.at(Path.of(FILE_NAME))));
        } catch (IOException e) {
            throw new BuildFailure(List.of(new Problem(Path.of(FILE_NAME), 0, "cannot read configuration: " + IoReason.of(e))));
        }
        return new SiteConfig(projectDir, properties, lines);
    }

    /**
     * Refuses a project folder that is none: missing, a file, or a folder without {@code jbake.properties} (a --project
     * mistyped, or given the content folder); before anything else reads or writes in it.
     */
    public static void checkProject(Path projectDir) throws BuildFailure {
        String what;
        if (!Files.exists(projectDir)) {
            what = "no such folder";
        } else if (!Files.isDirectory(projectDir)) {
            what = "a file, not a project folder";
        } else if (!Files.exists(projectDir.resolve(FILE_NAME))) {
            what = "not a guide project: it has no " + FILE_NAME;
        } else {
            return;
        }
        throw new BuildFailure(List.of(new Problem(projectDir, 0, what + "; give --project the folder that holds " + FILE_NAME
                + ", content/ and templates/")));
    }

    /** A whole number of at least 1, or the default when the key is absent; else a problem at the key's line. */
    private static int count(Properties properties, List<String> lines, String key, int fallback, List<Problem> problems) {
        String value = properties.getProperty(key);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new Problem(Path.of(FILE_NAME), lineOf(lines, key), key + " must be a whole number of at least 1 (found '" + value.trim() + "')"));
        return fallback;
    }

    /** The 1-based line that sets {@code key} (the last one, as Properties keeps the last), or 0. */
    private static int lineOf(List<String> lines, String key) {
        int line = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().matches(Pattern.quote(key) + "\\s*[=:].*")) {
                line = i + 1;
            }
        }
        return line;
    }

    /**
     * A setting of {@code jbake.properties} with the line that sets it, for settings that other
     * commands read and validate themselves (e.g. {@code site.publish.*}); empty when absent.
     */
    public Optional<Setting> setting(String key) {
        String value = properties.getProperty(key);
        return value == null ? Optional.empty() : Optional.of(new Setting(key, value.trim(), lineOf(lines, key)));
    }

    /**
     * The setting {@code site.language.<code>.<name>} of the listed language {@code code}, under the key the file writes it
     * with, in any case ({@code site.language.en-us.locale} for {@code en-US}); empty when absent.
     */
    public Optional<Setting> languageSetting(String code, String name) {
        return languageKeys.key(code, name).flatMap(this::setting);
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public Path projectDir() {
        return projectDir;
    }

    public Path contentDir() {
        return folders().content();
    }

    public Path templateDir() {
        return folders().templates();
    }

    public Path assetDir() {
        return folders().assets();
    }

    private Folders folders() {
        return Folders.of(projectDir, properties);
    }

    /** The folders a build reads, from {@code jbake.properties} without validating the rest of it: enough to tell whether
     *  anything changed since the last build before paying for the validation (ICU's locale data alone costs a tenth of a second). */
    public record Folders(Path content, Path templates, Path assets) {
        /** Reads only the folder keys of the project's {@code jbake.properties}; the defaults if it cannot be read. */
        public static Folders read(Path projectDir) {
            Properties properties = new Properties();
            try {
                properties.load(new StringReader(Utf8Text.read(projectDir.resolve(FILE_NAME))));
            } catch (IOException | IllegalArgumentException e) {
                properties.clear(); // load() reports it, with the file's name
            }
            return of(projectDir, properties);
        }

        private static Folders of(Path projectDir, Properties properties) {
            return new Folders(projectDir.resolve(properties.getProperty("content.folder", "content")),
                    projectDir.resolve(properties.getProperty("template.folder", "templates")),
                    projectDir.resolve(properties.getProperty("asset.folder", "assets")));
        }
    }

    /** Configured language codes, the default first when listed first. */
    public List<String> languages() {
        return languages;
    }

    /** The settings of a configured language. */
    public Language language(String code) {
        Language language = languageSettings.get(code);
        if (language == null) {
            throw new IllegalArgumentException("not a configured language: " + code);
        }
        return language;
    }

    public String defaultLanguage() {
        return defaultLanguage;
    }

    /** Absolute base URL without a trailing slash, e.g. {@code https://example.org}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** Glob patterns over {@code host/path?query} (no scheme, no "www.") that mark affiliate links. */
    public List<String> affiliatePatterns() {
        return affiliatePatterns;
    }

    /** How many of the newest articles a home page lists ({@code site.home.latest}, default 10). */
    public int homeLatest() {
        return homeLatest;
    }

    /** Articles per page of the archive that lists them all ({@code site.archive.pageSize}, default 50). */
    public int archivePageSize() {
        return archivePageSize;
    }

    /** How many of the newest articles a language's Atom feed carries ({@code site.feed.limit}, default 20). */
    public int feedLimit() {
        return feedLimit;
    }

    /** Whether the build draws a social card for every page ({@code site.socialCards}, default true); without them pages
     *  have no {@code og:image} unless an article names its own picture. */
    public boolean socialCards() {
        return socialCards;
    }

    /** All properties, JBake's included, to pass on to the engine. */
    public Properties properties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    /** The host of an absolute URL as Java's URI reads it (null for "guide_site.example", "bücher.example" or a port that is no number). */
    private static String hostOf(String url) {
        try {
            return new java.net.URI(url).getHost();
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
