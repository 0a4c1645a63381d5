package guide.page;

import guide.content.ContentDocument;
import guide.content.Markdown;
import guide.quiz.Checklist;
import guide.quiz.ChecklistParser;
import guide.quiz.ChecklistSection;
import guide.translation.ChangedSections;
import guide.translation.DocumentSections;
import guide.translation.SourceRevision;
import org.jsoup.Jsoup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sections of an outdated translation that are behind its source ({@link ChangedSections}), as
 * the page shows them: each with the id of its element on the page, its heading as plain text and
 * its marker. On an article or page a section is its {@code ##} heading; on a quiz page a sign is a
 * group ({@code sign-<id>}) and the results section the table of bands ({@code bands}). A
 * translation without a readable stamp names no section: the notice then speaks of the whole page.
 */
final class SectionMarks {
    /** The id of the quiz page's table of result bands (templates/quiz.ftl). */
    private static final String QUIZ_BANDS = "bands";
    private static final String QUIZ_SIGN = "sign-";

    private final Checklist checklist;

    /** @param checklist the page's checklist on a quiz page, else null */
    SectionMarks(Checklist checklist) {
        this.checklist = checklist;
    }

    List<SectionMark> of(ContentDocument translation, ContentDocument source, String marker, String linkText) {
        Optional<SourceRevision> stamp = SourceRevision.stampOf(translation);
        if (stamp.isEmpty()) {
            return List.of();
        }
        ChangedSections changed = ChangedSections.of(stamp.get(), source.title(), source.body(), DocumentSections.of(translation.title(), translation.body()));
        List<SectionMark> marks = new ArrayList<>();
        for (DocumentSections.Section section : changed.sections()) {
            anchor(section.id()).ifPresent(anchor -> marks.add(new SectionMark(anchor, plain(section.title()), marker,
                    source.url() + "#" + anchor, linkText)));
        }
        return marks;
    }

    /** The id of the section's element on the page, if the page has one. */
    private Optional<String> anchor(String id) {
        if (checklist == null) {
            return Optional.of(id);
        }
        if (ChecklistParser.RESULTS_ID.equals(id)) {
            return Optional.of(QUIZ_BANDS);
        }
        return checklist.sections().stream().map(ChecklistSection::id).filter(id::equals).findFirst().map(s -> QUIZ_SIGN + s);
    }

    /** A heading's Markdown as the text readers see (rendered as a heading, so "2. Payments" stays text, not a list). */
    private static String plain(String markdown) {
        return Jsoup.parse(Markdown.toHtml("## " + markdown)).text();
    }
}
