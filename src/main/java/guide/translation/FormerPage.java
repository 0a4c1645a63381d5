package guide.translation;

import guide.content.ContentDocument;
import guide.site.SiteConfig;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the page at an address the site no longer has went: for a broken link to {@code /en/about/},
 * the file that address came from ({@code content/en/about.md}) is looked up in the project's git
 * history, and the published page of the same language with that version's translationKey is the page
 * now, under its new name ({@code git mv content/en/about.md content/en/about-us.md}). The translationKey
 * is the content's own name for a page, which a rename keeps: no guess from the spelling of addresses.
 * A file with no history (never committed, or no git) gives nothing, and so does an address that is
 * not a plain page of a language folder; in a shallow clone (CI's {@code git clone --depth 1}), whose history may have
 * left out the rename, the message says so and how to fetch the rest.
 */
public final class FormerPage {
    private static final int VERSIONS = 20;
    private final SiteConfig config;
    private final List<ContentDocument> published;
    private final FileHistory history;
    private final Map<String, Optional<String>> known = new HashMap<>();
    private GitHistory kind;

    public FormerPage(SiteConfig config, List<ContentDocument> published) {
        this(config, published, new GitFiles(config.projectDir()));
    }

    /** @param history the project's history of its files: git's, or in tests versions given without git */
    FormerPage(SiteConfig config, List<ContentDocument> published, FileHistory history) {
        this.config = config;
        this.published = List.copyOf(published);
        this.history = history;
    }

    /**
     * What to say after a broken link to the root-relative {@code path}, beginning with {@code ": "}; empty when nothing is known.
     *
     * @param rest the link's {@code ?query} and {@code #fragment}, as written, kept on the address to link to instead
     */
    public synchronized Optional<String> of(String path, String rest) {
        return known.computeIfAbsent(path, this::lookUp).map(hint -> hint.endsWith("/") ? hint + rest : hint);
    }

    private Optional<String> lookUp(String path) {
        String[] parts = path.split("/", -1); // "", "en", "about", ""
        if (parts.length != 4 || !parts[0].isEmpty() || !parts[3].isEmpty() || parts[2].isEmpty() || !config.languages().contains(parts[1])) {
            return Optional.empty();
        }
        String lang = parts[1];
        String file = config.projectDir().relativize(config.contentDir().resolve(lang).resolve(parts[2] + ".md")).toString().replace('\\', '/');
        if (Files.exists(config.projectDir().resolve(file))) {
            return Optional.empty();
        }
        List<FileHistory.Version> versions = history.versions(file, VERSIONS).stream()
                .filter(v -> v.path().endsWith(file)).toList(); // --follow lists the names it had before, too: only this one's
        if (versions.isEmpty()) {
            return shallow() ? Optional.of(": this is a shallow clone (made with --depth, as CI makes one), and " + file + " may have been renamed"
                    + " or deleted in the history it left out: run git fetch --unshallow and build again to see where its page went") : Optional.empty();
        }
        return history.firstMatching(versions, FormerPage::translationKey).map(key -> published.stream()
                .filter(d -> d.lang().equals(lang) && d.translationKey().equals(key)).findFirst()
                .map(now -> ": its page, " + file + " (translationKey '" + key + "'), has moved to " + source(now) + ": link to " + now.url())
                .orElse(": its page, " + file + " (translationKey '" + key + "'), no longer exists, and no published "
                        + config.language(lang).englishName() + " page has that translationKey: link to another page, or remove the link"));
    }

    /** Whether the project is a shallow clone, asked of its history once, and only for a link whose page has no history. */
    private boolean shallow() {
        if (kind == null) {
            kind = history.kind();
        }
        return kind == GitHistory.SHALLOW;
    }

    private static String source(ContentDocument doc) {
        return doc.source().toString().replace('\\', '/');
    }

    private static Optional<String> translationKey(String text) {
        return text.lines().takeWhile(l -> !l.startsWith("~~~~~~")).filter(l -> l.startsWith("translationKey="))
                .map(l -> l.substring("translationKey=".length()).strip()).filter(k -> !k.isEmpty()).findFirst();
    }
}
