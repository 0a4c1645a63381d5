package guide.image;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Pictures for tests, drawn on the spot: a gradient with a few shapes, so they compress like photos, and decode like any. */
public final class TestImages {
    private TestImages() {
    }

    /** A JPEG or PNG, by the file's extension. */
    public static Path picture(Path file, int width, int height) throws IOException {
        return file.toString().endsWith(".png") ? png(file, width, height) : jpeg(file, width, height);
    }

    static Path jpeg(Path file, int width, int height) throws IOException {
        return write(file, width, height, "jpg", BufferedImage.TYPE_INT_RGB);
    }

    static Path png(Path file, int width, int height) throws IOException {
        return write(file, width, height, "png", BufferedImage.TYPE_INT_ARGB);
    }

    /**
     * A JPEG as a phone writes it: with an EXIF block (APP1) holding a GPS position (latitude and
     * longitude with their references) and an image description that says {@code marker}.
     */
    static Path jpegWithGps(Path file, int width, int height, String marker) throws IOException {
        byte[] plain = Files.readAllBytes(jpeg(file, width, height));
        byte[] tiff = exifWithGps(marker);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        int length = 2 + 6 + tiff.length;
        out.write(new byte[]{(byte) 0xff, (byte) 0xe1, (byte) (length >> 8), (byte) length});
        out.write("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.write(tiff);
        out.write(plain, 2, plain.length - 2);
        Files.write(file, out.toByteArray());
        return file;
    }

    /** A big-endian TIFF structure: IFD0 (ImageDescription, GPS IFD pointer), then the GPS IFD (N 52° 13' 47", E 21° 0' 44"). */
    private static byte[] exifWithGps(String marker) {
        byte[] text = (marker + "\0").getBytes(StandardCharsets.US_ASCII);
        int ifd0 = 8;
        int gps = ifd0 + 2 + 2 * 12 + 4;
        int textAt = gps + 2 + 4 * 12 + 4;
        int latitude = textAt + text.length + (text.length % 2);
        int longitude = latitude + 24;
        ByteBuffer b = ByteBuffer.allocate(longitude + 24);
        b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(ifd0);
        b.putShort((short) 2);
        entry(b, 0x010e, 2, text.length, textAt);
        entry(b, TIFF.TAG_GPS_IFD, 4, 1, gps);
        b.putInt(0);
        b.putShort((short) 4);
        entry(b, 1, 2, 2, 'N' << 24);
        entry(b, 2, 5, 3, latitude);
        entry(b, 3, 2, 2, 'E' << 24);
        entry(b, 4, 5, 3, longitude);
        b.putInt(0);
        b.put(text);
        b.position(latitude);
        for (int value : new int[]{52, 13, 47, 21, 0, 44}) {
            b.putInt(value).putInt(1);
        }
        return b.array();
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    /** True if the JPEG has an EXIF block with a GPS directory (read by TwelveMonkeys' metadata reader). */
    static boolean hasGpsInExif(Path jpeg) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(jpeg.toFile())) {
            for (JPEGSegment segment : JPEGSegmentUtil.readSegments(in, 0xffe1, "Exif")) {
                byte[] data = segment.data().readAllBytes();
                int start = 0; // after "Exif\0" and its pad byte: where the TIFF header's byte order mark starts
                while (start < data.length && data[start] == 0) {
                    start++;
                }
                try (ImageInputStream exif = ImageIO.createImageInputStream(new ByteArrayInputStream(data, start, data.length - start))) {
                    Directory directory = new TIFFReader().read(exif);
                    if (directory.getEntryById(TIFF.TAG_GPS_IFD) != null) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Path write(Path file, int width, int height, String format, int type) throws IOException {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x2f6b5e), width, height, new Color(0xfdf3d8)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x1d2127));
        for (int i = 0; i < 12; i++) {
            g.fillOval(i * width / 12, (i * 37 % 10) * height / 10, width / 20, height / 15);
        }
        g.dispose();
        Files.createDirectories(file.getParent());
        if (!ImageIO.write(image, format, file.toFile())) {
            throw new IOException("no writer for " + format);
        }
        return file;
    }
}
