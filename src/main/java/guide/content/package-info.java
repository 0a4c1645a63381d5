/**
 * The content folder: {@link guide.content.ContentScanner} walks it and turns every Markdown file into a validated
 * {@link guide.content.ContentDocument} (front matter parsed and checked at its lines, body headings, reading time and
 * word count), collecting every file's problems. Also the Markdown configuration ({@link guide.content.Markdown},
 * flexmark), heading ids, slugs (ICU transliteration, {@link guide.content.Slugs}) and the authors
 * ({@link guide.content.Authors}, {@code content/authors.yaml}). The editors' commands read the content through
 * {@link guide.content.SiteContent}.
 */
package guide.content;
