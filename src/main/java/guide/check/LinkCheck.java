package guide.check;

import guide.site.NearNames;
import guide.site.Problem;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every internal link, anchor, image, stylesheet and script of the built site must resolve;
 * images must have alt text. Links to the site's own absolute URL count as internal.
 */
public final class LinkCheck {
    private static final Evaluator IMAGES = Selector.evaluatorOf("img");
    /** {@code a[href], link[href], img[src], script[src], source[src]}, tested directly: the walk over every page asks it of every element. */
    private static final Evaluator LINKING = new Evaluator() {
        @Override
        public boolean matches(Element root, Element e) {
            String address = switch (e.normalName()) {
                case "a", "link" -> "href";
                case "img", "script", "source" -> "src";
                default -> null;
            };
            return address != null && e.hasAttr(address);
        }
    };
    private static final String NO_SUCH_FILE = "broken link (no such page or file)";
    /** A style sheet's or script's own name, {@code /css/brand.css}: its path without the extension, and the extension. */
    private static final Pattern OWN_ASSET_NAME = Pattern.compile("/(.+)\\.(css|js)");
    private final String siteUrl;
    private final Function<String, Optional<Path>> sourceOf;
    private final Function<String, Optional<String>> copyOf;
    private final BiFunction<String, String, Optional<String>> formerPage;

    /**
     * @param sourceOf the editor's file a built page comes from, to name in messages
     * @param copyOf the address of the copy to link to instead of a JPEG or PNG's own address
     *               ({@code /pl/chart.png}), which is not published: only its resized copies are
     */
    public LinkCheck(String siteUrl, Function<String, Optional<Path>> sourceOf,
                     Function<String, Optional<String>> copyOf) {
        this(siteUrl, sourceOf, copyOf, (path, rest) -> Optional.empty());
    }

    /**
     * @param formerPage for an address the site does not have and the link's {@code ?query#fragment}, where its page went
     *                   (renamed, or deleted), as the end of the message: {@code guide.translation.FormerPage}
     */
    public LinkCheck(String siteUrl, Function<String, Optional<Path>> sourceOf,
                     Function<String, Optional<String>> copyOf, BiFunction<String, String, Optional<String>> formerPage) {
        this.siteUrl = siteUrl;
        this.sourceOf = sourceOf;
        this.copyOf = copyOf;
        this.formerPage = formerPage;
    }

    /** Checks one page, parsed with positions, against the whole site's files and ids. */
    public void checkPage(BuiltSite site, String page, Document doc, SourceLocator locator, List<Problem> problems) {
        for (Element e : linkElements(doc)) {
            if (e.tagName().equals("img") && lacksAlt(e)) {
                continue; // reported below; its address is a content image's as written, which only gets its copy's with alt text
            }
            String raw = rawTarget(e);
            String message = problem(site, page, raw);
            if (message != null) {
                SourceLocator.Location at = locator.locateAddress(page, raw, e);
                boolean missingImage = e.tagName().equals("img") && message.startsWith(NO_SUCH_FILE);
                problems.add(new Problem(at.file(), at.line(), (missingImage ? missingImage(site, page, raw) : message + ": " + raw + advice(site, page, raw, message)) + at.note()));
            }
        }
        for (Element img : doc.select(IMAGES)) {
            if (lacksAlt(img)) {
                SourceLocator.Location at = locator.locate(page, img.attr("src"), img);
                problems.add(new Problem(at.file(), at.line(), "image has no alt text: " + img.attr("src") + altAdvice(at.file(), img.attr("src")) + at.note()));
            }
        }
    }

    /** True when {@link #checkPage} would find nothing, judged from the page's links alone (no parsing). */
    public boolean passes(BuiltSite site, String page, PageLinks links) {
        return !links.imageWithoutAlt() && links.targets().stream().allMatch(raw -> problem(site, page, raw) == null);
    }

    private static final Pattern CHECKED_RELS = Pattern.compile(
            "(?i).*(stylesheet|icon|canonical|alternate|manifest|preload).*");

    /** The elements whose address must resolve: links, stylesheets, icons, alternates, images, scripts, sources. */
    static List<Element> linkElements(Document doc) {
        return doc.select(LINKING).stream().filter(LinkCheck::checkedRel).toList();
    }

    /** True for an element of {@link #linkElements}, met while walking the page under {@code root}. */
    static boolean isLinkElement(Element root, Element e) {
        return LINKING.matches(root, e) && checkedRel(e);
    }

    private static boolean checkedRel(Element e) {
        return !e.tagName().equals("link") || CHECKED_RELS.matcher(e.attr("rel")).matches();
    }

    /**
     * Where a missing image should be: the site's files under {@code /images/} come from
     * {@code content/images/} (see guide.image.ImageCatalog), every other file from the same
     * place under {@code content/}; or, for a name a typo away from an image there, that image's address.
     */
    private String missingImage(BuiltSite site, String page, String raw) {
        Optional<String> meant = inImagesFolder(site, raw);
        if (meant.isPresent()) {
            String file = InternalUrls.decoded(meant.get()).orElse(meant.get());
            return "image not found: " + raw + ": write " + meant.get() + " (the file is content" + file + ")";
        }
        if (!raw.startsWith("/") && !raw.contains(":") && !raw.contains("/")) {
            // A bare file name points into the article's own folder, where no editor keeps images.
            String name = raw.replaceFirst("[?#].*$", "");
            return "image not found: " + raw + ": put the file in content/images/ and write it as /images/" + name;
        }
        String path = fileOf(page, raw);
        Optional<String> near = raw.startsWith("/") ? NearImage.of(site, page, path, copyOf) : Optional.empty();
        if (near.isPresent()) {
            return "image not found: " + raw + ": did you mean " + near.get() + "?";
        }
        return "image not found: " + raw + ": put the file at content" + path + " (images go in content/images/, written /images/name.jpg)";
    }

    /**
     * The address in {@code /images/} that an image written without its leading {@code /} meant, when
     * content/images/ has that file: {@code images/a.svg} and {@code ../images/a.svg} made absolute, or
     * the file's name there ({@code a.svg}). Such an address is relative to the page, which is no folder of images.
     */
    private Optional<String> inImagesFolder(BuiltSite site, String raw) {
        if (raw.startsWith("/") || raw.contains(":")) {
            return Optional.empty();
        }
        String relative = raw.replaceFirst("[?#].*$", "").replaceFirst("^(\\.\\.?/)+", "");
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        return Stream.of("/" + relative, "/images/" + name).filter(path -> path.startsWith("/images/") && !name.isEmpty())
                .filter(path -> site.resolve(path).isPresent() || copyOf.apply(InternalUrls.decoded(path).orElse(path)).isPresent()).findFirst();
    }

    /**
     * For a link to an address the site does not have: the copy of an image to link to, where the page that had the
     * address went, or else the page whose address is a typo away.
     */
    private String advice(BuiltSite site, String page, String raw, String message) {
        String copy = copyAdvice(page, raw, message);
        if (!copy.isEmpty() || !message.startsWith(NO_SUCH_FILE)) {
            return copy;
        }
        String path = fileOf(page, raw);
        String rest = raw.replaceFirst("^[^?#]*", ""); // the ?query and #fragment, kept on the address the page has now
        return hashedAdvice(site, path).or(() -> formerPage.apply(path, rest))
                .or(() -> NearAddress.of(site, path).map(near -> ": did you mean " + near + "?")).orElse("");
    }

    /**
     * For a style sheet or script written by its own name in a template ({@code href="/css/brand.css"}): the site has it only
     * under a name that changes with its content ({@code css/brand.0c1bd63c.css}), which {@code asset.url} writes.
     */
    private static Optional<String> hashedAdvice(BuiltSite site, String path) {
        Matcher asset = OWN_ASSET_NAME.matcher(path);
        if (!asset.matches()) {
            return Optional.empty();
        }
        Pattern published = Pattern.compile(Pattern.quote(asset.group(1)) + "\\.[0-9a-f]{8}\\." + asset.group(2));
        return site.files().stream().filter(f -> published.matcher(f).matches()).findFirst()
                .map(f -> ": assets" + path + " is published as /" + f + ", a name that changes with its content: write ${asset.url(\"" + path
                        + "\")} in the template, which writes its published name");
    }

    /** For a link to a JPEG or PNG's own address, which is not published: the copy to link to instead. */
    private String copyAdvice(String page, String raw, String message) {
        if (!message.startsWith(NO_SUCH_FILE)) {
            return "";
        }
        String path = fileOf(page, raw);
        return copyOf.apply(path).map(copy -> ": the image is not published as saved, only in resized copies: link to the largest, " + copy)
                .orElse("");
    }

    /** The root-relative file name a link points to, escapes decoded ({@code /pl/a/my photo.png}). */
    private String fileOf(String page, String raw) {
        String path = InternalUrls.target(siteUrl, page, raw).orElse(raw).replaceFirst("[?#].*$", "");
        return InternalUrls.decoded(path).orElse(path);
    }

    /**
     * What to write for an image without alt text: in a page's Markdown, the image as Markdown writes it with its
     * description (or the {@code alt} of an {@code <img>} tag, which a page may hold); in a template or a built page,
     * the tag's {@code alt}, or {@code role="presentation"} for a picture that only decorates, which screen readers skip.
     */
    static String altAdvice(Path file, String src) {
        if (file.toString().endsWith(".md")) {
            return ": describe what it shows, as ![what it shows](" + src + ") in Markdown or alt=\"what it shows\" in an <img> tag";
        }
        return ": add alt=\"what it shows\" to the <img> tag (alt=\"\" role=\"presentation\" if it only decorates)";
    }

    static String rawTarget(Element e) {
        return e.attr(e.hasAttr("href") ? "href" : "src");
    }

    static boolean lacksAlt(Element img) {
        return !img.hasAttr("alt") || (img.attr("alt").isBlank() && !img.attr("role").equals("presentation"));
    }

    /** Browsers find the element of {@code #fragment} by the fragment as written, then percent-decoded ({@code #%C5%BC} is {@code ż}). */
    private static boolean hasId(Set<String> ids, String fragment) {
        return ids.contains(fragment) || InternalUrls.decoded(fragment).filter(ids::contains).isPresent();
    }

    /** The three section ids most like {@code fragment} ({@link NearNames#closest}), as {@code #a, #b, #c}. */
    private static String nearest(String fragment, List<String> ids) {
        return String.join(", ", NearNames.closest(fragment, ids, 3).stream().map(id -> "#" + id).toList());
    }

    /** What is wrong with a link from {@code page}, or null (also for external links). */
    private String problem(BuiltSite site, String page, String raw) {
        return InternalUrls.target(siteUrl, page, raw).map(target -> verify(site, target, sourceOf)).orElse(null);
    }

    /**
     * What is wrong with a link to {@code target}, a root-relative URL with any query and fragment, or null: also asked by
     * {@link PageAddresses} before a build, with the ids its pages will have.
     *
     * @param sourceOf the editor's file a built page comes from, to name in the message of a broken anchor
     */
    static String verify(BuiltSite site, String target, Function<String, Optional<Path>> sourceOf) {
        String path = target;
        String fragment = null;
        int hash = path.indexOf('#');
        if (hash >= 0) {
            fragment = path.substring(hash + 1);
            path = path.substring(0, hash);
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (InternalUrls.decoded(path).isEmpty()) {
            return "broken link (malformed %-escape in the address: write % itself as %25, and a space as %20)";
        }
        Optional<String> file = site.resolve(path);
        if (file.isEmpty()) {
            return NO_SUCH_FILE;
        }
        if (fragment != null && !fragment.isEmpty() && file.get().endsWith(".html") && !hasId(site.ids(file.get()), fragment)) {
            String where = sourceOf.apply(file.get()).map(p -> p.toString().replace('\\', '/')).orElse(file.get());
            String answers = InternalUrls.decoded(fragment).orElse(fragment);
            if (QuizAnswersAddress.isOne(answers)) {
                return QuizAnswersAddress.problem(answers, site.ids(file.get()), where);
            }
            List<String> sections = site.sections(file.get());
            return "broken anchor #" + fragment + ": " + where + " has no such id" + (sections.isEmpty() ? "" : " (nearest: " + nearest(fragment, sections) + ")");
        }
        return null;
    }
}
