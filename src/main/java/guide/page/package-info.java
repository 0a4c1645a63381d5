/**
 * Each page's typed model, {@link guide.page.PageModel}: every {@code content.x} a template reads is its component
 * {@code x}, and its Javadoc names the class that computes each one. Start at {@link guide.page.PageModels}, which puts a
 * content page's model together ({@code forDocument}) and makes the pages the build adds itself (archive, root page,
 * feeds, sitemap, robots.txt). One class per value: {@link guide.page.Alternates} (hreflang),
 * {@link guide.page.LanguageSwitch}, {@link guide.page.Cards} (reading time, word count, cards of other pages),
 * {@link guide.page.RelatedArticles}, {@link guide.page.Notices}, {@link guide.page.Dates} and so on.
 */
package guide.page;
