package guide.check;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Whether a link leads to a page the site has, asked before a build has written the pages: a tool that writes links into
 * content ahead of the build (an XLIFF import) asks here, so that a link {@link LinkCheck} would refuse as broken is refused
 * when it is written. The rules are the link check's own: the address read as it reads it ({@link InternalUrls}: relative
 * to the page, the site's own absolute URL counted as internal), looked up as a static host serves it
 * ({@link BuiltSite#resolve}: {@code /en/about} and {@code /en/about/} are {@code en/about/index.html}), and the page a
 * typo away offered as its "did you mean" ({@link NearAddress}). Only the pages are known here, so an address that is not
 * a page's (a file with an extension other than {@code .html}, such as a picture or a feed) is left to the build, and so is
 * anything inside the folders the build fills itself (its article archive, its search index). A link's {@code #fragment} is
 * held to the link check's rule too ({@link LinkCheck#verify}: the id as written or percent-decoded, the three section ids
 * most like it offered), against the ids the tool says a page will have, for the pages whose ids it knows.
 */
public final class PageAddresses {
    private final String siteUrl;
    private final BuiltSite site;
    private final Set<String> ownFolders;
    private final Function<String, Optional<PageFacts>> factsOf;
    private final Function<String, Optional<Path>> sourceOf;

    /**
     * @param siteUrl    the site's absolute URL, without a trailing slash
     * @param pages      every page the build will write, as output paths ({@code en/about/index.html})
     * @param ownFolders addresses of folders the build fills itself ({@code /en/articles/}): anything under them is left alone
     */
    public PageAddresses(String siteUrl, Collection<String> pages, Collection<String> ownFolders) {
        this(siteUrl, pages, ownFolders, page -> Optional.empty(), page -> Optional.empty());
    }

    /**
     * @param factsOf  for a page's output path, the ids it will have ({@link PageFacts#ids}, {@link PageFacts#sections}), if known:
     *                 a link's fragment is checked only against a page whose ids are known
     * @param sourceOf the editor's file a page comes from, which the refusal of a fragment names as the build's does
     */
    public PageAddresses(String siteUrl, Collection<String> pages, Collection<String> ownFolders,
                         Function<String, Optional<PageFacts>> factsOf, Function<String, Optional<Path>> sourceOf) {
        this.factsOf = factsOf;
        this.sourceOf = sourceOf;
        this.siteUrl = siteUrl;
        Map<String, PageFacts> facts = new HashMap<>();
        pages.forEach(page -> facts.put(page, null)); // NearAddress reads only the pages' paths
        this.site = new BuiltSite(new HashSet<>(pages), facts);
        this.ownFolders = Set.copyOf(ownFolders);
    }

    /**
     * The address of a page in {@code folder} ({@code en/}) that a link on {@code page} ({@code en/about/index.html}) leads to
     * and that the site does not have, without its query and fragment; empty for a page it has, an external link, another
     * folder's address, or one that is not a page's.
     */
    public Optional<String> missing(String page, String raw, String folder) {
        Optional<String> target = InternalUrls.target(siteUrl, page, raw).map(InternalUrls::withoutQueryOrFragment);
        if (target.isEmpty() || !target.get().startsWith("/" + folder)) {
            return Optional.empty();
        }
        String path = target.get();
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.contains(".") && !last.endsWith(".html") || ownFolders.stream().anyMatch(path::startsWith)) {
            return Optional.empty();
        }
        return site.resolve(path).isPresent() ? Optional.empty() : Optional.of(path);
    }

    /**
     * The link check's refusal of the {@code #fragment} of a link on {@code page} to a page in {@code folder} the site has, when
     * the ids that page will have do not include it ({@code broken anchor #x: content/en/a.md has no such id (nearest: #y)});
     * empty when it has the id, when its ids are not known, and for any link {@link #missing} leaves alone or refuses.
     */
    public Optional<String> brokenAnchor(String page, String raw, String folder) {
        Optional<String> target = InternalUrls.target(siteUrl, page, raw).filter(t -> t.contains("#"));
        if (target.isEmpty() || missing(page, raw, folder).isPresent()) {
            return Optional.empty();
        }
        String path = InternalUrls.withoutQueryOrFragment(target.get());
        if (!path.startsWith("/" + folder) || ownFolders.stream().anyMatch(path::startsWith)) {
            return Optional.empty();
        }
        Optional<String> file = site.resolve(path);
        Optional<PageFacts> facts = file.flatMap(factsOf);
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        BuiltSite known = new BuiltSite(site.files(), Map.of(file.get(), facts.get()));
        return Optional.ofNullable(LinkCheck.verify(known, target.get(), sourceOf));
    }

    /** The page a typo away from {@code path}, as the build's link check offers it ({@code /en/about/} for {@code /en/abuot/}). */
    public Optional<String> near(String path) {
        return NearAddress.of(site, path);
    }

    /** The addresses of the pages in {@code folder} ({@code en/}), sorted: {@code /en/}, {@code /en/404.html}, {@code /en/about/}. */
    public List<String> in(String folder) {
        return site.files().stream().filter(page -> page.startsWith(folder))
                .map(page -> "/" + (page.endsWith("/index.html") ? page.substring(0, page.length() - "index.html".length()) : page))
                .sorted().toList();
    }
}
