package guide.image;

import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The size of an image file without decoding its pixels: a raster image's header through
 * ImageIO (with TwelveMonkeys' JPEG reader, which also reads the CMYK and odd-profile JPEGs the
 * JDK's own rejects), turned as the camera's orientation flag says (a portrait photo is stored
 * sideways); an SVG's {@code width} and {@code height}, or else its {@code viewBox}.
 */
final class ImageSizes {
    private static final Set<Orientation> SIDEWAYS = Set.of(Orientation.LEFT_TOP, Orientation.RIGHT_TOP, Orientation.RIGHT_BOTTOM,
            Orientation.LEFT_BOTTOM);
    private static final Pattern SVG_ROOT = Pattern.compile("<svg\\b[^>]*>", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(px)?\\s*");

    private ImageSizes() {
    }

    /** Width and height in pixels as shown, and the format's name. */
    record Size(int width, int height, String format) {
    }

    /**
     * A file that is no picture the build can read: what is wrong, and what to do about it, said
     * of the file as "it" (at the file itself) or by its name (at a page that shows it).
     */
    static final class Unreadable extends IOException {
        private final String reason;
        private final String todo;
        private final String todoNaming;

        /** @param todoNaming what to do, with {@code %s} where the file is named */
        Unreadable(String reason, String todo, String todoNaming) {
            super(reason + ": " + todo);
            this.reason = reason;
            this.todo = todo;
            this.todoNaming = todoNaming;
        }

        /** A file the reader for its kind knows but cannot read even the size of: cut short, or garbled at its start. */
        static Unreadable damaged(Exception e) {
            return new Unreadable("it is damaged (" + detail(e) + ")", "save or export it again from the program that made it",
                    "save or export %s again from the program that made it");
        }

        /** What is wrong with a file whose reading failed with {@code e}: said by the scan, or else (gone, not allowed…) the failure's own words. */
        static Unreadable of(Exception e) {
            return e instanceof Unreadable said ? said : new Unreadable("reading it failed (" + detail(e) + ")",
                    "save it again as JPEG, PNG or SVG", "save %s again as JPEG, PNG or SVG");
        }

        private static String detail(Exception e) {
            return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        }

        String reason() {
            return reason;
        }

        /** What to do, said of the file as "it". */
        String todo() {
            return todo;
        }

        /** What to do, naming the file (relative to the project). */
        String todo(Path file) {
            return todoNaming.formatted(file.toString().replace('\\', '/'));
        }
    }

    static Size raster(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new IOException("cannot open");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                String name = file.getFileName().toString();
                String type = name.substring(name.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT).replace("JPG", "JPEG");
                throw new Unreadable("it is not a valid " + type + " file (it is damaged, or no picture at all)",
                        "export it again as JPEG, PNG or SVG", "export %s again as JPEG, PNG or SVG");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, false);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                Orientation orientation = format.startsWith("jp") ? ExifUtils.getExifOrientation(reader, 0) : null;
                boolean sideways = orientation != null && SIDEWAYS.contains(orientation);
                return new Size(sideways ? height : width, sideways ? width : height, format.startsWith("jp") ? "jpeg" : format);
            } catch (IOException | RuntimeException e) {
                throw Unreadable.damaged(e);
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * The size an SVG file declares on its root element, in CSS pixels. Its attributes are ASCII in
     * every encoding an SVG may be saved in but UTF-16, so the bytes are read as Latin-1, which
     * cannot fail: an SVG saved in windows-1250 or ISO-8859-2 with its XML declaration saying so is
     * as valid as one in UTF-8, and browsers show it. A UTF-16 file without a byte order mark is
     * read as Latin-1 too, and is then said to have no {@code <svg>} element.
     */
    static Size svg(byte[] bytes) throws IOException {
        boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
        return svg(new String(bytes, utf16 ? StandardCharsets.UTF_16 : StandardCharsets.ISO_8859_1));
    }

    /** The size an SVG declares on its root element, in CSS pixels. */
    static Size svg(String text) throws IOException {
        Matcher root = SVG_ROOT.matcher(text);
        if (!root.find()) {
            throw new Unreadable("it has no <svg> element", "export it again as SVG", "export %s again as SVG");
        }
        String tag = root.group();
        String width = attribute(tag, "width");
        String height = attribute(tag, "height");
        if (width != null && height != null && NUMBER.matcher(width).matches() && NUMBER.matcher(height).matches()) {
            return new Size(pixels(width), pixels(height), "svg");
        }
        String viewBox = attribute(tag, "viewBox");
        if (viewBox != null) {
            String[] parts = viewBox.trim().split("[\\s,]+");
            try {
                if (parts.length == 4) {
                    return new Size((int) Math.round(Double.parseDouble(parts[2])), (int) Math.round(Double.parseDouble(parts[3])), "svg");
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new Unreadable("its viewBox must be four numbers (min-x min-y width height), found \"" + viewBox + "\"",
                    "correct it in the <svg> element", "correct it in the <svg> element of %s");
        }
        throw new Unreadable("the <svg> element has neither width and height in pixels nor a viewBox", "give it width=\"…\" height=\"…\"",
                "give the <svg> element of %s width=\"…\" height=\"…\"");
    }

    private static int pixels(String value) {
        Matcher m = NUMBER.matcher(value);
        m.matches();
        return (int) Math.round(Double.parseDouble(m.group(1)));
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "\\s*=\\s*([\"'])(.*?)\\1", Pattern.DOTALL).matcher(tag);
        return m.find() ? m.group(2) : null;
    }
}
