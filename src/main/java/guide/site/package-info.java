/**
 * What every part of the builder shares: the settings of {@code jbake.properties} as typed values
 * ({@link guide.site.SiteConfig}, {@link guide.site.Language}), and a problem in an editor's file at its line
 * ({@link guide.site.Problem}, and {@link guide.site.BuildFailure}, which stops a build with all of them); with UTF-8
 * reading, line counting, git's conflict markers, editors' leftover files and near-miss names.
 */
package guide.site;
