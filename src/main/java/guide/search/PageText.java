package guide.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * What search knows of one published page: its language, address, title, date (yyyy-MM-dd, which
 * orders the index's page numbers) and the text readers see, section by section. The build takes
 * it from the rendered page ({@code guide.html.SearchableText}); the index does not care where it
 * came from. A build keeps one per page until the index is written (and the page cache keeps them
 * for the next build), so the sections are held compressed: a third of their size as strings. A text read back from the
 * cache is refused as it is read if its packed text does not match the checksum it was saved with, so that the cache is
 * dropped and the build renders every page again (as for any damaged cache) instead of failing later, in the search index,
 * with no word of which file was damaged. The checksum costs milliseconds for a thousand pages; unpacking them all to look
 * would take hundreds.
 */
public final class PageText implements Serializable {
    private static final long serialVersionUID = 2L;
    private static final char FIELD = '\u001F';
    private static final char RECORD = '\u001E';
    private static final String DAMAGED = "damaged search text";

    private final String lang;
    private final String url;
    private final String title;
    private final String date;
    private final byte[] packed;
    private final int unpackedLength;
    /** The CRC-32 of the unpacked length and the packed text. */
    private final int checksum;
    /** The hash code, once taken (0 until then); not part of the saved form. */
    private transient int hash;

    /** A part of the page under one heading: its anchor ("" for the text before the first heading), heading and text. */
    public record Section(String anchor, String heading, String text) {
        public Section {
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(text, "text");
        }
    }

    public PageText(String lang, String url, String title, String date, List<Section> sections) {
        if (lang == null || lang.isBlank()) {
            throw new IllegalArgumentException("a searchable page needs a language: " + url);
        }
        if (url == null || !url.startsWith("/")) {
            throw new IllegalArgumentException("a searchable page needs a site-relative address, got " + url);
        }
        this.lang = lang;
        this.url = url;
        this.title = Objects.requireNonNull(title, "title");
        this.date = date == null ? "" : date;
        StringBuilder text = new StringBuilder();
        for (Section s : sections) {
            text.append(clean(s.anchor())).append(FIELD).append(clean(s.heading())).append(FIELD).append(clean(s.text())).append(RECORD);
        }
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        this.unpackedLength = utf8.length;
        this.packed = deflate(utf8);
        this.checksum = checksum(unpackedLength, packed);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (packed == null || checksum != checksum(unpackedLength, packed)) {
            throw new InvalidObjectException(DAMAGED + " of " + url);
        }
    }

    private static int checksum(int length, byte[] packed) {
        CRC32 crc = new CRC32();
        crc.update(ByteBuffer.allocate(Integer.BYTES).putInt(length).flip());
        crc.update(packed);
        return (int) crc.getValue();
    }

    public String lang() {
        return lang;
    }

    public String url() {
        return url;
    }

    public String title() {
        return title;
    }

    public String date() {
        return date;
    }

    public List<Section> sections() {
        String text = new String(inflate(), StandardCharsets.UTF_8);
        List<Section> sections = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            // anchor FIELD heading FIELD text RECORD: the constructor took both marks out of all three.
            int end = text.indexOf(RECORD, at);
            int heading = text.indexOf(FIELD, at) + 1;
            int body = text.indexOf(FIELD, heading) + 1;
            sections.add(new Section(text.substring(at, heading - 1), text.substring(heading, body - 1), text.substring(body, end)));
            at = end + 1;
        }
        return sections;
    }

    private static String clean(String s) {
        return s.replace(FIELD, ' ').replace(RECORD, ' ');
    }

    private static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 16);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private byte[] inflate() {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(packed);
            byte[] out = new byte[unpackedLength];
            // All the input is given and the output has room for all of it: one call inflates it whole (zlib goes on until
            // either runs out). Less means the packed text is cut short, which must not read as a shorter page.
            if (inflater.inflate(out) != unpackedLength) {
                throw new IllegalStateException(DAMAGED + " of " + url);
            }
            return out;
        } catch (DataFormatException e) {
            throw new IllegalStateException(DAMAGED + " of " + url, e);
        } finally {
            inflater.end();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof PageText p && lang.equals(p.lang) && url.equals(p.url) && title.equals(p.title) && date.equals(p.date)
                && unpackedLength == p.unpackedLength && Arrays.equals(packed, p.packed);
    }

    @Override
    public int hashCode() {
        // Taken once per text: the preview's search index looks every page up by it after each edit.
        int h = hash;
        if (h == 0) {
            h = Objects.hash(lang, url, title, date, Arrays.hashCode(packed));
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return "PageText[" + lang + " " + url + "]";
    }
}
