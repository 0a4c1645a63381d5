package guide.quiz;

import guide.content.Markdown;
import guide.i18n.UiStrings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the quiz template needs from a validated checklist: statements and advice as HTML, point
 * labels with the language's plural forms, ranges as text. The scoring data reaches the script
 * only through the page this produces (data attributes), never a second hand-written copy.
 */
public final class QuizModel {
    private QuizModel() {
    }

    public static Map<String, Object> of(Checklist checklist, String lang, UiStrings ui) {
        Map<String, Object> quiz = new LinkedHashMap<>();
        quiz.put("maxPoints", checklist.maxPoints());
        quiz.put("maxPointsText", ui.plural(lang, "points", checklist.maxPoints()));
        quiz.put("itemCount", checklist.itemCount());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (ChecklistSection section : checklist.sections()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", section.id());
            s.put("title", section.title());
            s.put("description", section.description().isEmpty() ? "" : Markdown.toHtml(section.description()));
            s.put("maxPoints", section.maxPoints());
            List<Map<String, Object>> items = new ArrayList<>();
            for (ChecklistItem item : section.items()) {
                Map<String, Object> i = new LinkedHashMap<>();
                i.put("id", item.id());
                i.put("html", Markdown.inlineToHtml(item.text()));
                i.put("points", item.points());
                i.put("pointsText", ui.plural(lang, "points", item.points()));
                i.put("decides", item.decides() == null ? "" : item.decides());
                i.put("decidesTitle", item.decidesBand().flatMap(id -> checklist.bands().stream().filter(b -> b.id().equals(id)).findFirst())
                        .map(ResultBand::title).orElse(""));
                items.add(i);
            }
            s.put("items", items);
            sections.add(s);
        }
        quiz.put("sections", sections);
        List<Map<String, Object>> bands = new ArrayList<>();
        for (ResultBand band : checklist.bands()) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("id", band.id());
            b.put("title", band.title());
            b.put("min", band.min());
            b.put("max", band.max());
            b.put("rangeText", band.min() + "–" + ui.plural(lang, "points", band.max()));
            b.put("adviceHtml", Markdown.toHtml(band.advice()));
            bands.add(b);
        }
        quiz.put("bands", bands);
        quiz.put("hasDecisions", checklist.sections().stream().flatMap(sec -> sec.items().stream()).anyMatch(it -> it.decides() != null));
        Map<String, String> forms = ui.pluralForms(lang).get("points");
        quiz.put("pointsForms", forms);
        return quiz;
    }
}
