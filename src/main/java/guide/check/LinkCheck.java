package guide.check;

import guide.site.Problem;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Optional;

/**
 * Every internal link, anchor, image, stylesheet and script of the built site must resolve;
 * images must have alt text. Links to the site's own absolute URL count as internal.
 */
public final class LinkCheck {
    private final String siteUrl;

    public LinkCheck(String siteUrl) {
        this.siteUrl = siteUrl;
    }

    /** Checks one page, parsed with positions, against the whole site's files and ids. */
    public void checkPage(BuiltSite site, String page, Document doc, SourceLocator locator, List<Problem> problems) {
        {
            for (Element e : doc.select("a[href], link[href], img[src], script[src], source[src]")) {
                String attr = e.hasAttr("href") ? "href" : "src";
                String raw = e.attr(attr);
                if (e.tagName().equals("link") && !e.attr("rel").matches("(?i).*(stylesheet|icon|canonical|alternate|manifest|preload).*")) {
                    continue;
                }
                InternalUrls.target(siteUrl, page, raw).ifPresent(target -> {
                    String message = verify(site, page, target);
                    if (message != null) {
                        SourceLocator.Location at = locator.locate(page, raw, e);
                        problems.add(new Problem(at.file(), at.line(), message + ": " + raw));
                    }
                });
            }
            for (Element img : doc.select("img")) {
                if (!img.hasAttr("alt") || (img.attr("alt").isBlank() && !img.attr("role").equals("presentation"))) {
                    SourceLocator.Location at = locator.locate(page, img.attr("src"), img);
                    problems.add(new Problem(at.file(), at.line(), "image has no alt text: " + img.attr("src")));
                }
            }
        }
    }

    private static String verify(BuiltSite site, String fromPage, String target) {
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
        Optional<String> file = site.resolve(path);
        if (file.isEmpty()) {
            return "broken link (no such page or file)";
        }
        if (fragment != null && !fragment.isEmpty() && file.get().endsWith(".html") && !site.ids(file.get()).contains(fragment)) {
            return "broken anchor #" + fragment + " (no such id in " + file.get() + ")";
        }
        return null;
    }
}
