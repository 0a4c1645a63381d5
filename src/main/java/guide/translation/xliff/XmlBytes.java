package guide.translation.xliff;

import guide.site.Problem;
import guide.site.TextLines;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of an XLIFF file's bytes, in the encoding the file says it is in (its byte order mark,
 * else UTF-16 when its first characters are {@code <?} in UTF-16, else its XML declaration, else
 * UTF-8, as XML 1.0's appendix F detects it). Decoded here rather than by the XML parser: the JDK's
 * parser prints "[Fatal Error]" on the console for a byte that is not a character, which no option
 * of its StAX reader turns off, and its message names neither the file nor what to do.
 */
final class XmlBytes {
    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?\\bencoding\\s*=\\s*[\"']([^\"']*)[\"']");

    private XmlBytes() {
    }

    static String decode(Path file, byte[] bytes) throws Xliff12Reader.XliffException {
        int skip = 0;
        Charset charset;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bytes.length >= 4 && bytes[0] == '<' && bytes[1] == 0 && bytes[2] == '?' && bytes[3] == 0) {
            charset = StandardCharsets.UTF_16LE; // "<?" in UTF-16 without a byte order mark (XML 1.0, appendix F)
        } else if (bytes.length >= 4 && bytes[0] == 0 && bytes[1] == '<' && bytes[2] == 0 && bytes[3] == '?') {
            charset = StandardCharsets.UTF_16BE;
        } else {
            charset = declared(file, bytes);
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - skip) * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, false);
        if (result.isError()) {
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < result.length(); i++) {
                hex.append(i == 0 ? "" : " ").append(String.format("%02X", bytes[in.position() + i] & 0xFF));
            }
            throw problem(file, out, "not " + charset.name() + " text here (" + (result.length() == 1 ? "byte " : "bytes ") + hex + "): the file was damaged, or saved in another encoding than "
                    + charset.name() + "; save it as " + charset.name() + " from the CAT tool, or export it again, and import it again");
        }
        if (in.hasRemaining()) {
            throw problem(file, out, "the file ends in the middle of a character: it was cut short; copy or download it again");
        }
        out.flip();
        return out.toString();
    }

    /** The encoding the XML declaration names, UTF-8 when it names none. */
    private static Charset declared(Path file, byte[] bytes) throws Xliff12Reader.XliffException {
        String start = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(start);
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(m.group(1).strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new Xliff12Reader.XliffException(new Problem(file, 1, "its XML declaration names the encoding \"" + m.group(1)
                    + "\", which cannot be read here: save the file as UTF-8 from the CAT tool and import it again"));
        }
    }

    /** A problem at the line of {@code decoded}'s end (the text decoded so far). */
    private static Xliff12Reader.XliffException problem(Path file, CharBuffer decoded, String message) {
        CharBuffer read = decoded.duplicate().flip();
        return new Xliff12Reader.XliffException(new Problem(file, TextLines.lineAt(read, read.length()), message));
    }
}
