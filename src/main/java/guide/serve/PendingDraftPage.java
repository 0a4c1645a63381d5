package guide.serve;

import guide.site.GuideCommand;
import guide.site.Problem;
import org.jsoup.nodes.Entities;

/**
 * The page the preview shows at the address of a draft added while builds fail ({@link DraftPages#pending}): no good build
 * has made its page yet, so it says why, with the failed build's problems at their files and lines, in place of "Page not
 * found". Plain, as {@link DraftProblemsPage}; the live script reloads it after the next build, which shows the draft once
 * the build succeeds.
 */
final class PendingDraftPage {
    private static final String PAGE = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"robots\" content=\"noindex\">"
            + SiteRoutes.PLAIN_PAGE_METAS
            + "<title>Draft waiting for a good build: %1$s</title></head><body><h1>This draft waits for a good build</h1>"
            + "<p><code>%1$s</code> is a draft (<code>status=draft</code>). The last build failed before this draft's page was made,"
            + " so the preview has no page for it yet.</p>"
            + "<p>Fix %2$s and save: this page then shows the draft. The terminal running <code>%6$s serve</code> lists %3$s too.</p>"
            + "<ul>%4$s</ul>%5$s</body></html>";

    private PendingDraftPage() {
    }

    /** The page for {@code draft}, with what stopped the build. */
    static String of(DraftPages.PendingDraft draft) {
        boolean one = draft.problems().size() == 1;
        StringBuilder list = new StringBuilder();
        for (Problem problem : draft.problems()) {
            list.append("<li><code>").append(Entities.escape(problem.toString())).append("</code></li>");
        }
        String unsure = draft.address().unsure() == null ? "" : "<p>Until then, " + Entities.escape(draft.address().unsure()) + ".</p>";
        return PAGE.formatted(Entities.escape(draft.address().source()), one ? "this problem" : "these problems", one ? "it" : "them", list, unsure,
                Entities.escape(GuideCommand.name()));
    }
}
