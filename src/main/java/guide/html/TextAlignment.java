package guide.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The alignment editors may ask for, as classes of the site's stylesheet ({@code align-left},
 * {@code align-right}, {@code align-center}, {@code align-justify}): the {@code align} that flexmark
 * writes on the cells of a Markdown table's {@code |---:|} column, and the {@code style="text-align: …"}
 * that the content allowlist lets raw HTML use. Neither would reach readers as written: the
 * site's Content Security Policy ({@code style-src 'self'}) blocks every {@code style} attribute, and
 * the stylesheet's own {@code text-align} of table cells outranks the {@code align} attribute.
 */
public final class TextAlignment {
    private static final Evaluator ALIGNED = Selector.evaluatorOf("p[style], div[style], td[style], th[style], td[align], th[align]");
    private static final Pattern TEXT_ALIGN = Pattern.compile("text-align\\s*:\\s*(left|right|center|justify)\\s*;?");
    private static final Pattern ALIGN = Pattern.compile("left|right|center|justify");

    private TextAlignment() {
    }

    public static void apply(Document doc) {
        apply(doc.select(ALIGNED));
    }

    /** @param candidates the page's {@code p[style], div[style], td[style], th[style], td[align], th[align]} */
    static void apply(List<Element> candidates) {
        for (Element e : candidates) {
            Matcher style = TEXT_ALIGN.matcher(e.attr("style").strip().toLowerCase(Locale.ROOT));
            String align = e.attr("align").strip().toLowerCase(Locale.ROOT);
            if (style.matches()) {
                e.removeAttr("style").removeAttr("align").addClass("align-" + style.group(1));
            } else if (!e.hasAttr("style") && ALIGN.matcher(align).matches()) {
                e.removeAttr("align").addClass("align-" + align);
            }
        }
    }
}
