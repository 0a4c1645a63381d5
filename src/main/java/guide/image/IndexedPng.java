package guide.image;

import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Writes a 4-bit indexed PNG (PNG 1.2: IHDR, PLTE, one IDAT, IEND) from image data already
 * compressed in {@link DeflateSegment}s; rows are unfiltered (filter type 0, as the specification
 * recommends for palette images).
 *
 * <p>Why not ImageIO's PNG writer: with the builder's quick-start JVM flags it spends about 24 ms
 * on a 1200 x 630 card (converting pixels row by row in Java, then compressing every row),
 * against 1 to 3 ms here, where only the title's rows are compressed per card; and a build writes
 * one card per page. The output is plain PNG; the tests read it back with ImageIO, whose zlib
 * checks the checksum. No time stamps or other varying chunks: the same pixels give the same bytes.
 */
final class IndexedPng {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** zlib header: deflate with a 32 KB window, fastest compression (RFC 1950; 0x7801 % 31 == 0). */
    private static final byte[] ZLIB_HEADER = {0x78, 0x01};

    private IndexedPng() {
    }

    /** @param segments the rows' data (each row: a filter byte 0, then two indices a byte), in order, the last one final */
    static byte[] write(int width, int height, IndexColorModel palette, List<DeflateSegment> segments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        out.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 4;  // bits per index
        header[9] = 3;  // colour type: indexed
        chunk(out, "IHDR", header);
        int colours = palette.getMapSize();
        byte[] plte = new byte[colours * 3];
        for (int i = 0; i < colours; i++) {
            plte[3 * i] = (byte) palette.getRed(i);
            plte[3 * i + 1] = (byte) palette.getGreen(i);
            plte[3 * i + 2] = (byte) palette.getBlue(i);
        }
        chunk(out, "PLTE", plte);
        long length = 0;
        int compressed = 0;
        for (DeflateSegment segment : segments) {
            length += segment.length();
            compressed += segment.bytes().length;
        }
        if (length != (long) CardGeometry.rowBytes(width) * height) {
            throw new IllegalArgumentException("image data of " + length + " bytes for " + width + " x " + height);
        }
        byte[] idat = new byte[2 + compressed + 4];
        System.arraycopy(ZLIB_HEADER, 0, idat, 0, 2);
        int at = 2;
        DeflateSegment sum = null;
        for (DeflateSegment segment : segments) {
            System.arraycopy(segment.bytes(), 0, idat, at, segment.bytes().length);
            at += segment.bytes().length;
            sum = sum == null ? segment : new DeflateSegment(null, sum.adlerThen(segment), sum.length() + segment.length());
        }
        putInt(idat, idat.length - 4, (int) sum.adler());
        chunk(out, "IDAT", idat);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] head = new byte[8];
        putInt(head, 0, data.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, head, 4, 4);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(head);
        out.writeBytes(data);
        byte[] tail = new byte[4];
        putInt(tail, 0, (int) crc.getValue());
        out.writeBytes(tail);
    }

    private static void putInt(byte[] b, int at, int value) {
        b[at] = (byte) (value >>> 24);
        b[at + 1] = (byte) (value >>> 16);
        b[at + 2] = (byte) (value >>> 8);
        b[at + 3] = (byte) value;
    }
}
