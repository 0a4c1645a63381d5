package guide.image;

import guide.concurrent.AllCores;
import guide.site.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The images in the content folder, with their sizes and the copies the build publishes of them.
 * Images go in {@code content/images/} (one folder for both languages; a diagram with words in it
 * has one file per language, e.g. {@code steps-pl.svg} and {@code steps-en.svg}) and are written
 * in Markdown as {@code ![alt text](/images/name.jpg)}. Files kept elsewhere under
 * {@code content/} (next to an article) are found too, at their own address.
 *
 * <p>A JPEG or PNG is published only as re-encoded copies ({@link ContentImage}): {@link #WIDTHS}
 * wide where the original is wider, and at its own width when it is no wider than
 * {@value #LARGEST} pixels, named {@code name-800w.jpg}. Originals over {@value #LARGE_BYTES}
 * bytes get a warning: such a file is usually a photo straight from the camera, worth saving smaller.
 */
public final class ImageCatalog {
    public static final String FOLDER = "images";
    public static final List<Integer> WIDTHS = List.of(480, 800, 1200);
    public static final int LARGEST = 1200;
    public static final long LARGE_BYTES = 1_000_000;
    private static final float JPEG_QUALITY = 0.82f;
    /** Bump when the copies are made differently in a way their inputs do not show. */
    private static final String COPIES = "copy-2";

    private final Map<String, ContentImage> byUrl;
    private final Map<String, UnreadableImage> unreadable;
    private final Set<Path> reEncoded = new HashSet<>();
    /** What is wrong with each original whose copies were made, if anything: each is decoded once, for all its copies. */
    private final Map<Path, Optional<String>> damage = new ConcurrentHashMap<>();
    /** What earlier builds of the same builder found decoding the originals, by their bytes. */
    private final DecodedImages decoded;
    /** Each JPEG and PNG's path, size and modification time as the scan read it. */
    private final Map<Path, String> stamps;
    private final List<String> warnings;

    private ImageCatalog(Map<String, ContentImage> byUrl, Map<String, UnreadableImage> unreadable, List<String> warnings,
                         DecodedImages decoded, Map<Path, String> stamps) {
        this.byUrl = byUrl;
        this.unreadable = unreadable;
        this.warnings = warnings;
        this.decoded = decoded;
        this.stamps = stamps;
        byUrl.values().stream().filter(ContentImage::reEncoded).forEach(image -> reEncoded.add(image.file()));
    }

    /** No images (for builds that look none up, and for tests). */
    public static ImageCatalog empty() {
        return new ImageCatalog(Map.of(), Map.of(), List.of(), new DecodedImages(), Map.of());
    }

    /**
     * Reads the size of every image among {@code files} (the content folder's files, from the
     * build's one walk: {@link guide.content.ContentFiles}), in their order. An image whose copies
     * would have another's addresses is a problem; one that cannot be read is kept aside
     * ({@link #unreadable()}) for the build to name where pages show it.
     *
     * @param memo    images read before, by file, size and modification time (the preview keeps them between builds)
     * @param decoded what decoding the originals found in earlier builds (the preview keeps it too)
     */
    public static ImageCatalog scan(Path projectDir, Path contentDir, List<Path> files, Map<String, ContentImage> memo, DecodedImages decoded,
                                    List<Problem> problems) {
        Map<String, ContentImage> byUrl = new TreeMap<>();
        Map<String, UnreadableImage> unreadable = new TreeMap<>();
        List<String> warnings = new ArrayList<>();
        Map<String, Path> copyOwners = new HashMap<>();
        Set<String> read = new HashSet<>();
        Map<Path, String> stamps = new HashMap<>();
        for (Path file : files.stream().filter(f -> format(f).isPresent()).toList()) {
            Path shown = projectDir.relativize(file);
            String url = "/" + contentDir.relativize(file).toString().replace('\\', '/');
            ContentImage image;
            try {
                String stamp = file + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis();
                image = memo.get(stamp);
                if (image == null) {
                    image = read(file, shown, url);
                    memo.put(stamp, image);
                }
                read.add(stamp);
                stamps.put(file, stamp);
            } catch (IOException | RuntimeException e) {
                unreadable.put(url, new UnreadableImage(url, shown, ImageSizes.Unreadable.of(e)));
                continue;
            }
            byUrl.put(url, image);
            for (ImageVariant copy : image.copies()) {
                Path other = copyOwners.putIfAbsent(copy.outputPath(), shown);
                if (other != null) {
                    problems.add(new Problem(shown, 0, "its copy " + copy.url() + " would replace the one of " + other
                            + ": rename one of the two files"));
                    break;
                }
            }
            if (image.bytes() > LARGE_BYTES && !image.vector()) {
                warnings.add(shown + ": " + String.format(Locale.ROOT, "%.1f MB", image.bytes() / 1e6) + ", over "
                        + LARGE_BYTES / 1_000_000 + " MB: readers get resized copies, but save the original smaller"
                        + " (e.g. 2400 px wide, JPEG quality 80) to keep the repository light");
            }
        }
        memo.keySet().retainAll(read);
        decoded.retain(byUrl.values().stream().filter(ContentImage::reEncoded).map(ContentImage::digest).collect(Collectors.toSet()));
        return new ImageCatalog(byUrl, unreadable, List.copyOf(warnings), decoded, Map.copyOf(stamps));
    }

    private static ContentImage read(Path file, Path shown, String url) throws IOException {
        long bytes = Files.size(file);
        if (format(file).orElseThrow().equals("svg")) {
            ImageSizes.Size size = ImageSizes.svg(Files.readAllBytes(file));
            return new ContentImage(url, shown, file, size.width(), size.height(), bytes, "svg", "", List.of());
        }
        ImageSizes.Size size = ImageSizes.raster(file);
        List<ImageVariant> copies = new ArrayList<>();
        if (!size.format().equals("gif")) {
            String stem = url.replaceFirst("\\.[^./]+$", "") + "-";
            String extension = size.format().equals("jpeg") ? ".jpg" : ".png";
            for (int width : WIDTHS) {
                if (width < size.width()) {
                    int height = Math.max(1, (int) Math.round(size.height() * (double) width / size.width()));
                    copies.add(new ImageVariant(stem + width + "w" + extension, (stem + width + "w" + extension).substring(1), width, height));
                }
            }
            if (size.width() <= LARGEST) {
                copies.add(new ImageVariant(stem + size.width() + "w" + extension, (stem + size.width() + "w" + extension).substring(1),
                        size.width(), size.height()));
            }
        }
        return new ContentImage(url, shown, file, size.width(), size.height(), bytes, size.format(), digest(Files.readAllBytes(file)),
                List.copyOf(copies));
    }

    /** The format by the file's extension: jpeg, png, gif or svg. */
    private static Optional<String> format(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return Optional.of("jpeg");
        }
        for (String ext : List.of("png", "gif", "svg")) {
            if (name.endsWith("." + ext)) {
                return Optional.of(ext);
            }
        }
        return Optional.empty();
    }

    /** The image at an address of the site ({@code /images/x.jpg}), if it is a content image. */
    public Optional<ContentImage> at(String url) {
        return Optional.ofNullable(byUrl.get(url));
    }

    /** The images that cannot be read (each stops the build), in the order of their addresses. */
    public Collection<UnreadableImage> unreadable() {
        return unreadable.values();
    }

    /** True for the address of an image that is in the content folder but cannot be read. */
    public boolean cannotRead(String url) {
        return unreadable.containsKey(url);
    }

    /** True if the content folder has no images. */
    public boolean isEmpty() {
        return byUrl.isEmpty();
    }

    /** True if the content file is published as it is; false for a JPEG or PNG, of which only copies are. */
    public boolean publishedAsItIs(Path file) {
        return !reEncoded.contains(file);
    }

    /** Originals larger than {@value #LARGE_BYTES} bytes, one line each. */
    public List<String> warnings() {
        return warnings;
    }

    /** The images a page with this Markdown shows (their sizes and copies decide its HTML, so they are part of its key). */
    public List<ContentImage> shownIn(String markdown) {
        if (isEmpty() || markdown == null) {
            return List.of();
        }
        return byUrl.values().stream().filter(image -> markdown.contains(image.url())).toList();
    }

    /**
     * A text that changes whenever an image is added, removed, resized or re-encoded differently:
     * the preview's memo of page models, whose share pictures name sizes, depends on it.
     */
    public String stamp() {
        StringBuilder s = new StringBuilder();
        byUrl.values().forEach(image -> s.append(image.signature()).append('\n'));
        return s.toString();
    }

    /**
     * The re-encoded copies of every JPEG and PNG, to write or reuse. Making one first decodes the
     * original whole (once for all its copies): one cut short or garbled is a {@link DamagedImage}.
     */
    public List<ImageFile> copyFiles() {
        List<ImageFile> files = new ArrayList<>();
        for (ContentImage image : byUrl.values()) {
            for (ImageVariant copy : image.copies()) {
                files.add(fileOf(image, copy));
            }
        }
        return files;
    }

    /** The re-encoded copies of one JPEG or PNG of the catalog, as {@link #copyFiles()} has them; none for another image. */
    public List<ImageFile> copyFiles(ContentImage image) {
        return image.copies().stream().map(copy -> fileOf(image, copy)).toList();
    }

    private ImageFile fileOf(ContentImage image, ImageVariant copy) {
        String inputs = COPIES + "\u0000" + image.digest() + "\u0000" + copy + "\u0000" + JPEG_QUALITY;
        return new ImageFile(copy.outputPath(), inputs, () -> {
            damageOf(image).ifPresent(reason -> {
                throw new DamagedImage(image, reason);
            });
            return VariantWriter.resize(image, copy, JPEG_QUALITY);
        });
    }

    /**
     * The damage of every JPEG and PNG that has a copy {@code toMake} says must be made, for a build
     * that stops before it makes its copies and must still name every broken image. Each original is
     * decoded as {@link #copyFiles()} decodes it (the result is kept for those copies); one whose
     * copies are all reused is not decoded at all: it was whole when they were made.
     */
    public List<DamagedImage> damaged(Predicate<ImageFile> toMake) {
        List<ContentImage> images = new ArrayList<>();
        for (ContentImage image : byUrl.values()) {
            if (image.copies().stream().anyMatch(copy -> toMake.test(fileOf(image, copy)))) {
                images.add(image);
            }
        }
        return AllCores.map(images, image -> damageOf(image)
                .map(reason -> new DamagedImage(image, reason))).stream().flatMap(Optional::stream).toList();
    }

    /** What is wrong with the original's pixels, decoded at most once a build, and not at all when an earlier build decoded these bytes. */
    private Optional<String> damageOf(ContentImage image) {
        return damage.computeIfAbsent(image.file(), file -> decoded.damageOf(image, stamps.get(file)));
    }

    static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
