package guide.serve;

import guide.build.DraftPage;
import guide.site.GuideCommand;
import guide.site.Problem;
import org.jsoup.nodes.Entities;

/**
 * The page the preview shows at the address of a draft whose page the build cannot make (raw HTML, a legal citation, a quiz
 * checklist that does not read): what stops it, each at its file and line, and what to do, in place of "Page not found",
 * as {@code hugo server} shows a page's error where the page would be. Plain, as the preview's page for a first build that
 * failed ({@link SiteRoutes#nothingYet}); the live script reloads it after the next build, which shows the draft once it
 * can be made. Only the draft's page is missing: the build succeeds, as a draft is not published.
 */
final class DraftProblemsPage {
    private static final String PAGE = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"robots\" content=\"noindex\">"
            + SiteRoutes.PLAIN_PAGE_METAS
            + "<title>Draft not shown: %1$s</title></head><body><h1>This draft cannot be shown yet</h1>"
            + "<p><code>%1$s</code> is a draft (<code>status=draft</code>): it is not published, so the build goes on without it,"
            + " but its page cannot be made until %2$s fixed. Once published, %3$s would stop the build.</p>"
            + "<p>Fix %4$s and save: this page then shows the draft. The terminal running <code>%7$s serve</code> lists %5$s too.</p>"
            + "<ul>%6$s</ul></body></html>";

    private DraftProblemsPage() {
    }

    /** The page for {@code draft}, which is not {@link DraftPage#made() made}. */
    static String of(DraftPage draft) {
        boolean one = draft.problems().size() == 1;
        StringBuilder list = new StringBuilder();
        for (Problem problem : draft.problems()) {
            list.append("<li><code>").append(Entities.escape(problem.toString())).append("</code></li>");
        }
        return PAGE.formatted(Entities.escape(draft.source()), one ? "this is" : "these are", one ? "it" : "they", one ? "it" : "them",
                one ? "it" : "them", list, Entities.escape(GuideCommand.name()));
    }
}
