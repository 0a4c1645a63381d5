/**
 * {@code ./guide serve}: {@link guide.serve.PreviewServer} starts the parts and routes requests: the builds
 * ({@link guide.serve.PreviewBuilds}, on every change {@link guide.serve.SourceWatcher} sees), the built site
 * ({@link guide.serve.SiteRoutes}) and drafts' pages ({@link guide.serve.DraftPages}), live reload
 * ({@link guide.serve.LiveReload}) and the translations dashboard's routes ({@link guide.serve.DashboardRoutes}).
 */
package guide.serve;
