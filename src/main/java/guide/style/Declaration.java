package guide.style;

/**
 * One declaration of a style sheet's rule, {@code name: value}, where it is written: the checks and the builder name a
 * designer's value back at its line, as written ({@code --link: hsl(210 73% 35%)}), not as a parser would rewrite it.
 *
 * @param name   the property, lower-cased, or a custom property ({@code --accent}) as written, since those are case-sensitive
 * @param value  the value as written, without the white space around it
 * @param line   its line in the style sheet, from 1
 * @param offset the offset of its name in the style sheet's text
 */
public record Declaration(String name, String value, int line, int offset) {
}
