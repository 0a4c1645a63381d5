package guide.style;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The selectors of a rule that may show text, the ones whose subject (the last compound, {@code meter} in
 * {@code .quiz-breakdown meter}) can hold some: a background on a thing that holds no text has no text to be read on it, and
 * holding it to a text colour would be a false alarm. What is left out, an allowlist, each for a reason:
 * <ul>
 * <li>the elements that hold no text of their own: {@code hr}, {@code br}, {@code wbr}, {@code img}, {@code picture},
 * {@code video}, {@code audio}, {@code canvas}, {@code iframe}, {@code embed}, {@code object}, {@code svg} and the shapes
 * drawn in one ({@code path}, {@code circle}, {@code rect}, {@code line}, {@code polyline}, {@code polygon},
 * {@code ellipse}, {@code g}, {@code use}), {@code meter} and {@code progress} (a bar, whose text is the page's around
 * it), and {@code input} of type checkbox, radio, range or color (a box, a dot, a slider, a swatch; a text field does hold
 * text and is kept);</li>
 * <li>the parts of a meter, a progress bar, a slider and a scroll bar ({@code ::-webkit-meter-*}, {@code ::-moz-meter-bar},
 * {@code ::-webkit-progress-*}, {@code ::-moz-progress-bar}, {@code ::-webkit-slider-*}, {@code ::-moz-range-*},
 * {@code ::-webkit-scrollbar*}), the search field's clear button ({@code ::-webkit-search-cancel-button}, an icon) and
 * {@code ::backdrop} (what lies behind a dialog): all painted shapes;</li>
 * <li>{@code ::before} and {@code ::after} when they get no {@code content} with text (none, {@code none},
 * {@code normal}, or an empty string) on any page, from this rule or another for the same selector ({@link GeneratedContent}):
 * a stripe, a dot or an underline, the usual decoration.</li>
 * </ul>
 * A selector with a pseudo-class ({@code :hover}) is read by its element; anything else (a class, {@code ::placeholder},
 * {@code ::selection}, {@code ::marker}, a text {@code input}) may show text and is kept.
 */
public final class TextlessSelectors {
    private static final Set<String> ELEMENTS = Set.of("hr", "br", "wbr", "img", "picture", "video", "audio", "canvas", "iframe",
            "embed", "object", "svg", "path", "circle", "rect", "line", "polyline", "polygon", "ellipse", "g", "use", "meter", "progress");
    private static final Pattern SHAPE_INPUT = Pattern.compile("\\[\\s*type\\s*=\\s*[\"']?(checkbox|radio|range|color)[\"']?\\s*(\\s[is])?\\]");
    private static final Pattern PARTS = Pattern.compile("::(-webkit-meter-|-moz-meter-bar|-webkit-progress-|-moz-progress-bar"
            + "|-webkit-slider-|-moz-range-|-webkit-scrollbar|-webkit-search-cancel-button|backdrop)");
    private static final Pattern DECORATION = Pattern.compile(":{1,2}(before|after)$");
    private static final Pattern ELEMENT = Pattern.compile("^[a-z][a-z0-9-]*");

    private TextlessSelectors() {
    }

    /**
     * The comma-separated selectors of {@code block} that may show text, as written; empty when none may. {@code pages} are the
     * rules of each page that loads {@code block}'s style sheet, in the order the page reads them, {@code block} among them.
     */
    public static List<String> painting(StyleBlocks.Block block, List<List<StyleBlocks.Block>> pages) {
        List<String> kept = new ArrayList<>();
        for (String selector : Arrays.stream(block.selectors().split(",")).map(String::strip).toList()) {
            String subject = subject(selector.toLowerCase(Locale.ROOT));
            var element = ELEMENT.matcher(subject);
            boolean textless = element.find() && (ELEMENTS.contains(element.group())
                    || element.group().equals("input") && SHAPE_INPUT.matcher(subject).find())
                    || PARTS.matcher(subject).find()
                    || DECORATION.matcher(subject).find() && !GeneratedContent.showsText(pages, block, selector);
            if (!textless) {
                kept.add(selector);
            }
        }
        return kept;
    }

    /** The last compound of {@code selector}: what follows its last combinator outside brackets. */
    static String subject(String selector) {
        return SelectorParts.subject(selector);
    }
}
