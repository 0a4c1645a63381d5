package guide.build;

import guide.content.ContentDocument;
import guide.content.DocumentMemo;
import guide.image.ImageCatalog;
import guide.image.PictureLanguageCheck;
import guide.image.PictureTwins;
import guide.site.Problem;
import guide.site.SiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The warnings of {@link PictureLanguageCheck} (a page showing a picture in another language), kept per page between the
 * preview's builds: which twin a picture has and which language an SVG declares depend only on the pictures' files, so
 * while none of those is added, removed or saved, an unchanged page's warnings are those of the last build. Without this
 * every save read the SVGs of all pages again (about a tenth of a preview build's time at 2 × 1,000 pages).
 */
final class PictureWarnings {
    private String picturesStamp;
    private PictureTwins twins;
    private DocumentMemo<List<Problem>> byPage = new DocumentMemo<>();

    /** The warnings for {@code published}; {@code pictures} are the content folder's files other than pages. */
    synchronized List<Problem> of(SiteConfig config, List<Path> pictures, List<ContentDocument> published) {
        Path imagesDir = config.contentDir().resolve(ImageCatalog.FOLDER);
        String stamp = stamp(imagesDir, pictures) + config.languages();
        if (!stamp.equals(picturesStamp)) {
            picturesStamp = stamp;
            twins = new PictureTwins(imagesDir, config.languages());
            byPage = new DocumentMemo<>();
        }
        PictureTwins current = twins;
        return published.stream().flatMap(doc -> byPage.get(doc, d -> PictureLanguageCheck.of(List.of(d), current)).stream()).toList();
    }

    /**
     * The same warnings for a draft, against the pictures as the last {@link #of} found them (each build calls it first): as on a
     * published page, readers of the draft once published would see the other language's words.
     */
    synchronized List<Problem> ofDraft(ContentDocument draft) {
        PictureTwins current = twins;
        return current == null ? List.of() : byPage.get(draft, d -> PictureLanguageCheck.of(List.of(d), current));
    }

    /** The files under {@code imagesDir} with their sizes and modification times: a saved, added or removed picture changes it. */
    private static String stamp(Path imagesDir, List<Path> files) {
        StringBuilder s = new StringBuilder();
        for (Path file : files) {
            if (file.startsWith(imagesDir)) {
                s.append(file).append('|');
                try {
                    s.append(Files.size(file)).append('|').append(Files.getLastModifiedTime(file).toMillis());
                } catch (IOException e) {
                    s.append("unreadable");
                }
                s.append('\n');
            }
        }
        return s.toString();
    }
}
