package guide.image;

import guide.site.Problem;

import java.nio.file.Path;

/**
 * A content image the scan could not read even the size of: no picture at all, cut short, or an
 * SVG without a size it can use ({@link ImageSizes.Unreadable}). It is left out of the catalog and
 * stops the build; editors see it where they see the image used, at each line that shows it, told
 * which file to fix (as a {@link DamagedImage} is named); at the image file when no page shows it.
 */
public final class UnreadableImage implements ImageFault {
    private final String url;
    private final Path source;
    private final String reason;
    private final String todo;
    private final String todoNaming;

    UnreadableImage(String url, Path source, ImageSizes.Unreadable why) {
        this.url = url;
        this.source = source;
        this.reason = why.reason();
        this.todo = why.todo();
        this.todoNaming = why.todo(source);
    }

    @Override
    public String url() {
        return url;
    }

    @Override
    public Problem problemAt(Path file, int line) {
        return new Problem(file, line, "image " + url + " cannot be read: " + reason + ": " + todoNaming);
    }

    @Override
    public Problem problem() {
        return new Problem(source, 0, "cannot read this image: " + reason + ": " + todo);
    }
}
