package guide.dashboard;

import guide.site.Problem;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * What the dashboard says above its documents when a page could not be read (a header the build refuses, say a date
 * with month 13): each problem at its {@code file:line}, as {@code ./guide translations} prints it. The page is left
 * out of what the dashboard knows, so without this note its translation would show as missing, with a command to
 * start it, or the page itself as orphaned, and nothing on the dashboard would say why.
 */
final class UnreadablePages {
    private UnreadablePages() {
    }

    /** Appends the note to {@code section}, if there are {@code problems}. */
    static void appendTo(Element section, List<Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        Element note = section.appendElement("div").addClass("dash-unreadable");
        note.appendElement("p").text((problems.size() == 1 ? "A page could not be read" : "Pages could not be read")
                + ", so the list below treats " + (problems.size() == 1 ? "it" : "them") + " as if " + (problems.size() == 1 ? "it was" : "they were")
                + " not there: a translation may show as missing, or one as orphaned, that is not. Fix this and the list updates itself:");
        Element list = note.appendElement("ul");
        for (Problem problem : problems) {
            Element item = list.appendElement("li");
            item.appendElement("code").text(problem.file().toString().replace('\\', '/') + (problem.line() > 0 ? ":" + problem.line() : ""));
            item.appendText(": " + problem.message());
        }
    }
}
