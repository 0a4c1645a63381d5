package guide.build;

import guide.render.PageSpec;
import guide.render.TemplateRenderer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The HTML flexmark made of each page's Markdown, which the preview keeps between builds: a new
 * title renders again the pages that show the article (the related lists of its neighbours, the
 * home page, its translation), whose Markdown has not changed; at 2 x 1,000 articles that is five
 * or six pages of a title save, at about 0.7 ms of CPU each. The HTML depends on the Markdown alone
 * (the site has one flexmark configuration, {@link guide.content.Markdown}), so a page's HTML is
 * taken while its Markdown is the same text. It is kept in UTF-8: 12 MB of heap at 2 x 1,000.
 */
final class BodyHtmlMemo {
    private record Body(String markdown, byte[] html) {
    }

    private final Map<String, Body> byPage = new ConcurrentHashMap<>();

    /** The HTML of the page's Markdown ({@link TemplateRenderer#bodyHtml}), the one made before while the Markdown is the same. */
    String html(PageSpec page) {
        String markdown = page.markdown();
        Body known = byPage.get(page.outputPath());
        // An unchanged document's Markdown is the very string of the last build: equals answers at once.
        if (known != null && known.markdown().equals(markdown)) {
            return new String(known.html(), StandardCharsets.UTF_8);
        }
        String html = TemplateRenderer.bodyHtml(page);
        if (!html.isEmpty()) {
            byPage.put(page.outputPath(), new Body(markdown, html.getBytes(StandardCharsets.UTF_8)));
        }
        return html;
    }

    /**
     * Forgets the pages a build no longer has (renamed or deleted ones) once it holds more pages than the build has: so
     * it never holds more than a build's pages, and seldom needs to look.
     */
    void keepOnly(List<PageSpec> pages) {
        if (byPage.size() > pages.size()) {
            Set<String> paths = pages.stream().map(PageSpec::outputPath).collect(Collectors.toSet());
            byPage.keySet().retainAll(paths);
        }
    }
}
