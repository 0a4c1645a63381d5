package guide.publish;

/**
 * One module or style sheet that an asset names in its text: {@code import './util.js'} in a
 * script, {@code @import "base.css"} or {@code url(/js/cursor.js)} in a style sheet.
 *
 * @param start     offset of the specifier's first character in the text
 * @param end       offset just past its last character
 * @param specifier the address as written, e.g. {@code ./util.js} or {@code /js/util.js}
 * @param target    the asset it resolves to, as a site path ({@code /js/util.js}); null when it
 *                  points outside the site (a bare name, another host)
 * @param line      1-based line of the reference, for problems
 * @param verb      what the text does with it, for problems: {@code imports} (a module, {@code @import}) or
 *                  {@code loads} (a style sheet's {@code url()})
 */
record AssetReference(int start, int end, String specifier, String target, int line, String verb) {
}
