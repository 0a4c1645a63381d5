package guide.build;

import guide.check.SourceLocator;
import guide.content.ContentDocument;
import guide.image.ImageFault;
import guide.site.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the published pages show a content image: on each page, the header line that makes it
 * the page's share picture ({@code image=/images/x.jpg}), else the first line of the Markdown body
 * that writes its address, found as the link check finds a missing image's
 * ({@link SourceLocator#containsWhole}). A fault of the image itself ({@link ImageFault}: a file
 * the scan cannot read, or damage met while its copies are made) is named there: where editors
 * see the image used and look for its problems.
 */
final class ImagePlaces {
    /** A file (relative to the project) and its 1-based line. */
    record Place(Path file, int line) {
    }

    private final List<ContentDocument> published;

    ImagePlaces(List<ContentDocument> published) {
        this.published = List.copyOf(published);
    }

    /** One place on each published page that shows the image at {@code url}; none when no page does. */
    List<Place> of(String url) {
        List<Place> places = new ArrayList<>();
        for (ContentDocument doc : published) {
            if (url.equals(doc.frontMatter().get("image"))) {
                places.add(new Place(doc.source(), doc.frontMatter().lineOf("image")));
                continue;
            }
            String[] body = doc.body().split("\n", -1);
            for (int i = 0; i < body.length; i++) {
                if (SourceLocator.containsWhole(body[i], url)) {
                    places.add(new Place(doc.source(), doc.frontMatter().bodyStartLine() + i));
                    break;
                }
            }
        }
        return places;
    }

    /** The fault's problem at each page that shows its image, or at the image file when no page does. */
    List<Problem> problemsOf(ImageFault fault) {
        List<Place> shown = of(fault.url());
        return shown.isEmpty() ? List.of(fault.problem()) : shown.stream().map(at -> fault.problemAt(at.file(), at.line())).toList();
    }
}
