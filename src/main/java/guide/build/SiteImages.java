package guide.build;

import guide.concurrent.AllCores;
import guide.content.ContentDocument;
import guide.content.ContentFiles;
import guide.image.CardRenderer;
import guide.image.CardStyle;
import guide.image.ContentImage;
import guide.image.DamagedImage;
import guide.image.DecodedImages;
import guide.image.EditorImages;
import guide.image.ImageCatalog;
import guide.image.ImageFile;
import guide.image.ResponsiveImages;
import guide.image.ShareFileLimits;
import guide.image.SocialCards;
import guide.image.SocialImage;
import guide.image.TextColumn;
import guide.render.PageSpec;
import guide.site.Problem;
import guide.site.SiteConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The images of a build, where the build meets {@code guide.image}: the content images (their
 * sizes and re-encoded copies), the articles' own share pictures (validated, each problem at its
 * front-matter line), and the files made from images: a card for every page whose share picture
 * is its card, and the copies of every JPEG and PNG. Those are made, or taken from the previous
 * output when their key is unchanged, exactly as pages are; a copy may also come from those a
 * failed build made and kept ({@link StoredCopies}). A content image the scan cannot read,
 * or found damaged while its copies are made, is a problem at each page that shows it ({@link ImagePlaces}).
 */
final class SiteImages {
    private final ImageCatalog catalog;
    private final Map<String, SocialImage> ownPictures;
    private final SocialCards cards;
    private final ImagePlaces places;
    private final EditorImages editorImages;
    private final TextColumn column;
    private final DraftFiles drafts;

    private SiteImages(ImageCatalog catalog, Map<String, SocialImage> ownPictures, SocialCards cards, ImagePlaces places,
                       EditorImages editorImages, TextColumn column, DraftFiles drafts) {
        this.catalog = catalog;
        this.drafts = drafts;
        this.column = column;
        this.ownPictures = ownPictures;
        this.cards = cards;
        this.places = places;
        this.editorImages = editorImages;
    }

    /**
     * Reads the content images and validates the published documents' {@code image}/{@code imageAlt};
     * an image that cannot be read is a problem at each page that shows it.
     *
     * @param files     the content folder's files, from the build's one walk
     * @param documents the documents the scan made of them, drafts included
     * @param memo      images read by an earlier build of the same builder (the preview's)
     * @param decoded   what earlier builds of the same builder found decoding the originals whole
     * @param draftCopies the copies of drafts' pictures the preview made before ({@link DraftFiles})
     */
    static SiteImages read(SiteConfig config, ContentFiles files, List<ContentDocument> documents, Map<String, ContentImage> memo,
                           DecodedImages decoded, PreviewCopies draftCopies, List<Problem> problems, List<String> warnings) {
        ImageCatalog catalog = ImageCatalog.scan(config.projectDir(), config.contentDir(), files.others(), memo, decoded, problems);
        ImagePlaces places = ImagePlaces.of(config.projectDir(), files, documents);
        List<ContentDocument> published = documents.stream().filter(d -> !d.draft()).toList();
        catalog.unreadable().forEach(image -> problems.addAll(places.problemsOf(image)));
        warnings.addAll(catalog.warnings());
        EditorImages editorImages = new EditorImages(catalog, config.baseUrl());
        Map<String, SocialImage> ownPictures = new HashMap<>();
        for (ContentDocument doc : published) {
            pictureOf(editorImages, doc, problems).ifPresent(image -> ownPictures.put(doc.outputPath(), image));
        }
        Path css = config.assetDir().resolve("css/site.css");
        Path shown = config.projectDir().relativize(css);
        String stylesheet = config.socialCards() || Files.exists(css) ? stylesheet(css, shown, problems) : null;
        SocialCards cards = config.socialCards() && stylesheet != null
                ? new SocialCards(new CardRenderer(CardStyle.fromStylesheet(stylesheet, shown, problems))) : null;
        TextColumn column = stylesheet == null ? TextColumn.DEFAULT : TextColumn.fromStylesheet(stylesheet, shown, problems);
        DraftFiles drafts = DraftFiles.of(config.contentDir(), files.others(), documents, catalog,
                new TemplateAddresses(config.projectDir(), config.templateDir(), problems), places, draftCopies);
        return new SiteImages(catalog, Map.copyOf(ownPictures), cards, places, editorImages, column, drafts);
    }

    /** The document's own share picture ({@code image=}, {@code imageAlt=}), validated: each problem at its header line. */
    private static Optional<SocialImage> pictureOf(EditorImages editorImages, ContentDocument doc, List<Problem> problems) {
        var fm = doc.frontMatter();
        return editorImages.of(doc.source(), fm.get("image"), fm.lineOf("image"), fm.get("imageAlt"), fm.lineOf("imageAlt"), problems);
    }

    /** A draft's own share picture, validated as a published page's is ({@link DraftChecks}); {@code problems} gets what is wrong. */
    Optional<SocialImage> draftPicture(ContentDocument draft, List<Problem> problems) {
        return pictureOf(editorImages, draft, problems);
    }

    /**
     * The site's stylesheet, where the cards take their colours and the images' {@code sizes} the column's width; null, and a
     * problem, if it cannot be read.
     */
    private static String stylesheet(Path css, Path shown, List<Problem> problems) {
        try {
            return Files.readString(css, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new Problem(shown, 0, "cannot read the site's stylesheet, where the social cards take their colours and the "
                    + "articles' images the column's width from: " + e.getMessage()));
            return null;
        }
    }

    /** The articles' own share pictures, by page output path. */
    Map<String, SocialImage> ownPictures() {
        return ownPictures;
    }

    /**
     * A warning at the {@code image=} line of each article whose share picture's copy, once made, is too large for a network
     * to show ({@link ShareFileLimits}); {@code fileOf} finds a file of the new site by its path, made or kept from the last.
     */
    List<String> heavyShareCopies(List<ContentDocument> published, Function<String, Path> fileOf) throws IOException {
        List<String> warnings = new ArrayList<>();
        for (ContentDocument doc : published) {
            String image = doc.frontMatter().get("image");
            Optional<ContentImage> picture = ownPictures.containsKey(doc.outputPath()) ? catalog.at(image) : Optional.empty();
            if (picture.isPresent()) {
                long bytes = Files.size(fileOf.apply(picture.get().displayPath()));
                ShareFileLimits.warning(doc.source(), doc.frontMatter().lineOf("image"), image, picture.get().displayUrl(), bytes)
                        .ifPresent(w -> warnings.add(w.toString()));
            }
        }
        return warnings;
    }

    /** The HTML pass that gives content images their copies, sizes and lazy loading. */
    ResponsiveImages responsive() {
        return new ResponsiveImages(catalog, column);
    }

    /** The content images a page with this Markdown shows. */
    List<ContentImage> shownIn(String markdown) {
        return catalog.shownIn(markdown);
    }

    /** Changes when any content image is added, removed or changes size ({@link ImageCatalog#stamp()}). */
    String stamp() {
        return catalog.stamp();
    }

    /** True for a content file that is published as it is (not a JPEG or PNG, of which only copies are, nor one only drafts use). */
    boolean publishedAsItIs(Path file) {
        return catalog.publishedAsItIs(file) && !drafts.withholds(file);
    }

    /** The content files only drafts use, which the site does not have: the preview serves them ({@link DraftFiles}). */
    DraftFiles draftFiles() {
        return drafts;
    }

    /** For the address of a JPEG or PNG, which is published only as copies: its largest copy's address. */
    Optional<String> copyFor(String url) {
        return catalog.at(url).filter(ContentImage::reEncoded).map(ContentImage::displayUrl);
    }

    /** The re-encoded copies of the content images, which pages show (a page is in place only with them); none of drafts' pictures. */
    List<ImageFile> copies() {
        List<ImageFile> all = catalog.copyFiles();
        return drafts.isEmpty() ? all : all.stream().filter(copy -> !drafts.withholdsCopy(copy.outputPath())).toList();
    }

    /**
     * The damaged JPEGs and PNGs only drafts show, at each draft that shows one: the build makes no copy of them, but such a file
     * stops it whoever shows it, as one the scan cannot read does ({@link ImagePlaces}). Each is decoded once a builder.
     */
    List<Problem> damagedInDrafts() {
        return drafts.isEmpty() ? List.of() : damagedAmong(copy -> drafts.withholdsCopy(copy.outputPath()));
    }

    /**
     * For a build that stops before it makes the image copies (another problem came first): every
     * damaged JPEG or PNG among those whose copies it would have made, at each page that shows it,
     * so one build names every broken image. A build that makes its copies finds the same damage there.
     */
    List<Problem> damagedAmong(Predicate<ImageFile> toMake) {
        return catalog.damaged(toMake).stream().flatMap(image -> places.problemsOf(image).stream()).toList();
    }

    /** The card of every page whose share picture is its card; none when cards are turned off. */
    List<ImageFile> cards(List<PageSpec> specs) {
        List<ImageFile> files = new ArrayList<>();
        for (PageSpec spec : specs) {
            SocialImage image = spec.model().socialImage();
            if (cards != null && image != null && image.card() != null) {
                files.add(cards.file(spec.outputPath(), image.card()));
            }
        }
        return files;
    }

    /**
     * Makes the files, or takes each from the previous output when its key
     * ({@link PageKeys#of(String, ImageFile)}, from {@code keyOf}) is unchanged. A damaged content
     * image is its copies' problem, at each page that shows it.
     */
    List<PageProducer.Outcome> produce(List<ImageFile> files, Function<ImageFile, String> keyOf, PreviousOutput previous) {
        return produce(files, keyOf, previous, (file, key) -> previous.write(file.outputPath(), file.bytes().get()));
    }

    /**
     * The content images' copies, then {@code cards}, made as {@link #produce} makes them, except that a copy the previous
     * output does not have is taken from the copies made by builds that did not publish them ({@link StoredCopies}), or
     * made and kept there; those this build's copies do not need are forgotten.
     */
    List<PageProducer.Outcome> produceCopiesAnd(List<ImageFile> cards, Function<ImageFile, String> keyOf, PreviousOutput previous,
                                                StoredCopies stored, Path output) {
        List<PageProducer.Outcome> outcomes = new ArrayList<>(produce(copies(), keyOf, previous, (file, key) -> stored.place(output, file, key, previous)));
        stored.keepOnly(output, outcomes.stream().map(o -> StoredCopies.name(o.path(), o.key())).collect(Collectors.toSet()));
        outcomes.addAll(produce(cards, keyOf, previous));
        return outcomes;
    }

    private List<PageProducer.Outcome> produce(List<ImageFile> files, Function<ImageFile, String> keyOf, PreviousOutput previous,
                                               BiConsumer<ImageFile, String> make) {
        return AllCores.map(files, file -> {
            String key = keyOf.apply(file);
            boolean reused = previous.reuse(file.outputPath(), key).isPresent();
            if (!reused) {
                try {
                    make.accept(file, key);
                } catch (DamagedImage e) {
                    return new PageProducer.Outcome(file.outputPath(), key, false, null, null, Optional.empty(), places.problemsOf(e));
                }
            }
            return new PageProducer.Outcome(file.outputPath(), key, reused, null, null, Optional.empty(), List.of());
        });
    }
}
