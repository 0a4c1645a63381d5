package guide.site;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

/**
 * Reads an editor's file (Markdown, the authors and interface words, the settings) as UTF-8, the
 * only encoding the guide reads. A file saved in another encoding, Windows-1250 by an old Polish
 * Notepad say, is refused with the line of its first byte that is not UTF-8 and the words there as
 * Windows-1250 reads them (right for Polish and German letters), so the editor can find the place:
 * not with the decoder's own message ("Input length = 1"), which names neither. A byte order mark,
 * which Windows Notepad writes at the start of "UTF-8 with BOM", is left out: read as text, it
 * would make the first line's key another key ({@code site.languages} would be missing). Letters
 * written decomposed, a base letter and a combining mark (NFD: what macOS tools and text pasted from
 * some PDFs give), are read composed (NFC), as they are typed on other systems: they look the same,
 * but decomposed they would reach readers that way, and the search, which looks words up composed,
 * would not find the page by them.
 */
public final class Utf8Text {
    private static final int BEFORE = 30;
    private static final int AFTER = 20;
    private static final String BOM = "\uFEFF";

    private Utf8Text() {
    }

    /** A file that is not valid UTF-8: where its first such byte is, and the text around it. */
    public static final class NotUtf8 extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final String near;
        private final boolean zeroByte;

        NotUtf8(int line, String near) {
            this(line, near, false);
        }

        private NotUtf8(int line, String near, boolean zeroByte) {
            super(near == null ? "UTF-16, not UTF-8" : "not valid UTF-8 at line " + line);
            this.line = line;
            this.near = near;
            this.zeroByte = zeroByte;
        }

        /** The problem as an editor reads it, at the file's line. */
        public Problem at(Path shown) {
            if (zeroByte) {
                return new Problem(shown, line, "a zero byte (an invisible control character, often left by a program that crashed while saving"
                        + " or pasted from a binary file) after \"" + near + "\": delete it");
            }
            if (near == null) {
                return new Problem(shown, 0, "saved as UTF-16 (\"Unicode\" in Windows Notepad's Save As), which the guide does not read:"
                        + " save it again as UTF-8 (in Notepad: File > Save As, Encoding: UTF-8)");
            }
            return new Problem(shown, line, "not valid UTF-8: the file was saved in another encoding, Windows-1250 perhaps, which reads this line as \""
                    + near + "\"; save it as UTF-8");
        }
    }

    /** The file's text, composed (NFC), without a byte order mark; {@link NotUtf8} when it is not UTF-8. */
    public static String read(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    /** A file's bytes as text, as {@link #read} reads them; {@link NotUtf8} when they are not UTF-8. */
    public static String decode(byte[] bytes) throws NotUtf8 {
        if (utf16(bytes)) {
            throw new NotUtf8(1, null);
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw zeroByte(bytes, i);
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError() || (result = decoder.flush(out)).isError()) {
            throw notUtf8(bytes, in.position());
        }
        String text = out.flip().toString();
        String unmarked = text.startsWith(BOM) ? text.substring(1) : text;
        return Normalizer.isNormalized(unmarked, Normalizer.Form.NFC) ? unmarked : Normalizer.normalize(unmarked, Normalizer.Form.NFC);
    }

    /** The problem for a file that could not be read: at its line when it is not UTF-8, else the system's reason. */
    public static Problem problem(Path shown, IOException e) {
        return e instanceof NotUtf8 notUtf8 ? notUtf8.at(shown) : new Problem(shown, 0, "cannot read: " + IoReason.of(e));
    }

    /**
     * A file in UTF-16: its byte order mark (Notepad's "Unicode" and "Unicode big endian", PowerShell's
     * Out-File), or, without one, zero bytes in a quarter or more of its first 512 bytes: UTF-16 has one in
     * every Latin letter, and text in UTF-8 has none (a stray one is reported at its line instead). Read as
     * UTF-8 it would be refused at a letter Windows-1250 shows as "˙ţ", or, all ASCII, read with a zero
     * between letters.
     */
    private static boolean utf16(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return true;
        }
        int head = Math.min(bytes.length, 512);
        int zeros = 0;
        for (int i = 0; i < head; i++) {
            if (bytes[i] == 0) {
                zeros++;
            }
        }
        return zeros > 0 && zeros * 4 >= head;
    }

    /** A zero byte at {@code offset}: its line, and the line's text before it (up to 30 characters) to find it by. */
    private static NotUtf8 zeroByte(byte[] bytes, int offset) {
        int start = TextLines.lineStart(bytes, offset);
        String before = new String(bytes, start, offset - start, StandardCharsets.UTF_8).strip();
        return new NotUtf8(TextLines.lineAt(bytes, offset), before.length() > BEFORE ? "…" + before.substring(before.length() - BEFORE) : before, true);
    }

    private static NotUtf8 notUtf8(byte[] bytes, int offset) {
        int start = TextLines.lineStart(bytes, offset);
        int end = offset;
        while (end < bytes.length && !TextLines.isBreakChar(bytes[end])) {
            end++;
        }
        // One byte is one character in Windows-1250, so the offset in the line is the offset in its text.
        String text = new String(bytes, start, end - start, oneByteCharset());
        int at = offset - start;
        int from = Math.max(0, at - BEFORE);
        int to = Math.min(text.length(), at + AFTER);
        String near = (from > 0 ? "…" : "") + text.substring(from, to).strip() + (to < text.length() ? "…" : "");
        return new NotUtf8(TextLines.lineAt(bytes, offset), near);
    }

    private static Charset oneByteCharset() {
        try {
            return Charset.forName("windows-1250");
        } catch (UnsupportedCharsetException e) {
            return StandardCharsets.ISO_8859_1;
        }
    }
}
