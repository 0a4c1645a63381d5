package guide.i18n;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The numeric counter styles CSS predefines (CSS Counter Styles Level 3, section 6.1, "Numeric"), each by its ten digits,
 * so that a language's digits find the style a CSS counter writes them with: {@code devanagari} for "०१२३४५६७८९". Only
 * the styles that write a number digit by digit with ten symbols are here, which is how CLDR's non-algorithmic
 * numbering systems write one; additive styles ({@code hebrew}, {@code armenian}, {@code lower-roman}) and
 * {@code decimal-leading-zero} are not. {@code cambodian} is {@code khmer} under another name, so only {@code khmer}
 * answers for its digits. Every one of them draws its digits in Chromium 156.
 */
public final class CounterStyles {
    /** Style by its digits, in the specification's order. */
    private static final Map<String, String> NUMERIC = new LinkedHashMap<>();

    static {
        NUMERIC.put(run('0'), "decimal");
        NUMERIC.put(run('\u0660'), "arabic-indic");
        NUMERIC.put(run('\u09E6'), "bengali");
        NUMERIC.put(run('\u17E0'), "khmer");
        NUMERIC.put("\u3007\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D", "cjk-decimal");
        NUMERIC.put(run('\u0966'), "devanagari");
        NUMERIC.put(run('\u0AE6'), "gujarati");
        NUMERIC.put(run('\u0A66'), "gurmukhi");
        NUMERIC.put(run('\u0CE6'), "kannada");
        NUMERIC.put(run('\u0ED0'), "lao");
        NUMERIC.put(run('\u0D66'), "malayalam");
        NUMERIC.put(run('\u1810'), "mongolian");
        NUMERIC.put(run('\u1040'), "myanmar");
        NUMERIC.put(run('\u0B66'), "oriya");
        NUMERIC.put(run('\u06F0'), "persian");
        NUMERIC.put(run('\u0BE6'), "tamil");
        NUMERIC.put(run('\u0C66'), "telugu");
        NUMERIC.put(run('\u0E50'), "thai");
        NUMERIC.put(run('\u0F20'), "tibetan");
    }

    private CounterStyles() {
    }

    /** The predefined style whose symbols are {@code digits} (zero to nine, in order), if CSS has one. */
    public static Optional<String> writing(String digits) {
        return Optional.ofNullable(NUMERIC.get(digits));
    }

    /** The ten digits of the predefined numeric style {@code name} ({@code cambodian} too), if it is one. */
    public static Optional<String> digitsOf(String name) {
        String style = name.equals("cambodian") ? "khmer" : name;
        return NUMERIC.entrySet().stream().filter(e -> e.getValue().equals(style)).map(Map.Entry::getKey).findFirst();
    }

    /** The ten characters from {@code zero} on. */
    private static String run(char zero) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            digits.append((char) (zero + i));
        }
        return digits.toString();
    }
}
