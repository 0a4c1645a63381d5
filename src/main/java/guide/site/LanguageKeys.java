package guide.site;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.ToIntFunction;

/**
 * The keys of the per-language settings, {@code site.language.<code>.<setting>}, each taken for the language of
 * {@code site.languages} whose code it names in any case: {@code site.language.en-us.locale} is {@code en-US}'s locale when
 * {@code site.languages} lists {@code en-US}, as language tags are the same in any case (RFC 5646, 2.1.1) and
 * {@code site.defaultLanguage} is taken in any case too. A key for a code not listed, a setting not known, or one setting
 * given twice for one language in two spellings is a problem at its line.
 */
final class LanguageKeys {
    static final String PREFIX = "site.language.";
    private static final List<String> SETTINGS = List.of("locale", "transliteration", "typography", "glueBefore", "keepTogether", "legalTerms");

    /** The key as written in the file, by listed code and setting ({@code en-US/locale}). */
    private final Map<String, String> written;

    private LanguageKeys(Map<String, String> written) {
        this.written = written;
    }

    /** Reads the keys of {@code properties} for the languages {@code codes}; problems at the line {@code lineOf} gives a key. */
    static LanguageKeys of(Properties properties, List<String> codes, ToIntFunction<String> lineOf, List<Problem> problems) {
        Path file = Path.of(SiteConfig.FILE_NAME);
        Map<String, String> written = new HashMap<>();
        // In the file's order, so that of one setting given twice the later line (the one an editor added) is the one named.
        List<String> keys = properties.stringPropertyNames().stream().filter(key -> key.startsWith(PREFIX))
                .sorted(Comparator.comparingInt(lineOf::applyAsInt).thenComparing(Comparator.naturalOrder())).toList();
        for (String key : keys) {
            int line = lineOf.applyAsInt(key);
            String rest = key.substring(PREFIX.length());
            int dot = rest.indexOf('.');
            String code = dot < 0 ? rest : rest.substring(0, dot);
            String setting = dot < 0 ? "" : rest.substring(dot + 1);
            Optional<String> listed = codes.stream().filter(code::equals).findFirst()
                    .or(() -> codes.stream().filter(code::equalsIgnoreCase).findFirst());
            if (listed.isEmpty()) {
                problems.add(new Problem(file, line, key + ": '" + code + "' is not in site.languages " + codes));
            } else if (!SETTINGS.contains(setting)) {
                problems.add(new Problem(file, line, key + ": unknown setting '" + setting + "' (known: " + String.join(", ", SETTINGS) + ")"));
            } else {
                String earlier = written.putIfAbsent(listed.get() + "/" + setting, key);
                if (earlier != null) {
                    problems.add(new Problem(file, line, key + ": " + earlier + " (line " + lineOf.applyAsInt(earlier)
                            + ") sets the " + setting + " of '" + listed.get() + "' too (language tags are the same in any case): keep one"));
                }
            }
        }
        return new LanguageKeys(written);
    }

    /** The key as the file writes it for {@code setting} of the listed language {@code code}, if the file sets it. */
    Optional<String> key(String code, String setting) {
        return Optional.ofNullable(written.get(code + "/" + setting));
    }

    /** The key that sets {@code setting} of {@code code}, as written if set, else as it would be written. */
    String keyOrDefault(String code, String setting) {
        return key(code, setting).orElse(PREFIX + code + "." + setting);
    }
}
