package guide.image;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import guide.site.Problem;
import guide.site.TextLines;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The colours of a social card, taken from the site's own stylesheet (the light scheme's custom
 * properties in the first {@code :root} block of {@code assets/css/site.css}), so a card always
 * looks like the site it links to and follows it when the palette changes.
 *
 * @param background the page background ({@code --bg})
 * @param text       the title ({@code --text})
 * @param accent     the guide's name, the rule under it and the band with the language ({@code --accent})
 */
public record CardStyle(int background, int text, int accent) {
    private static final Pattern ROOT = Pattern.compile(":root\\s*\\{([^}]*)}");
    private static final Pattern PROPERTY = Pattern.compile("--([a-z-]+)\\s*:\\s*#([0-9a-fA-F]{6})\\b");

    /** The site's colours until a stylesheet says otherwise; also what tests of the renderer use. */
    public static final CardStyle DEFAULT = new CardStyle(0xfbfaf7, 0x1d2127, 0x2f6b5e);

    /** Reads the colours from the stylesheet's text; what is missing is a problem, and the defaults stand in. */
    public static CardStyle fromStylesheet(String css, Path file, List<Problem> problems) {
        Matcher root = ROOT.matcher(css);
        if (!root.find()) {
            problems.add(new Problem(file, 1, "no :root { ... } block with the site's colours: the social cards take theirs from it"));
            return DEFAULT;
        }
        Map<String, Integer> colours = new HashMap<>();
        Matcher m = PROPERTY.matcher(root.group(1));
        while (m.find()) {
            colours.putIfAbsent(m.group(1), Integer.parseInt(m.group(2), 16));
        }
        int line = TextLines.lineAt(css, root.start());
        for (String name : List.of("bg", "text", "accent")) {
            if (!colours.containsKey(name)) {
                problems.add(new Problem(file, line, "the :root block has no --" + name + ": #rrggbb colour: the social cards need it"));
                return DEFAULT;
            }
        }
        return new CardStyle(colours.get("bg"), colours.get("text"), colours.get("accent"));
    }
}
