package guide.html;

import guide.check.PageFacts;
import guide.content.DocumentType;
import guide.content.FrontMatter;
import guide.content.Slugs;
import guide.content.TemplateIds.QuizPart;
import guide.quiz.Checklist;
import guide.quiz.ChecklistItem;
import guide.quiz.ChecklistParser;
import guide.quiz.ChecklistSection;
import guide.quiz.ResultBand;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ids a quiz page will have, read from its Markdown alone, as {@link HeadingAddresses} reads another page's: its intro's
 * (the page's text, with the headings' ids the build gives them), the template's fixed ones, and those templates/quiz.ftl makes
 * of its checklist's ids ({@link QuizPart}: {@code sign-late-payments}, {@code q-invoices-late}, {@code band-exit}). The
 * checklist is read by the quiz's own parser ({@link ChecklistParser}), so its ids are the ones the page is rendered from. Its
 * sections, which a refused link's "nearest" offers, are its intro's headings and then its signs, as the built page's
 * ({@link PageFacts#sections}). An XLIFF import asks it, to refuse a link to a sign or a statement the quiz will not have.
 */
public final class QuizAddresses {
    private QuizAddresses() {
    }

    /** The ids the quiz page with this body will have; none known when its checklist is not well-formed (the build then says why). */
    public static Optional<PageFacts> facts(String body, Slugs slugs) {
        return ChecklistParser.parse(Path.of(""), new FrontMatter(Map.of(), Map.of(), body, 1), new ArrayList<>())
                .map(checklist -> facts(checklist, slugs));
    }

    private static PageFacts facts(Checklist checklist, Slugs slugs) {
        PageFacts intro = HeadingAddresses.facts(checklist.intro(), DocumentType.QUIZ, slugs);
        Set<String> ids = new HashSet<>(intro.ids());
        List<String> sections = new ArrayList<>(intro.sections());
        for (ChecklistSection section : checklist.sections()) {
            ids.add(QuizPart.SECTION.id(section.id()));
            ids.add(QuizPart.SECTION_TITLE.id(section.id()));
            sections.add(QuizPart.SECTION.id(section.id()));
            for (ChecklistItem item : section.items()) {
                ids.add(QuizPart.STATEMENT.id(item.id()));
            }
        }
        for (ResultBand band : checklist.bands()) {
            ids.add(QuizPart.BAND.id(band.id()));
        }
        return new PageFacts(intro.lang(), intro.canonical(), intro.alternates(), Set.copyOf(ids), List.copyOf(sections));
    }
}
