package guide.dashboard;

import guide.site.GuideCommand;
import guide.site.Problem;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * The dashboard's overview and documents while git's merge conflicts are left in pages ({@link TranslationDashboard#conflicts}):
 * each conflict at its {@code file:line}, with what to do, in the place of states the dashboard cannot know (a page with a
 * conflict is not read, so its translation would show as missing, or itself as gone). The parts keep their ids, so the
 * script swaps the real ones back in once the conflicts are resolved.
 */
final class ConflictsView {
    private final List<Problem> conflicts;

    ConflictsView(List<Problem> conflicts) {
        this.conflicts = conflicts;
    }

    /** The dashboard's opening sentence. */
    String lede() {
        return "Every page in every language other than the one it was written in: not known while "
                + (conflicts.size() == 1 ? "a file has an unresolved merge conflict" : conflicts.size() + " merge conflicts are unresolved")
                + ", named below. This page updates itself when content changes.";
    }

    /** What the overview says instead of its counts. */
    void overview(Element section) {
        section.appendElement("p").text("Counted again once " + (conflicts.size() == 1 ? "the merge conflict" : "the merge conflicts")
                + " under Pages " + (conflicts.size() == 1 ? "is" : "are") + " resolved.");
    }

    /** The conflicts, each at its place, in the documents section. */
    void documents(Element section) {
        section.appendElement("h2").id("documents-title").text("Pages: resolve the merge conflicts first");
        section.appendElement("p").text("git left both versions of some lines in these files, so the pages cannot be read."
                + " Until they are resolved, this page cannot tell which translations are current, outdated or missing"
                + " (" + GuideCommand.name() + " translations, stamp, export and import do nothing either):");
        Element list = section.appendElement("ul").addClass("dash-conflicts");
        for (Problem conflict : conflicts) {
            Element item = list.appendElement("li");
            item.appendElement("code").text(conflict.file().toString().replace('\\', '/') + ":" + conflict.line());
            item.appendText(": " + conflict.message());
        }
    }
}
