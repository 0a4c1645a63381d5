/**
 * The translations dashboard the preview serves: {@link guide.dashboard.TranslationDashboard} works out what it lists
 * per language and document, {@link guide.dashboard.DashboardPage} writes it as HTML. Its routes are in
 * {@code guide.serve.DashboardRoutes}.
 */
package guide.dashboard;
