package guide.image;

import guide.site.Problem;
import guide.style.CustomProperties;
import guide.style.Declaration;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The width of the articles' text column, read from the custom property {@code --column} of the {@code :root} rules ({@link CustomProperties}) of
 * {@code assets/css/site.css} (which {@code .wrap} takes as its width), so that the {@code sizes} the builder writes on an
 * article's images follow the column a designer sets there: a browser picks the copy of an image for the width {@code sizes}
 * names, before any style sheet has arrived, so the builder has to write it into the page.
 *
 * <p>{@code sizes} cannot take the column as it is written: a {@code ch} or {@code em} there is one of the browser's default
 * font, not of the 18-pixel body text a wide screen gets. So the width is turned into pixels: {@code px} as it is, {@code rem}
 * at 16 pixels, {@code em} at the body text's 18, {@code ch} at 10 (a digit of that text in the fonts of {@code --sans}).
 *
 * @param pixels the column's width on a wide screen (48em and wider), in CSS pixels
 */
public record TextColumn(int pixels) {
    /** The guide's column, {@code 68ch}. */
    public static final TextColumn DEFAULT = new TextColumn(680);
    private static final Pattern LENGTH = Pattern.compile("(\\d+(?:\\.\\d+)?)(ch|px|rem|em)");
    private static final String EXAMPLE = " (the guide's is --column: 68ch)";

    /** The images' {@code sizes}: the column from 48em up, the screen less the column's margins below. */
    public String sizes() {
        return "(min-width: 48em) " + pixels + "px, calc(100vw - 2.5rem)";
    }

    /** Reads the column from the stylesheet's text; what is missing or unreadable is a problem at its line, and the default stands in. */
    public static TextColumn fromStylesheet(String css, Path file, List<Problem> problems) {
        CustomProperties properties = CustomProperties.of(css);
        if (properties.rootLine() == 0) {
            problems.add(new Problem(file, 1, "no :root { ... } block with --column, the text column's width: the articles' images "
                    + "are chosen for it" + EXAMPLE));
            return DEFAULT;
        }
        Declaration column = properties.light().get("column");
        if (column == null) {
            problems.add(new Problem(file, properties.rootLine(), "the :root block has no --column, the text column's "
                    + "width that .wrap takes: the articles' images are chosen for it; add it" + EXAMPLE));
            return DEFAULT;
        }
        String value = column.value();
        Matcher length = LENGTH.matcher(value.toLowerCase(Locale.ROOT));
        if (!length.matches()) {
            problems.add(new Problem(file, column.line(), "--column: " + value
                    + ": the articles' images are chosen for the column's width, which the build reads as one length in ch, px, rem or em"
                    + EXAMPLE + "; write it so"));
            return DEFAULT;
        }
        double number = Double.parseDouble(length.group(1));
        double perUnit = switch (length.group(2)) {
            case "ch" -> 10;
            case "rem" -> 16;
            case "em" -> 18;
            default -> 1;
        };
        return new TextColumn((int) Math.round(number * perUnit));
    }
}
