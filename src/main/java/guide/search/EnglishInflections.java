package guide.search;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Candidate English forms of a word: its possible bases (undoing -s, -es, -ies, -ed, -ing, with a
 * dropped e or a doubled consonant) and the regular inflections of each base. Most candidates are
 * nonsense; {@link EnglishAnalysis} keeps only those the Snowball stemmer maps to the word's stem.
 */
final class EnglishInflections {
    private EnglishInflections() {
    }

    static Set<String> candidates(String word) {
        Set<String> bases = new LinkedHashSet<>();
        bases.add(word);
        if (word.endsWith("ies") && word.length() > 4) {
            bases.add(cut(word, 3) + "y");
        }
        if (word.endsWith("es") && word.length() > 3) {
            bases.add(cut(word, 2));
        }
        if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) {
            bases.add(cut(word, 1));
        }
        if (word.endsWith("ied") && word.length() > 4) {
            bases.add(cut(word, 3) + "y");
        }
        if (word.endsWith("ed") && word.length() > 4) {
            addStem(bases, cut(word, 2));
        }
        if (word.endsWith("ing") && word.length() > 5) {
            addStem(bases, cut(word, 3));
        }
        Set<String> forms = new LinkedHashSet<>();
        for (String base : bases) {
            inflect(base, forms);
        }
        return forms;
    }

    /** A stem left by cutting -ed or -ing: itself, with an e back, or with a doubled consonant undone. */
    private static void addStem(Set<String> bases, String stem) {
        bases.add(stem);
        bases.add(stem + "e");
        int n = stem.length();
        if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && !isVowel(stem.charAt(n - 1))) {
            bases.add(cut(stem, 1));
        }
    }

    private static void inflect(String base, Set<String> forms) {
        forms.add(base);
        int n = base.length();
        char last = base.charAt(n - 1);
        if (last == 'y' && n > 2 && !isVowel(base.charAt(n - 2))) {
            String stem = cut(base, 1);
            forms.add(stem + "ies");
            forms.add(stem + "ied");
            forms.add(stem + "ier");
        } else {
            forms.add(base + "s");
        }
        if (last == 's' || last == 'x' || last == 'z' || base.endsWith("ch") || base.endsWith("sh")) {
            forms.add(base + "es");
        }
        if (last == 'e') {
            String stem = cut(base, 1);
            forms.add(base + "d");
            forms.add(base + "r");
            forms.add(base + "rs");
            forms.add(stem + "ing");
        } else {
            forms.add(base + "ed");
            forms.add(base + "er");
            forms.add(base + "ers");
            forms.add(base + "ing");
            if (n > 2 && !isVowel(last) && last != 'w' && last != 'x' && last != 'y' && isVowel(base.charAt(n - 2))
                    && !isVowel(base.charAt(n - 3))) {
                forms.add(base + last + "ed");
                forms.add(base + last + "ing");
                forms.add(base + last + "er");
            }
        }
        forms.add(base + "ly");
        forms.add(base + "ment");
        forms.add(base + "ments");
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static String cut(String s, int n) {
        return s.substring(0, s.length() - n);
    }
}
