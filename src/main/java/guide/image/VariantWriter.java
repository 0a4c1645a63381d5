package guide.image;

import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.tasks.UnsupportedFormatException;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;

/**
 * Writes a re-encoded copy of a content image with Thumbnailator: it scales down in steps
 * (progressive bilinear, sharper than one bicubic step and much faster than area averaging),
 * turns the picture upright as the camera's orientation flag says, and writes JPEG at a chosen
 * quality through ImageIO (TwelveMonkeys' JPEG plugin reads what the JDK cannot). Only the pixels
 * are written: none of the original's metadata (EXIF with the camera's GPS position, comments,
 * text chunks) reaches the copy. JPEG stays JPEG, PNG (diagrams, screenshots: sharp edges,
 * perhaps transparency) stays PNG. The same original gives the same bytes. An original that does
 * not decode is a {@link DamagedImage}.
 */
final class VariantWriter {
    private VariantWriter() {
    }

    static byte[] resize(ContentImage image, ImageVariant variant, float jpegQuality) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Thumbnails.Builder<File> builder = Thumbnails.of(image.file().toFile())
                    .size(variant.width(), variant.height())
                    .keepAspectRatio(false)
                    .outputFormat(image.format().equals("jpeg") ? "jpg" : "png");
            if (image.format().equals("jpeg")) {
                builder.outputQuality(jpegQuality);
            }
            builder.toOutputStream(out);
        } catch (IOException e) {
            throw new DamagedImage(image, reason(image, e));
        }
        return out.toByteArray();
    }

    /**
     * Why the copy could not be made, in the words the build's scan uses where it has them ("no picture in it" for a file
     * no decoder knows, where Thumbnailator says "No suitable ImageReader found for" and the file's absolute path), else the
     * decoder's, with the file named as the project names it, not by the builder's absolute path.
     */
    static String reason(ContentImage image, IOException e) {
        if (e instanceof UnsupportedFormatException) {
            return "no picture in it";
        }
        String said = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return said.replace(image.file().toString(), image.source().toString().replace('\\', '/'));
    }
}
