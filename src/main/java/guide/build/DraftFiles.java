package guide.build;

import guide.content.ContentDocument;
import guide.image.ContentImage;
import guide.image.DamagedImage;
import guide.image.ImageCatalog;
import guide.image.ImageFile;
import guide.site.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The content folder's files that only drafts use, which no build writes to the site: {@code ./guide publish} uploads the
 * output folder, so a photo, a drawing or a PDF that only an unpublished article shows or links to would otherwise be online,
 * at an address anyone could guess from the article's text, before the article is. A file is a draft's when a draft's body or
 * header names its address ({@code /images/plan.jpg}) and no published page's does; a JPEG's or PNG's copies
 * ({@code plan-800w.jpg}) go with it. Once one published page names it, or the draft is published, the next build writes
 * it and its copies as any other. A file no page names is published as before (a script may use it), and so is one a template or
 * the interface words name ({@link TemplateAddresses}): every page shows that one.
 *
 * <p>The preview shows a draft with its pictures: it serves these files from here ({@link #at}), never from the output,
 * each copy made on the first request for it and kept, across builds, while the photo is unchanged ({@link PreviewCopies}).
 * One that cannot be read or made now is a {@link DraftFileFailure} at the draft's line that shows it.
 */
public final class DraftFiles {
    /** None: a build without drafts, or before the first good build. */
    static final DraftFiles NONE = new DraftFiles(Set.of(), Map.of(), Map.of(), Map.of(), ImagePlaces.none(), new PreviewCopies());

    /** The content files only drafts use. */
    private final Set<Path> withheld;
    /** Those of them a build would publish as they are, by their path in the site ({@code images/plan.svg}). */
    private final Map<String, Path> originals;
    /** The copies of those JPEGs and PNGs, by their path in the site ({@code images/plan-800w.jpg}). */
    private final Map<String, ImageFile> copies;
    /** The address editors write ({@code /images/plan.jpg}) of each of those originals and copies, by its path in the site. */
    private final Map<String, String> urls;
    /** Where the drafts show each of them: the line a problem serving it is named at. */
    private final ImagePlaces places;
    /** The copies made for the preview. */
    private final PreviewCopies made;

    private DraftFiles(Set<Path> withheld, Map<String, Path> originals, Map<String, ImageFile> copies, Map<String, String> urls,
                       ImagePlaces places, PreviewCopies made) {
        this.withheld = withheld;
        this.originals = originals;
        this.copies = copies;
        this.urls = urls;
        this.places = places;
        this.made = made;
    }

    /**
     * The files among {@code others} (the content folder's files other than pages) that drafts among {@code documents} name
     * and no published document nor template does.
     *
     * @param templates what the templates name, asked only about a file a draft names
     * @param places where the documents show each image, for a problem serving one
     * @param made the copies an earlier build made for the preview, which this one keeps while its photos need them
     */
    static DraftFiles of(Path contentDir, List<Path> others, List<ContentDocument> documents, ImageCatalog catalog, TemplateAddresses templates,
                         ImagePlaces places, PreviewCopies made) {
        List<ContentDocument> drafts = documents.stream().filter(ContentDocument::draft).toList();
        if (drafts.isEmpty()) {
            made.clear();
            return NONE;
        }
        List<ContentDocument> published = documents.stream().filter(d -> !d.draft()).toList();
        Set<Path> withheld = new HashSet<>();
        Map<String, Path> originals = new HashMap<>();
        Map<String, ImageFile> copies = new HashMap<>();
        Map<String, String> urls = new HashMap<>();
        for (Path file : others) {
            String path = contentDir.relativize(file).toString().replace('\\', '/');
            String url = "/" + path;
            if (drafts.stream().anyMatch(d -> names(d, url)) && published.stream().noneMatch(d -> names(d, url))
                    && !templates.names(url)) {
                withheld.add(file);
                if (catalog.publishedAsItIs(file)) {
                    originals.put(path, file);
                    urls.put(path, url);
                }
                catalog.at(url).filter(ContentImage::reEncoded).ifPresent(image -> catalog.copyFiles(image).forEach(c -> {
                    copies.put(c.outputPath(), c);
                    urls.put(c.outputPath(), url);
                }));
            }
        }
        Set<String> needed = new HashSet<>();
        copies.values().forEach(copy -> needed.add(copy.inputs()));
        made.retain(needed);
        return new DraftFiles(Set.copyOf(withheld), Map.copyOf(originals), Map.copyOf(copies), Map.copyOf(urls), places, made);
    }

    /** Whether the document's text or header has the address. */
    private static boolean names(ContentDocument doc, String url) {
        return doc.body().contains(url) || doc.frontMatter().values().values().stream().anyMatch(v -> v.contains(url));
    }

    /** Whether the content file is only drafts' (not written to the site, as it is or as copies). */
    boolean withholds(Path file) {
        return withheld.contains(file);
    }

    /** Whether the file the build makes at {@code outputPath} is a copy of a picture only drafts show. */
    boolean withholdsCopy(String outputPath) {
        return copies.containsKey(outputPath);
    }

    /** Whether drafts alone use some files. */
    boolean isEmpty() {
        return withheld.isEmpty();
    }

    /** The paths in the site of the files a draft's page may show or link to that only drafts use ({@code images/plan-800w.jpg}). */
    Set<String> paths() {
        Set<String> paths = new HashSet<>(originals.keySet());
        paths.addAll(copies.keySet());
        return paths;
    }

    /**
     * For the preview: the bytes of the file only drafts use at {@code path} in the site ({@code images/plan-800w.jpg}), an
     * original as it is now, a copy as a build would write it; empty when no such file is a draft's.
     *
     * @throws DraftFileFailure when it is a draft's but cannot be read or made now, named at the drafts' lines that show it
     */
    public Optional<byte[]> at(String path) throws DraftFileFailure {
        try {
            ImageFile copy = copies.get(path);
            if (copy != null) {
                return Optional.of(made.bytes(copy));
            }
            Path original = originals.get(path); // a JPEG or PNG is served as its copies only, as the site shows it
            return original == null ? Optional.empty() : Optional.of(Files.readAllBytes(original));
        } catch (DamagedImage e) {
            throw new DraftFileFailure(places.problemsOf(e), e);
        } catch (IOException | RuntimeException e) {
            throw failure(path, e);
        }
    }

    /** The file at {@code path} cannot be read ({@code e}): at each draft's line that shows it, else at the file. */
    private DraftFileFailure failure(String path, Exception e) {
        String url = urls.get(path);
        String why = e instanceof NoSuchFileException ? "there is no such file now" : e.getMessage() == null ? e.toString() : e.getMessage();
        String message = "file " + url + " cannot be read: " + why;
        List<ImagePlaces.Place> shown = places.of(url);
        List<Problem> problems = shown.isEmpty() ? List.of(new Problem(originals.getOrDefault(path, Path.of(path)), 0, message))
                : shown.stream().map(at -> new Problem(at.file(), at.line(), message)).toList();
        return new DraftFileFailure(problems, e);
    }
}
