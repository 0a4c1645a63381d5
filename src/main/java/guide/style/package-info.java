/**
 * Reading the site's style sheets: {@link guide.style.StyleBlocks} splits a sheet into its rules and declarations at their
 * lines, {@link guide.style.CustomProperties} holds its custom properties ({@code --x}) in the light and dark schemes, and
 * {@link guide.style.CssColour} reads a colour and measures WCAG contrast. The contrast checks, the social cards, the
 * favicon and the images' {@code sizes} read the palette and the column here, so they all take the value a designer set.
 */
package guide.style;
