package guide.image;

import guide.site.Problem;
import guide.style.CssColour;
import guide.style.CustomProperties;
import guide.style.Declaration;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The colours of a social card, taken from the site's own stylesheet (the light scheme's custom
 * properties of the {@code :root} rules of {@code assets/css/site.css}, {@link CustomProperties}), so a card always
 * looks like the site it links to and follows it when the palette changes.
 *
 * @param background the page background ({@code --bg})
 * @param text       the title ({@code --text})
 * @param accent     the guide's name, the rule under it and the band with the language ({@code --accent})
 */
public record CardStyle(int background, int text, int accent) {
    /** The site's colours until a stylesheet says otherwise; also what tests of the renderer use. */
    public static final CardStyle DEFAULT = new CardStyle(0xfbfaf7, 0x1d2127, 0x2f6b5e);

    /** Reads the colours from the stylesheet's text; what is missing is a problem, and the defaults stand in. */
    public static CardStyle fromStylesheet(String css, Path file, List<Problem> problems) {
        CustomProperties properties = CustomProperties.of(css);
        if (properties.rootLine() == 0) {
            problems.add(new Problem(file, 1, "no :root { ... } block with the site's colours: the social cards take theirs from it"));
            return DEFAULT;
        }
        Map<String, Declaration> light = properties.light();
        int[] colours = new int[3];
        List<String> names = List.of("bg", "text", "accent");
        for (int i = 0; i < names.size(); i++) {
            Declaration colour = light.get(names.get(i));
            colours[i] = colour == null ? CssColour.UNREAD : CssColour.rgb(colour.value());
            if (colours[i] == CssColour.UNREAD) {
                problems.add(new Problem(file, colour == null ? properties.rootLine() : colour.line(), "the :root block gives --" + names.get(i)
                        + " no colour the social cards can read: write it as #rrggbb, #rgb, rgb(), hsl() or a colour's name"));
                return DEFAULT;
            }
        }
        return new CardStyle(colours[0], colours[1], colours[2]);
    }
}
