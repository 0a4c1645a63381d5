/**
 * The jsoup passes over a rendered page, in memory: {@link guide.html.HtmlPasses} runs them in order (footnotes,
 * heading anchors, table of contents, link attributes, content images, affiliate labels, typography, section markers)
 * and gathers what the site needs from the page: its facts and links for the checks, its text for search. A new pass
 * is a class here, called from {@code HtmlPasses}.
 */
package guide.html;
