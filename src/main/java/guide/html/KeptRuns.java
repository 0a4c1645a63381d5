package guide.html;

import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Puts the runs of a text that no line may break inside (a hyphenated word with a short part, {@link HyphenatedWords}; a
 * date, {@link KeptDates}) into spans the style sheet does not break ({@code white-space: nowrap} in {@code site.css}),
 * and the text around them in a plain span, one box as the text was. A span is no character: a copied run, the
 * browser's find, the search index (which reads text nodes) and the feed have it as typed, where a no-break space or
 * hyphen would put another character into all of them.
 */
final class KeptRuns {
    /** The classes of the spans this pass makes: their text is kept already. */
    private static final Set<String> KEPT = Set.of(HyphenatedWords.WHOLE_WORD, KeptDates.WHOLE_DATE);

    /**
     * One run of a text to keep on one line.
     *
     * @param start    the offset of its first character
     * @param end      the offset after its last character
     * @param cssClass the class of its span
     */
    record Run(int start, int end, String cssClass) {
        Run {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("a run from " + start + " to " + end);
            }
        }
    }

    private KeptRuns() {
    }

    /**
     * Wraps each run of the text in a span of its class; a run that overlaps one before it is left out.
     *
     * @return the text nodes the text now is, in order: the text itself, the runs in their spans and the text between
     */
    static List<TextNode> wrap(TextNode text, List<Run> runs) {
        if (runs.isEmpty() || KEPT.stream().anyMatch(text.parent()::hasClass)) {
            return List.of(text);
        }
        List<Run> kept = apart(runs);
        String whole = text.getWholeText();
        boolean runAlone = kept.size() == 1 && kept.get(0).start() == 0 && kept.get(0).end() == whole.length();
        if (!runAlone) {
            // One box for the text, as it was: in a flex container (a share link's button) the text's pieces around the
            // run's span would be items of their own, and the space before the run would vanish ("Wyślije-mailem").
            text.wrap("<span></span>");
        }
        List<TextNode> parts = new ArrayList<>();
        TextNode rest = text;
        int offset = 0;
        for (Run run : kept) {
            TextNode runNode = rest.splitText(run.start() - offset);
            parts.add(rest);
            // jsoup splits before the last character at the latest: a run that ends the text leaves nothing after it.
            TextNode after = run.end() < whole.length() ? runNode.splitText(run.end() - run.start()) : null;
            runNode.wrap("<span class=\"" + run.cssClass() + "\"></span>");
            parts.add(runNode);
            rest = after;
            offset = run.end();
        }
        if (rest != null) {
            parts.add(rest);
        }
        return parts;
    }

    /** The runs in the order of the text, without any that overlaps one before it. */
    private static List<Run> apart(List<Run> runs) {
        List<Run> apart = new ArrayList<>();
        for (Run run : runs.stream().sorted(Comparator.comparingInt(Run::start)).toList()) {
            if (apart.isEmpty() || apart.get(apart.size() - 1).end() <= run.start()) {
                apart.add(run);
            }
        }
        return apart;
    }
}
