package guide.build;

import guide.check.MarkdownElements;
import guide.content.ContentDocument;
import guide.content.ContentFiles;
import guide.content.FrontMatter;
import guide.content.FrontMatterParser;
import guide.image.ImageFault;
import guide.site.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the pages, drafts included, show a content image: on each page, the header line that makes it
 * the page's share picture ({@code image=/images/x.jpg}), else the line of the Markdown body where
 * it is first shown ({@link MarkdownElements}: its {@code ![}, the {@code ![alt][ref]} of one
 * through a reference rather than the {@code [ref]: } line that gives the address, the line where
 * an {@code <img>} tag starts), else the first line that links to it. An address in code or in a
 * reference definition alone shows nothing. A fault of the image itself ({@link ImageFault}: a file
 * the scan cannot read, or damage met while its copies are made) is named there: where editors
 * see the image used and look for its problems. A draft counts: the fault is the file's, which stops the build whoever
 * shows it (at the file itself when no page does), and an editor who shows a photo only in a draft looks for it there.
 *
 * <p>A page whose header has a fault (a date that is no date, a line that is not {@code key=value})
 * gives the build no document, but an editor who adds a photo to it looks for the photo's problem
 * there too: its lines are searched the same way, the header read only as far as it can be.
 */
final class ImagePlaces {
    /** A file (relative to the project) and its 1-based line. */
    record Place(Path file, int line) {
    }

    /**
     * A page as this search reads it.
     *
     * @param image     the value of its {@code image=} header line, or null
     * @param body      its Markdown text after the header
     * @param bodyStart the line of the body's first line
     */
    private record Page(Path source, String image, int imageLine, String body, int bodyStart) {
    }

    private final List<Page> pages;
    /** What each page's body writes, read the first time a fault asks about a page that holds its address. */
    private final Map<Path, MarkdownElements> written = new ConcurrentHashMap<>();

    private ImagePlaces(List<Page> pages) {
        this.pages = List.copyOf(pages);
    }

    /**
     * The documents, drafts included, and the Markdown files of {@code files} that gave no document because their header has
     * a fault (read only when there are such files: in a build that fails anyway).
     *
     * @param documents every document of the scan, drafts included
     */
    static ImagePlaces of(Path projectDir, ContentFiles files, List<ContentDocument> documents) {
        // The published pages first, then the drafts: a fault of the file stops the build whoever shows it.
        List<Page> pages = new ArrayList<>(documents.stream().filter(d -> !d.draft()).map(ImagePlaces::pageOf).toList());
        documents.stream().filter(ContentDocument::draft).map(ImagePlaces::pageOf).forEach(pages::add);
        if (documents.size() < files.markdown().size()) {
            Set<Path> scanned = new HashSet<>();
            documents.forEach(d -> scanned.add(d.source()));
            for (Map.Entry<Path, ?> file : files.markdown()) {
                Path shown = projectDir.relativize(file.getKey());
                if (!scanned.contains(shown)) {
                    faultyPage(file.getKey(), shown).ifPresent(pages::add);
                }
            }
        }
        return new ImagePlaces(pages);
    }

    /** No page: for the files of a build that has no draft ({@link DraftFiles#NONE}). */
    static ImagePlaces none() {
        return new ImagePlaces(List.of());
    }

    private static Page pageOf(ContentDocument doc) {
        return new Page(doc.source(), doc.frontMatter().get("image"), doc.frontMatter().lineOf("image"), doc.body(),
                doc.frontMatter().bodyStartLine());
    }

    /** A page whose header the scan rejected, its header read leniently ({@link FrontMatterParser#lenient}); empty for a file that cannot be read. */
    private static Optional<Page> faultyPage(Path file, Path shown) {
        FrontMatter header;
        try {
            header = FrontMatterParser.lenient(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(new Page(shown, header.get("image"), header.lineOf("image"), header.body(), header.bodyStartLine()));
    }

    /** One place on each page that shows the image at {@code url} (published, a draft, or held back by its header's fault); none when no page does. */
    List<Place> of(String url) {
        List<Place> places = new ArrayList<>();
        for (Page page : pages) {
            if (url.equals(page.image())) {
                places.add(new Place(page.source(), page.imageLine()));
                continue;
            }
            int line = page.body().contains(url) ? lineShowing(page, url) : 0;
            if (line > 0) {
                places.add(new Place(page.source(), line));
            }
        }
        return places;
    }

    /** The line of {@code page}'s body that first shows the image at {@code url}, else the first that links to it; 0 when none does. */
    private int lineShowing(Page page, String url) {
        MarkdownElements body = written.computeIfAbsent(page.source(), source -> MarkdownElements.of(page.body(), page.bodyStart()));
        int shown = body.firstLine("img", "src", url);
        return shown > 0 ? shown : body.firstLine("a", "href", url);
    }

    /** The fault's problem at each page that shows its image, or at the image file when no page does. */
    List<Problem> problemsOf(ImageFault fault) {
        List<Place> shown = of(fault.url());
        return shown.isEmpty() ? List.of(fault.problem()) : shown.stream().map(at -> fault.problemAt(at.file(), at.line())).toList();
    }
}
