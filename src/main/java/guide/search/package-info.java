/**
 * The site's search index, which {@code assets/js/search-engine.js} reads: {@link guide.search.SearchIndexFiles} writes
 * it into a build, {@link guide.search.SearchIndexBuilder} makes it from the pages' text, with each language's analysis
 * ({@link guide.search.PolishAnalysis}, {@link guide.search.EnglishAnalysis}); {@link guide.search.IndexLayout} is the
 * files' format. README.md, "How search works", tells the whole story.
 */
package guide.search;
