package guide.content;

import guide.site.Problem;
import guide.site.MergeConflicts;
import guide.site.Utf8Text;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code content/authors.yaml}: one entry per author, with a bio in every language.
 * Missing languages and malformed entries are problems, not silent gaps on the page. It also
 * remembers the entries it could not read, and whether it could read the file at all, so that a
 * page naming such an author is not told the author is unknown: the one fault is in this file,
 * at its own line, and a page per author would bury it.
 */
public final class Authors {
    public static final String FILE = "authors.yaml";

    private final Map<String, Author> byId;
    private final Set<String> faulty;
    private final boolean unread;

    private Authors(Map<String, Author> byId, Set<String> faulty, boolean unread) {
        this.byId = byId;
        this.faulty = faulty;
        this.unread = unread;
    }

    private static Authors unread(Map<String, Author> none) {
        return new Authors(none, Set.of(), true);
    }

    private static Authors unread(Map<String, Author> none, Problem why, List<Problem> problems) {
        problems.add(why);
        return unread(none);
    }

    /**
     * Whether a page may name this author without being told it is unknown: the file has it, or
     * has an entry for it that is faulty, or could not be read (each of those a problem of its own).
     */
    public boolean accounted(String id) {
        return unread || byId.containsKey(id) || faulty.contains(id);
    }

    public Optional<Author> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Map<String, Author> all() {
        return byId;
    }

    /** Loads the authors file; problems name the file (and line, for YAML syntax errors). */
    public static Authors load(Path projectDir, Path contentDir, List<String> languages, List<Problem> problems) {
        Path file = contentDir.resolve(FILE);
        Path shown = projectDir.relativize(file);
        Map<String, Author> result = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return unread(result, new Problem(shown, 0, "authors file is missing: every article needs an author entry here"), problems);
        }
        Object root;
        YamlKeyLines at;
        try {
            String text = Utf8Text.read(file);
            if (MergeConflicts.found(shown, text, problems)) { // not the YAML error the markers would cause
                return unread(result);
            }
            at = new YamlKeyLines(text);
            root = new Yaml(new LoaderOptions()).load(text);
        } catch (MarkedYAMLException e) {
            return unread(result, new Problem(shown, e.getProblemMark().getLine() + 1, "YAML error: " + e.getProblem()), problems);
        } catch (IOException e) {
            return unread(result, Utf8Text.problem(shown, e), problems);
        }
        if (!(root instanceof Map<?, ?> entries)) {
            problems.add(new Problem(shown, 1, "expected one entry per author id"));
            return unread(result);
        }
        Set<String> faulty = new HashSet<>();
        for (Map.Entry<?, ?> entry : entries.entrySet()) {
            String id = String.valueOf(entry.getKey());
            if (!(entry.getValue() instanceof Map<?, ?> fields)) {
                problems.add(new Problem(shown, at.entry(id), "author '" + id + "' must be a map of fields"));
                faulty.add(id);
                continue;
            }
            Map<String, String> names = names(id, "name", fields.get("name"), null, languages, shown, at, problems);
            if (names == null) {
                faulty.add(id);
                continue;
            }
            Map<String, String> creditNames = names(id, "creditName", fields.get("creditName"), names, languages, shown, at, problems);
            Map<String, String> role = perLanguage(id, "role", fields.get("role"), languages, shown, at, problems);
            Map<String, String> bio = perLanguage(id, "bio", fields.get("bio"), languages, shown, at, problems);
            List<Author.Profile> profiles = new ArrayList<>();
            if (fields.get("profiles") instanceof List<?> list) {
                for (Object p : list) {
                    if (p instanceof Map<?, ?> pm && pm.get("label") instanceof String label && pm.get("url") instanceof String url) {
                        profiles.add(new Author.Profile(label, url));
                    } else {
                        problems.add(new Problem(shown, at.field(id, "profiles"), "author '" + id + "': each profile needs a label and a url"));
                    }
                }
            }
            String url = url(id, fields.get("url"), shown, at, problems);
            Object schemaType = fields.get("schemaType");
            if (schemaType != null && !List.of("Person", "Organization").contains(schemaType)) {
                problems.add(new Problem(shown, at.field(id, "schemaType"), "author '" + id + "': schemaType must be Person or Organization"));
            }
            result.put(id, new Author(id, schemaType == null ? "Person" : (String) schemaType, names, creditNames, role, bio, url, List.copyOf(profiles)));
        }
        return new Authors(result, Set.copyOf(faulty), false);
    }

    /**
     * An author's {@code url}: a full address of their own ({@code https://…}), or {@link Author#ABOUT_PAGE} for the site's own
     * team; anything else (an address on the site, one per language) would be a second place to keep in step with
     * {@code aboutUrl}, and is a problem at its line.
     */
    private static String url(String id, Object value, Path shown, YamlKeyLines at, List<Problem> problems) {
        if (value == null || value instanceof String s && (s.equals(Author.ABOUT_PAGE) || s.startsWith("https://") || s.startsWith("http://"))) {
            return (String) value;
        }
        problems.add(new Problem(shown, at.field(id, "url"), "author '" + id + "': url must be the full address of the author's own page"
                + " (https://…), or '" + Author.ABOUT_PAGE + "' for the site's own team, whose name then links to each language's about page"
                + " (aboutUrl in templates/i18n/<lang>.yaml)"));
        return null;
    }

    /**
     * A name: one string for every language, or a text per language ({@code name: {pl: …, en: …}});
     * {@code fallback} when absent (null: the field is required).
     */
    private static Map<String, String> names(String id, String field, Object value, Map<String, String> fallback, List<String> languages,
                                             Path shown, YamlKeyLines at, List<Problem> problems) {
        if (value == null && fallback != null) {
            return fallback;
        }
        if (value instanceof String name) {
            Map<String, String> names = new LinkedHashMap<>();
            languages.forEach(lang -> names.put(lang, name));
            return names;
        }
        if (value instanceof Map<?, ?>) {
            return perLanguage(id, field, value, languages, shown, at, problems);
        }
        problems.add(new Problem(shown, at.field(id, field), "author '" + id + "' has no " + field + ": write " + field + ": Name, or one per language"));
        return null;
    }

    private static Map<String, String> perLanguage(String id, String field, Object value, List<String> languages,
                                                   Path shown, YamlKeyLines at, List<Problem> problems) {
        int line = at.field(id, field);
        Map<String, String> texts = new LinkedHashMap<>();
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(new Problem(shown, line, "author '" + id + "': '" + field + "' needs one text per language " + languages));
            return texts;
        }
        for (String lang : languages) {
            if (map.get(lang) instanceof String text && !text.isBlank()) {
                texts.put(lang, text.strip());
            } else {
                problems.add(new Problem(shown, line, "author '" + id + "': '" + field + "' has no text in '" + lang + "': add '" + lang + ": …' "
                        + switch (at.style(id, field)) {
                            case BLOCK -> "under it";
                            case BRACES -> "inside its { }";
                            case BRACES_IN_ENTRY -> "inside the { } after '" + field + ":'";
                        }));
            }
        }
        return texts;
    }
}
