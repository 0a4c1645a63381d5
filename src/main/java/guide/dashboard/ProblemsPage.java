package guide.dashboard;

import guide.publish.SecurityHeaders;
import guide.site.Problem;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * The dashboard's page while the project cannot be read (a setting, the authors file, a page's header): the problems,
 * each at its place, in the dashboard's own frame, so that it is legible on a phone and in dark mode like the dashboard
 * it stands in for. Text goes in as text; no inline script or style.
 */
public final class ProblemsPage {
    private ProblemsPage() {
    }

    /** @param stylesheet the site's stylesheet address, or "" when even that cannot be found */
    public static String html(List<Problem> problems, String stylesheet) {
        Document doc = Document.createShell("");
        doc.selectFirst("html").attr("lang", "en");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", SecurityHeaders.PAGE_POLICY);
        head.appendElement("meta").attr("name", "color-scheme").attr("content", "light dark");
        head.appendElement("title").text("Translations · preview");
        if (!stylesheet.isEmpty()) {
            head.appendElement("link").attr("rel", "stylesheet").attr("href", stylesheet);
        }
        head.appendElement("link").attr("rel", "stylesheet").attr("href", PageOptions.STYLE);
        doc.body().addClass("page-dashboard");
        Element main = doc.body().appendElement("main").id("main").addClass("wrap dash-wrap");
        main.appendElement("h1").text("Translations");
        main.appendElement("p").text("The project has problems; fix them and reload this page:");
        Element list = main.appendElement("ul");
        problems.forEach(p -> list.appendElement("li").appendElement("code").text(p.toString()));
        return "<!doctype html>\n" + doc.outerHtml();
    }
}
