package guide.translation;

import guide.content.FrontMatterParser;
import guide.content.SiteContent;
import guide.site.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pages that could not be read (not UTF-8, no header, a header the build refuses), set against the translations the
 * report calls missing. Such a page is left out of what the report knows, so a translation that exists but cannot be read
 * looks missing, and the report would send the translator to start one that is there. A page is that translation when its
 * header, read as far as it can be, still gives its translationKey; a page of the language whose key cannot be read at
 * all (an empty file, say) may be any of the language's missing translations, and is named beside each of them.
 */
public final class UnreadTranslations {
    /** No unreadable pages. */
    public static final UnreadTranslations NONE = new UnreadTranslations(List.of());

    /**
     * One page that could not be read.
     *
     * @param file     its path relative to the project, with '/'
     * @param lang     its language folder
     * @param key      the translationKey its header still shows, or null
     * @param problems why it could not be read, each as {@code file:line: message}
     */
    public record Page(String file, String lang, String key, List<String> problems) {
        /** The problems, one after another: "content/en/about.md:29: not valid UTF-8: …". */
        public String why() {
            return String.join("; ", problems);
        }
    }

    private final List<Page> pages;

    /** These pages; {@link #of} finds them in a scan's problems (tests give them as they are). */
    UnreadTranslations(List<Page> pages) {
        this.pages = List.copyOf(pages);
    }

    /** The pages of {@code content} that its problems kept from being read. */
    public static UnreadTranslations of(SiteContent content) {
        Path projectDir = content.config().projectDir().toAbsolutePath().normalize();
        Path contentDir = content.config().contentDir().toAbsolutePath().normalize();
        Map<Path, List<String>> byFile = new LinkedHashMap<>();
        for (Problem problem : content.problems()) {
            Path file = projectDir.resolve(problem.file()).normalize();
            if (!problem.isWarning() && file.startsWith(contentDir) && file.getFileName().toString().endsWith(".md")) {
                byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(problem.toString());
            }
        }
        List<Page> pages = new ArrayList<>();
        byFile.forEach((file, problems) -> {
            Path relative = contentDir.relativize(file);
            String lang = relative.getName(0).toString(); // a page at the folder's top: its file name, which is no language
            if (content.config().languages().contains(lang)) {
                pages.add(new Page(projectDir.relativize(file).toString().replace('\\', '/'), lang, key(file), problems));
            }
        });
        return new UnreadTranslations(pages);
    }

    /** The translationKey the file's header shows when read leniently (bytes that are no UTF-8 read as replacement characters), or null. */
    private static String key(Path file) {
        try {
            String key = FrontMatterParser.lenient(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).get("translationKey");
            return key == null || key.isBlank() ? null : key.strip();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Every page of the languages that could not be read. */
    public List<Page> pages() {
        return pages;
    }

    /** The unreadable page that is this missing translation, by the key its header still shows. */
    public Optional<Page> of(TranslationState state) {
        if (state.status() != TranslationState.Status.MISSING || state.sourceGone()) {
            return Optional.empty();
        }
        return pages.stream().filter(p -> p.lang().equals(state.lang()) && state.key().equals(p.key())).findFirst();
    }

    /** The unreadable pages of this missing translation's language whose key cannot be read: any of them may be it. */
    public List<Page> maybe(TranslationState state) {
        if (state.status() != TranslationState.Status.MISSING || state.sourceGone() || of(state).isPresent()) {
            return List.of();
        }
        return pages.stream().filter(p -> p.lang().equals(state.lang()) && p.key() == null).toList();
    }

    /**
     * The unreadable page that is the source of this orphaned translation, or of this key's gone source ({@link
     * TranslationState#sourceGone()}), by the key its header still shows: the source is not gone, it cannot be read.
     */
    public Optional<Page> sourceOf(TranslationState state) {
        if (state.status() == TranslationState.Status.ORPHANED) {
            return pages.stream().filter(p -> !p.lang().equals(state.lang()) && state.key().equals(p.key())).findFirst();
        }
        if (state.sourceGone()) {
            return pages.stream().filter(p -> p.lang().equals(state.lang()) && state.key().equals(p.key())).findFirst();
        }
        return Optional.empty();
    }
}
