package guide.publish;

import guide.site.Problem;
import guide.site.TextLines;
import guide.style.CssColour;
import guide.style.CustomProperties;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the site's colours into the favicon: {@code assets/favicon.svg} names them as the style sheets do,
 * {@code fill="var(--accent)"}, and the published file has the value of that custom property in the light scheme of
 * {@code assets/css/site.css} (its {@code :root} rules, {@link CustomProperties}, as the social cards take it) in its place. A browser draws a
 * favicon as an image, which reads no style sheet of the page, so without this the icon would keep the colour written in
 * it when a designer changes the brand's in {@code site.css}. A name {@code site.css} does not give a {@code #rrggbb} or
 * {@code #rgb} value is a problem at the favicon's line.
 */
final class FaviconColours {
    static final String FILE = "favicon.svg";
    static final String STYLE_SHEET = "css/site.css";
    private static final Pattern VAR = Pattern.compile("var\\(\\s*--([A-Za-z0-9-]+)\\s*\\)");

    private FaviconColours() {
    }

    /** The light scheme's colours of a style sheet, by custom property name without its dashes. */
    static Map<String, String> of(String css) {
        Map<String, String> colours = new HashMap<>();
        CustomProperties.of(css).light().forEach((name, declaration) -> {
            if (CssColour.isHex(declaration.value())) {
                colours.put(name, declaration.value());
            }
        });
        return colours;
    }

    /** The favicon with each {@code var(--name)} replaced by its colour; {@code problems} gets each name without one. */
    static String fill(String svg, Map<String, String> colours, Path shown, Path styleSheet, List<Problem> problems) {
        StringBuilder out = new StringBuilder(svg.length());
        Matcher m = VAR.matcher(svg);
        int at = 0;
        while (m.find()) {
            String colour = colours.get(m.group(1));
            if (colour == null) {
                problems.add(new Problem(shown, TextLines.lineAt(svg, m.start()), m.group() + ": " + styleSheet + " gives --" + m.group(1)
                        + " no #rrggbb colour in its :root block, and a favicon cannot read the page's style sheet: name one "
                        + "of its colours (var(--accent)), or write the colour here"));
                continue;
            }
            out.append(svg, at, m.start()).append(colour);
            at = m.end();
        }
        return out.append(svg, at, svg.length()).toString();
    }
}
