/**
 * The checks, each a class of its own that reports {@code guide.site.Problem}s at a file and line. Three kinds, by where
 * they run: on the sources before anything is rendered (templates, style sheets, UI strings, addresses, home pages;
 * called from {@code guide.build.Inputs}); on one page's HTML as it is rendered ({@link guide.check.ContentHtml},
 * {@link guide.check.LegalCitations}, called from {@code guide.html.HtmlPasses}); and on the whole built site
 * ({@link guide.check.LinkCheck}, {@link guide.check.HreflangCheck}, {@link guide.check.CrossLanguageLinkCheck},
 * {@link guide.check.AffiliateDisclosureCheck}, which read {@link guide.check.PageFacts} and {@link guide.check.PageLinks}
 * and are run by {@code guide.build.SiteChecks}). {@link guide.check.SourceLocator} turns a place in a built page back
 * into the editor's file and line.
 */
package guide.check;
