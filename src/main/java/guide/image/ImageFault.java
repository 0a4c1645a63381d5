package guide.image;

import guide.site.Problem;

import java.nio.file.Path;

/**
 * What is wrong with a content image itself, such as a file that is no picture or one damaged
 * inside. Editors see an image where it is used, so the build names its fault at each line that
 * shows it, told which file to fix; at the image file itself when no page shows it.
 */
public interface ImageFault {
    /** The image's address as editors write it, e.g. {@code /images/photo.jpg}. */
    String url();

    /** The problem an editor sees at a line (of a Markdown file) that shows the image. */
    Problem problemAt(Path file, int line);

    /** The problem an editor sees at the image file, for an image no page shows. */
    Problem problem();
}
