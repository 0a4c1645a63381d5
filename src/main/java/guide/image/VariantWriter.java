package guide.image;

import net.coobird.thumbnailator.Thumbnails;

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
            throw new DamagedImage(image, e.getMessage());
        }
        return out.toByteArray();
    }
}
