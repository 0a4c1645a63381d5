package guide.image;

import java.util.Arrays;
import java.util.zip.Adler32;
import java.util.zip.Deflater;

/**
 * A stretch of a PNG's image data, compressed on its own as raw deflate blocks that end on a
 * byte boundary (zlib's sync flush), with the Adler-32 checksum and length of what it holds.
 * Segments written in order and closed by a last one form one valid zlib stream (RFC 1950/1951:
 * a block may, but need not, refer back to earlier ones), so the parts every card shares are
 * compressed once per build and only the rows with the title are compressed per card.
 *
 * @param bytes  the deflate blocks
 * @param adler  Adler-32 of the uncompressed bytes
 * @param length how many uncompressed bytes
 */
record DeflateSegment(byte[] bytes, long adler, long length) {
    private static final long BASE = 65521;
    private static final ThreadLocal<Deflater> DEFLATERS = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));
    /** Where a segment is compressed before it is copied out at its size: one buffer per thread, not one per card. */
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[64 * 1024]);

    /** Compresses {@code raw[from, from + length)}; {@code last} closes the stream (final block). */
    static DeflateSegment of(byte[] raw, int from, int length, boolean last) {
        Deflater deflater = DEFLATERS.get();
        deflater.reset();
        deflater.setInput(raw, from, length);
        if (last) {
            deflater.finish();
        }
        byte[] out = SCRATCH.get();
        int size = 0;
        while (true) {
            if (size == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
                SCRATCH.set(out);
            }
            size += deflater.deflate(out, size, out.length - size, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
            // Done when the stream is closed, or (sync flush) when the flush left room to spare in the buffer.
            if (last ? deflater.finished() : size < out.length) {
                break;
            }
        }
        Adler32 adler = new Adler32();
        adler.update(raw, from, length);
        return new DeflateSegment(Arrays.copyOf(out, size), adler.getValue(), length);
    }

    /** Adler-32 of this segment's bytes followed by the next one's (zlib's adler32_combine). */
    long adlerThen(DeflateSegment next) {
        long rem = next.length % BASE;
        long sum1 = adler & 0xffff;
        long sum2 = (rem * sum1) % BASE;
        sum1 += (next.adler & 0xffff) + BASE - 1;
        sum2 += ((adler >> 16) & 0xffff) + ((next.adler >> 16) & 0xffff) + BASE - rem;
        if (sum1 >= BASE) {
            sum1 -= BASE;
        }
        if (sum1 >= BASE) {
            sum1 -= BASE;
        }
        if (sum2 >= (BASE << 1)) {
            sum2 -= (BASE << 1);
        }
        if (sum2 >= BASE) {
            sum2 -= BASE;
        }
        return sum1 | (sum2 << 16);
    }
}
