package guide.quiz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A checklist's {@code {…}} block as the quiz reads it: words apart by spaces, each an {@code #id} or a
 * {@code name=value}, in any order ({@code {#late points=3}} is {@code {points=3 #late}} and {@code { #late points=3 }}).
 * One reading for the quiz ({@link ChecklistAttributes}) and for the XLIFF import, which refuses a translation that would
 * change a block, so that a block the quiz takes is one the import checks.
 */
public final class AttributeBlock {
    /** A block with an {@code #id} among its words, anywhere in a text, on one line, spaces allowed inside the braces: its words in group 1. */
    public static final Pattern WITH_ID = Pattern.compile("\\{[ \\t]*((?:[^{}\\s]+[ \\t]+)*#[^{}\\s]*(?:[ \\t]+[^{}\\s]+)*)[ \\t]*}");

    private AttributeBlock() {
    }

    /** The block's words, as {@code text} (what its braces hold) gives them. */
    static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    /**
     * The block as the quiz reads it, the same for every order and spacing of the same words: its words in alphabetical
     * order, which puts the id first ({@code {#late points=3}} for {@code { points=3  #late }}).
     */
    public static String readAs(String text) {
        List<String> words = new ArrayList<>(words(text));
        words.sort(Comparator.naturalOrder());
        return "{" + String.join(" ", words) + "}";
    }
}
