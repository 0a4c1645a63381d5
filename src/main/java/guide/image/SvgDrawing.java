package guide.image;

import guide.site.Utf8Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an SVG of the content folder is read, one way for every reader: its text in the encoding its byte order mark or XML
 * declaration names, else UTF-8, parsed as XML with each node's place in the text. The content check
 * (guide.check.ContentSvg) holds the parse to its allowlist; {@link PictureTwins} reads from it which language the
 * drawing's words are in, so that a {@code lang} in a comment, after other attributes or past a {@code >} in another
 * attribute's value is read as browsers read it, not as a pattern over the file's first bytes would.
 */
public final class SvgDrawing {
    /** A language tag's primary code ({@code pl} of {@code pl-PL}), ended by a subtag or the value's end. */
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[A-Za-z]{2,8}(?=$|[-_])");
    /** How far jsoup looks for an XML declaration that names the encoding: one further on is not read as one. */
    private static final int DECLARATION_BYTES = 5 * 1024;

    private SvgDrawing() {
    }

    /**
     * The language the drawing's root {@code <svg>} declares, as the content check's parse reads it (comments, attribute order and
     * a {@code >} in another attribute's value as an XML parser sees them): its {@code xml:lang}, which XML gives precedence, else
     * its {@code lang}, reduced to the language's code, lowercase ({@code "pl-PL"} is {@code "pl"}). Empty when the root declares
     * none, is not {@code <svg>}, or the bytes cannot be read as text (guide.check.ContentSvg names that).
     */
    public static Optional<String> rootLanguage(byte[] bytes) {
        Element root;
        try {
            root = parse(text(bytes)).children().first();
        } catch (Utf8Text.NotUtf8 e) {
            return Optional.empty();
        }
        if (root == null || !root.tagName().equalsIgnoreCase("svg")) {
            return Optional.empty();
        }
        String declared = root.hasAttr("xml:lang") ? root.attr("xml:lang") : root.attr("lang");
        Matcher code = LANGUAGE_CODE.matcher(declared.strip());
        return code.lookingAt() ? Optional.of(code.group().toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /**
     * The file's text, in the encoding it declares, else UTF-8 (guide.check.ContentSvg's check), without a byte order mark:
     * UTF-8's is left out by {@link Utf8Text}, and a UTF-16 or UTF-32 file's mark is what names its encoding, which Java's
     * decoders of those encodings read as such, not as text.
     */
    public static String text(byte[] bytes) throws Utf8Text.NotUtf8 {
        Charset declared = declaredCharset(bytes);
        return declared.equals(StandardCharsets.UTF_8) ? Utf8Text.decode(bytes) : new String(bytes, declared);
    }

    /** The one way an SVG of the content folder is parsed: as XML, with each node's place in the text. */
    public static Document parse(String text) {
        return Jsoup.parse(text, "", Parser.xmlParser().setTrackPosition(true));
    }

    /**
     * The encoding the file's byte order mark or XML declaration names, as XML parsers and browsers read it; UTF-8 if none.
     * Read by jsoup's own rules from the file's first tag only (up to its first {@code >}, the end of an XML declaration, and
     * at most the {@value #DECLARATION_BYTES} bytes jsoup looks at for one), so that the file itself is parsed once, by
     * {@link #parse}.
     */
    private static Charset declaredCharset(byte[] bytes) {
        int limit = Math.min(bytes.length, DECLARATION_BYTES);
        int end = 0;
        while (end < limit && bytes[end] != '>') {
            end++;
        }
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes, 0, Math.min(bytes.length, end + 1)), null, "", Parser.xmlParser()).charset();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // bytes in memory: cannot happen
        }
    }
}
