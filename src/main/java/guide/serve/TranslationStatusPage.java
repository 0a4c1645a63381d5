package guide.serve;

import guide.translation.ReportPrinter;
import guide.translation.SourceChange;
import guide.translation.TranslationReport;
import guide.translation.TranslationState;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Map;

/**
 * The editors' translation status page of the preview server ({@code /__guide/translations}): the
 * same report as {@code ./guide translations}, never part of the published site.
 */
final class TranslationStatusPage {
    private TranslationStatusPage() {
    }

    /** @param stylesheet the published address of the site's style sheet (it has a content-hashed name) */
    static String html(TranslationReport report, String stylesheet) {
        Document doc = Document.createShell("");
        doc.selectFirst("html").attr("lang", "en");
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        doc.head().appendElement("title").text("Translations · preview");
        doc.head().appendElement("link").attr("rel", "stylesheet").attr("href", stylesheet);
        Element main = doc.body().appendElement("main").addClass("wrap article");
        main.appendElement("h1").text("Translations");
        main.appendElement("p").text(ReportPrinter.summary(report) + ". Only in the preview; not published.");
        Element table = main.appendElement("table").addClass("translation-status");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text("key");
        report.languages().forEach(lang -> head.appendElement("th").attr("scope", "col").text(lang));
        Element body = table.appendElement("tbody");
        for (Map.Entry<String, Map<String, TranslationState>> entry : report.byKey().entrySet()) {
            Element row = body.appendElement("tr");
            row.appendElement("th").attr("scope", "row").text(entry.getKey());
            for (TranslationState state : entry.getValue().values()) {
                Element cell = row.appendElement("td").attr("data-status", state.status().word());
                if (state.document() != null) {
                    cell.appendElement("a").attr("href", state.document().url()).text(state.status().word());
                } else {
                    cell.text(state.status().word());
                }
                if (!state.note().isEmpty()) {
                    cell.appendElement("br");
                    cell.appendElement("small").text(state.note());
                }
            }
        }
        for (TranslationState state : report.all()) {
            if (state.status() != TranslationState.Status.OUTDATED || state.changes().isEmpty()) {
                continue;
            }
            main.appendElement("h2").text(state.document().source().toString().replace('\\', '/'));
            main.appendElement("p").text("Changed in " + state.source().source().toString().replace('\\', '/')
                    + " since the stamp; after review: ./guide translations stamp " + state.document().source().toString().replace('\\', '/'));
            Element list = main.appendElement("ul");
            for (SourceChange change : state.changes()) {
                list.appendElement("li").text(change.kind().sign() + " " + ReportPrinter.describe(change));
            }
        }
        return "<!doctype html>\n" + doc.outerHtml();
    }
}
