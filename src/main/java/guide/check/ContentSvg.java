package guide.check;

import guide.site.TextLines;
import guide.image.SvgDrawing;
import guide.site.Utf8Text;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an SVG image in the content folder may hold, as an allowlist: the elements and attributes of
 * a drawing (shapes, text, gradients, patterns, masks, filters), the notes drawing programs keep
 * (Inkscape's, metadata), and references only to the image's own parts ({@code href="#…"},
 * {@code url(#…)}). The site publishes such a file as it is, and a reader who opens it on its own
 * gets it as a document of the site's own address, where a script, an event attribute, an
 * animation that rewrites a link, an embedded page or a style sheet from elsewhere would act as
 * the site. So anything not listed is a finding, as in {@link ContentHtml}; so are the two ways
 * XML has of adding markup the elements do not show: entity declarations and processing
 * instructions other than the XML declaration. The file is read as UTF-8, as drawing programs save it, and its lines are
 * counted as {@link TextLines} counts them (the XML parser's own count knows no lone {@code \r}). The file is read and
 * parsed by {@link SvgDrawing}, as the picture's language is read.
 */
public final class ContentSvg {
    private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "symbol", "use", "title", "desc", "metadata", "style",
            "image", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textpath",
            "lineargradient", "radialgradient", "stop", "clippath", "mask", "pattern", "marker", "filter",
            "feblend", "fecolormatrix", "fecomponenttransfer", "fecomposite", "feconvolvematrix", "fediffuselighting",
            "fedisplacementmap", "fedistantlight", "fedropshadow", "feflood", "fefunca", "fefuncb", "fefuncg", "fefuncr",
            "fegaussianblur", "femerge", "femergenode", "femorphology", "feoffset", "fepointlight", "fespecularlighting",
            "fespotlight", "fetile", "feturbulence");
    /**
     * The namespaces of drawing programs' notes (Inkscape's, Sodipodi's, the RDF of a licence): elements and attributes in them
     * are neither drawn nor run. Known by the namespace a prefix is bound to, not by the prefix, which a file may bind to anything.
     */
    private static final Set<String> NOTE_NAMESPACES = Set.of("http://www.inkscape.org/namespaces/inkscape",
            "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "http://creativecommons.org/ns#", "http://purl.org/dc/elements/1.1/", "http://web.resource.org/cc/");
    private static final Set<String> ATTRIBUTES = Set.of("id", "class", "style", "lang", "role", "tabindex", "focusable", "version",
            "baseprofile", "viewbox", "preserveaspectratio", "width", "height", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r",
            "rx", "ry", "fx", "fy", "fr", "d", "points", "pathlength", "transform", "dx", "dy", "rotate", "textlength",
            "lengthadjust", "startoffset", "method", "spacing", "side", "offset", "gradientunits", "gradienttransform",
            "spreadmethod", "patternunits", "patterncontentunits", "patterntransform", "clippathunits", "maskunits",
            "maskcontentunits", "markerwidth", "markerheight", "markerunits", "refx", "refy", "orient", "filterunits",
            "primitiveunits", "in", "in2", "result", "stddeviation", "mode", "operator", "k1", "k2", "k3", "k4", "values", "type",
            "tablevalues", "slope", "intercept", "amplitude", "exponent", "basefrequency", "numoctaves", "seed", "stitchtiles",
            "scale", "xchannelselector", "ychannelselector", "radius", "surfacescale", "specularconstant", "specularexponent",
            "diffuseconstant", "azimuth", "elevation", "pointsatx", "pointsaty", "pointsatz", "limitingconeangle", "kernelmatrix",
            "order", "divisor", "bias", "targetx", "targety", "edgemode", "preservealpha", "kernelunitlength",
            "alignment-baseline", "baseline-shift", "clip", "clip-path", "clip-rule", "color", "color-interpolation",
            "color-interpolation-filters", "color-rendering", "direction", "display", "dominant-baseline", "fill",
            "fill-opacity", "fill-rule", "filter", "flood-color", "flood-opacity", "font", "font-family", "font-size",
            "font-size-adjust", "font-stretch", "font-style", "font-variant", "font-weight", "image-rendering",
            "letter-spacing", "lighting-color", "marker-end", "marker-mid", "marker-start", "mask", "mask-type", "opacity",
            "overflow", "paint-order", "shape-rendering", "stop-color", "stop-opacity", "stroke", "stroke-dasharray",
            "stroke-dashoffset", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-opacity", "stroke-width",
            "text-anchor", "text-decoration", "text-rendering", "transform-origin", "unicode-bidi", "vector-effect",
            "visibility", "word-spacing", "writing-mode", "xml:space", "xml:lang", "enable-background");
    /** Prefixes of attributes that only name things or describe them: namespaces, accessibility, drawing programs' notes. */
    private static final List<String> NOTE_PREFIXES = List.of("xmlns", "aria-", "data-");
    /** The elements whose {@code href} may point at another part of the same image. */
    private static final Set<String> WITH_HREF = Set.of("use", "textpath", "lineargradient", "radialgradient", "pattern", "filter");
    /** A bitmap embedded in the file itself: an {@code <image>} may show only that (browsers load it with scripts off). */
    private static final Pattern EMBEDDED_BITMAP = Pattern.compile("data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\\s]*");
    private static final Pattern URL = Pattern.compile("url\\(\\s*['\"]?\\s*([^'\")\\s]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DECLARATIONS = Pattern.compile("<!DOCTYPE[^\\[>]*\\[");
    private static final Pattern INSTRUCTION = Pattern.compile("<\\?(?!xml\\s)[^?>]*");
    /** What in style text loads a file other than by {@code url()} ({@code @import}, {@code image-set(}, {@code src(}) or hides words from these checks (a CSS escape). */
    private static final Pattern LOADER_OR_ESCAPE = Pattern.compile("@import|image-set\\(|src\\(|\\\\", Pattern.CASE_INSENSITIVE);

    private ContentSvg() {
    }

    /**
     * One thing an SVG may not hold, at its line.
     *
     * @param line 1-based line in the file
     * @param what what was found, as in "<script> element"
     */
    public record Finding(int line, String what) {

        /** "unsafe SVG: <script> element is not allowed in an image". */
        public String message() {
            return "unsafe SVG: " + what + " is not allowed in an image published as it is; export the drawing again as plain SVG"
                    + " (Inkscape: Save As › Optimized or Plain SVG) or remove it";
        }
    }

    /**
     * The findings in one SVG file's bytes, in document order; none for an image that is only a drawing.
     *
     * @throws Utf8Text.NotUtf8 when the bytes are not UTF-8 text (another encoding, a zero byte) and neither a byte order mark nor
     *                          the XML declaration names another encoding: nothing in them can be checked. An SVG saved in
     *                          windows-1250 or UTF-16 that says so is as valid as one in UTF-8, and browsers show it.
     */
    public static List<Finding> check(byte[] bytes) throws Utf8Text.NotUtf8 {
        String text = SvgDrawing.text(bytes);
        Document doc = SvgDrawing.parse(text);
        List<Finding> findings = new ArrayList<>();
        inText(text, DECLARATIONS, "DOCTYPE with declarations of its own (<!ENTITY, <!ATTLIST …)", findings);
        inText(text, INSTRUCTION, "processing instruction", findings);
        for (Element e : doc.children()) {
            walk(text, e, Map.of(), findings);
        }
        return findings;
    }

    private static void inText(String text, Pattern pattern, String what, List<Finding> findings) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String found = m.group().strip();
            findings.add(new Finding(TextLines.lineAt(text, m.start()), what + " " + (found.length() > 40 ? found.substring(0, 40) + "…" : found)));
        }
    }

    private static void walk(String text, Element e, Map<String, String> outer, List<Finding> findings) {
        Map<String, String> scope = new HashMap<>(outer);
        for (Attribute a : e.attributes()) {
            if (a.getKey().startsWith("xmlns:")) {
                scope.put(a.getKey().substring("xmlns:".length()), a.getValue());
            }
        }
        String tag = e.tagName().toLowerCase(Locale.ROOT);
        int line = TextLines.lineAt(text, e.sourceRange().startPos());
        boolean note = tag.contains(":") && NOTE_NAMESPACES.contains(scope.get(e.tagName().substring(0, e.tagName().indexOf(':'))));
        if (!note && !ELEMENTS.contains(tag)) {
            findings.add(new Finding(line, "<" + e.tagName() + "> element"));
            return;
        }
        if (tag.equals("style")) {
            styleText(e.data() + e.text(), line, "its <style>", findings);
        }
        for (Attribute attribute : note ? List.<Attribute>of() : e.attributes()) { // a note's attributes belong to no drawn element
            attribute(text, tag, attribute, scope, findings);
        }
        for (Element child : e.children()) {
            walk(text, child, scope, findings);
        }
    }

    private static void attribute(String text, String tag, Attribute attribute, Map<String, String> scope, List<Finding> findings) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        int line = TextLines.lineAt(text, attribute.sourceRange().nameRange().startPos());
        String value = attribute.getValue();
        int colon = attribute.getKey().indexOf(':');
        if (colon > 0 && !name.startsWith("xmlns") && NOTE_NAMESPACES.contains(scope.get(attribute.getKey().substring(0, colon)))) {
            return; // a drawing program's note (inkscape:label), in a namespace browsers neither draw nor run
        }
        if (tag.equals("image") && (name.equals("href") || name.equals("xlink:href"))) {
            if (!EMBEDDED_BITMAP.matcher(ContentHtml.asBrowserReads(value)).matches()) {
                findings.add(new Finding(line, "<image> showing \"" + shortened(value.strip()) + "\" (only a PNG, JPEG, GIF or WebP embedded as data:image/…;base64)"));
            }
            return;
        }
        if (name.equals("href") || name.equals("xlink:href")) {
            if (!WITH_HREF.contains(tag) || !ContentHtml.asBrowserReads(value).startsWith("#")) {
                findings.add(new Finding(line, "link to \"" + shortened(value.strip()) + "\" in " + attribute.getKey() + " of <" + tag
                        + "> (only a part of the same image, href=\"#…\", may be named)"));
            }
            return;
        }
        if (!ATTRIBUTES.contains(name) && NOTE_PREFIXES.stream().noneMatch(name::startsWith)) {
            findings.add(new Finding(line, "attribute " + attribute.getKey() + " on <" + tag + ">"));
            return;
        }
        styleText(value, line, "attribute " + attribute.getKey() + " on <" + tag + ">", findings);
    }

    /** Style text may name only the image's own parts: {@code url(#id)}, no {@code @import}. */
    private static void styleText(String css, int line, String where, List<Finding> findings) {
        Matcher outside = LOADER_OR_ESCAPE.matcher(css);
        if (outside.find()) {
            // A CSS escape (@\\import, u\\72l) hides the rest from these checks, so none is allowed.
            findings.add(new Finding(line, (outside.group().equals("\\") ? "CSS escape (\\)" : outside.group()) + " in " + where));
        }
        Matcher m = URL.matcher(css);
        while (m.find()) {
            if (!m.group(1).startsWith("#")) {
                findings.add(new Finding(line, "url(" + shortened(m.group(1)) + ") in " + where + " (only url(#…), a part of the same image)"));
            }
        }
    }

    private static String shortened(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
