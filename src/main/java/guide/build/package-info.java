/**
 * The build of the whole site: {@link guide.build.SiteBuilder} runs the steps in order (read and check the inputs,
 * model every page, render or reuse each page, write assets and search index, check the built site, publish into the
 * output). Start there. Where a check goes (its class in {@code guide.check}): one that needs only the sources is called
 * from {@link guide.build.Inputs#read}, one of a page's own HTML from {@code guide.html.HtmlPasses}, one across the built
 * site (links, hreflang) from {@link guide.build.SiteChecks}; a rule of one content file's header is part of its
 * validation in {@code guide.content}. Also here: the page cache and keys that let a build reuse unchanged pages
 * ({@link guide.build.PageCache}, {@link guide.build.PageKeys}), what the preview remembers between builds
 * ({@link guide.build.BuildMemory}), the lock beside the output and its atomic replacement.
 */
package guide.build;
