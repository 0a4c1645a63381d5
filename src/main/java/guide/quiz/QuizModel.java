package guide.quiz;

import guide.content.Markdown;
import guide.i18n.UiStrings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/** Turns a validated checklist into the {@link QuizView} its page shows, in one language. */
public final class QuizModel {
    private QuizModel() {
    }

    public static QuizView of(Checklist checklist, String lang, UiStrings ui) {
        List<QuizView.Section> sections = new ArrayList<>();
        for (ChecklistSection section : checklist.sections()) {
            List<QuizView.Item> items = new ArrayList<>();
            for (ChecklistItem item : section.items()) {
                Optional<ResultBand> decides = item.decidesBand().flatMap(id -> checklist.bands().stream().filter(b -> b.id().equals(id)).findFirst());
                items.add(new QuizView.Item(item.id(), Markdown.inlineToHtml(item.text()), item.points(), ui.plural(lang, "points", item.points()),
                        decides.map(ResultBand::id).orElse(""), decides.map(ResultBand::title).orElse("")));
            }
            String description = section.description().isEmpty() ? "" : Markdown.toHtml(section.description());
            sections.add(new QuizView.Section(section.id(), section.title(), description, section.maxPoints(), List.copyOf(items)));
        }
        List<QuizView.Band> bands = new ArrayList<>();
        for (ResultBand band : checklist.bands()) {
            bands.add(new QuizView.Band(band.id(), band.title(), band.min(), band.max(), ui.number(lang, band.min()) + "–" + ui.plural(lang, "points", band.max()),
                    Markdown.toHtml(band.advice())));
        }
        boolean hasDecisions = checklist.sections().stream().flatMap(s -> s.items().stream()).anyMatch(i -> i.decides() != null);
        return new QuizView(checklist.maxPoints(), ui.plural(lang, "points", checklist.maxPoints()), ui.number(lang, checklist.maxPoints()),
                List.copyOf(sections), List.copyOf(bands), new LinkedHashMap<>(ui.pluralForms(lang).get("points")), hasDecisions,
                checklist.howTo().text().isEmpty() ? "" : Markdown.inlineToHtml(checklist.howTo().text()));
    }
}
