package guide.readme;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The line numbers and counts of {@code templates/i18n/*.yaml} in a build's messages, which move each time someone
 * adds an interface word. A README quote is compared with the build's output with them {@linkplain #masked masked}, so
 * adding a word never makes the README stale; and, separately, each number the build printed is checked against the
 * files as they were at that build ({@link #assertRight}): the line of the key the message names, found by reading the
 * file line by line, and the count of words that are the same, counted from the YAML. A message this class cannot tie
 * to a key fails, rather than pass unchecked.
 */
final class InterfaceWordLines {
    private static final Pattern AT = Pattern.compile("templates/i18n/(\\w+)\\.yaml:(\\d+): (?:warning: )?(.*)");
    private static final Pattern DEFINED = Pattern.compile("\\(defined in (\\w+)\\.yaml line (\\d+)\\)");
    private static final Pattern KEY = Pattern.compile("^(?:interface word |UI string )?'(\\w+)'|^(\\w+) (?:links to |')");
    private static final Pattern BROKEN = Pattern.compile("^broken link \\(no such page or file\\): (\\S+)");
    private static final Pattern SAME = Pattern.compile("^(\\d+) of (\\d+) interface words are the same as (\\w+)\\.yaml's");

    /** Each language's file, as its lines. */
    private final Map<String, List<String>> files;

    private InterfaceWordLines(Map<String, List<String>> files) {
        this.files = files;
    }

    /** The project's interface files as they are now: take this right after the build, before putting a file back. */
    static InterfaceWordLines in(Path project) {
        Map<String, List<String>> files = new HashMap<>();
        try (Stream<Path> yaml = Files.list(project.resolve("templates/i18n"))) {
            for (Path file : yaml.filter(path -> path.toString().endsWith(".yaml")).toList()) {
                files.put(file.getFileName().toString().replace(".yaml", ""), Files.readAllLines(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new InterfaceWordLines(files);
    }

    /** The line with the interface files' line numbers and the counts of their words written N and M, as a README quote is compared. */
    static String masked(String line) {
        return line.replaceAll("(templates/i18n/\\w+\\.yaml):\\d+:", "$1:N:")
                .replaceAll("\\(defined in (\\w+\\.yaml) line \\d+\\)", "(defined in $1 line N)")
                .replaceAll("\\b\\d+ of \\d+ interface words\\b", "N of M interface words");
    }

    /** Every interface file's line number and count in the printed lines is the right one for the files. */
    void assertRight(List<String> printed) {
        for (String line : printed) {
            Matcher defined = DEFINED.matcher(line);
            if (defined.find()) {
                Matcher key = KEY.matcher(line.substring(line.indexOf(": ") + 2));
                assertEquals(lineOf(defined.group(1), key.find() ? key.group(1) : "?"), Integer.parseInt(defined.group(2)), line);
            }
            Matcher at = AT.matcher(line);
            if (at.find()) {
                assertEquals(expectedLine(at.group(1), at.group(3), line), Integer.parseInt(at.group(2)),
                        "the build names the wrong line of templates/i18n/" + at.group(1) + ".yaml: " + line);
            }
        }
    }

    /** The line the message should name: its key's, the address's, or the first word the same as the other file's. */
    private int expectedLine(String lang, String message, String line) {
        Matcher key = KEY.matcher(message);
        if (key.find()) {
            return lineOf(lang, key.group(1) != null ? key.group(1) : key.group(2));
        }
        Matcher broken = BROKEN.matcher(message);
        if (broken.find()) {
            return lineWhere(lang, text -> text.matches("\\w+: " + Pattern.quote(broken.group(1))), broken.group(1));
        }
        Matcher same = SAME.matcher(message);
        if (same.find()) {
            Map<String, String> words = words(lang);
            Map<String, String> other = words(same.group(3));
            List<String> compared = words.keySet().stream().filter(other::containsKey).toList();
            List<String> alike = compared.stream().filter(word -> words.get(word).equals(other.get(word))).toList();
            assertEquals(alike.size() + " of " + compared.size(), same.group(1) + " of " + same.group(2), "the count in " + line);
            String first = alike.get(0);
            return lineOf(lang, first.contains(".") ? first.substring(0, first.indexOf('.')) : first);
        }
        throw new AssertionError("InterfaceWordLines does not know which key of templates/i18n/" + lang + ".yaml this message is about,"
                + " so cannot check its line; teach it: " + line);
    }

    /** The line (from 1) a top-level key is defined on. */
    int lineOf(String lang, String key) {
        return lineWhere(lang, text -> text.startsWith(key + ":"), key);
    }

    private int lineWhere(String lang, java.util.function.Predicate<String> wanted, String what) {
        List<String> lines = files.get(lang);
        if (lines == null) {
            throw new AssertionError("no templates/i18n/" + lang + ".yaml at the build");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (wanted.test(lines.get(i))) {
                return i + 1;
            }
        }
        throw new AssertionError("templates/i18n/" + lang + ".yaml has no line for " + what);
    }

    /** Every word of the file, in file order: "siteName", "readingTime.few", "originalIn.en" (a string, a plural form, a word about a language). */
    private Map<String, String> words(String lang) {
        Map<String, Object> yaml = new Yaml().load(String.join("\n", files.get(lang)));
        Map<String, String> words = new LinkedHashMap<>();
        yaml.forEach((key, value) -> {
            if (value instanceof Map<?, ?> forms) {
                forms.forEach((form, text) -> words.put(key + "." + form, String.valueOf(text)));
            } else {
                words.put(key, String.valueOf(value));
            }
        });
        return words;
    }
}
