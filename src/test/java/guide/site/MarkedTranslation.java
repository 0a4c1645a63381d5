package guide.site;

import java.util.function.Predicate;

/**
 * An interface-words file "translated" for a test without a translator: each plain string marked as the new language's
 * ({@code siteName: The Guide} becomes {@code siteName: The Guide (de)}), so that no word is the copied file's any more
 * and the file stays valid YAML (the mark goes inside a quoted value's quotes; a flow map {@code {one: …}} and a key
 * whose value is on the lines below it are left as they are). The tests of the copy warnings and the README's "Add a
 * language" both translate this way: one rule, written once.
 */
public final class MarkedTranslation {
    private MarkedTranslation() {
    }

    /** The file {@code yaml} with every line but those {@code kept} marked as the {@code lang} translation. */
    public static String of(String yaml, String lang, Predicate<String> kept) {
        StringBuilder file = new StringBuilder();
        yaml.lines().forEach(line -> file.append(kept.test(line) ? line : line(line, lang)).append('\n'));
        return file.toString();
    }

    /** The line {@code key: value} with its plain string marked as the {@code lang} translation; any other line as it is. */
    public static String line(String line, String lang) {
        return line.replaceFirst("^(\\w+: )(?!\\{)(\"?)(.+?)(\"?)$", "$1$2$3 (" + lang + ")$4");
    }
}
