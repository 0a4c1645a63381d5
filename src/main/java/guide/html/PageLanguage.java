package guide.html;

import guide.content.Slugs;

/**
 * What the HTML passes need to know about a page's language: how its headings become ids, its
 * typography, and the label of affiliate links.
 */
public record PageLanguage(Slugs slugs, Typography typography, String affiliateLabel) {
}
