package guide.html;

import org.jsoup.nodes.Element;

import java.util.List;

/**
 * Gives each link in an editor's text the full address it prints with ({@code data-print-url}; the
 * stylesheet's print rules show it in brackets after the link): on paper a link is only its words, and
 * a site-relative address ({@code /pl/slug/}) means nothing without the site's, which only the build
 * knows ({@code site.host}). Links within the page ({@code #fn-1}), {@code mailto:} links and links
 * whose words already are their address get none.
 */
final class PrintedAddresses {
    /** The attribute the print style sheet shows after a link. */
    static final String ATTRIBUTE = "data-print-url";
    private final String siteUrl;

    /** @param siteUrl the site's address without a trailing slash, {@code https://host} */
    PrintedAddresses(String siteUrl) {
        this.siteUrl = siteUrl;
    }

    /** @param content the elements that hold an editor's text (the templates' {@code [data-content]}) */
    void apply(List<Element> content) {
        for (Element container : content) {
            applyToLinks(container.select("a[href]"));
        }
    }

    /** @param links the links of an editor's text ({@code [data-content] a[href]}) */
    void applyToLinks(List<Element> links) {
        for (Element a : links) {
            String address = address(a.attr("href"));
            if (address != null && !isItsOwnText(a, address)) {
                a.attr(ATTRIBUTE, address);
            }
        }
    }

    private String address(String href) {
        if (href.startsWith("http://") || href.startsWith("https://")) {
            return href;
        }
        if (href.startsWith("/") && !href.startsWith("//")) {
            return siteUrl + href;
        }
        return null;
    }

    /** A link written as its address ({@code <https://example.org/>}, or "example.org") needs it no second time. */
    private static boolean isItsOwnText(Element a, String address) {
        String text = a.text().trim();
        String bare = address.replaceFirst("^https?://", "").replaceFirst("/$", "");
        return text.equals(address) || text.equals(bare) || text.equals(bare + "/");
    }
}
