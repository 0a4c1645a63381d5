package guide.page;

import guide.content.ContentDocument;
import guide.content.Markdown;
import guide.content.Slugs;
import guide.content.TemplateIds.QuizPart;
import guide.html.HeadingAddresses;
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
import java.util.function.Function;

/**
 * The sections of an outdated translation that are behind its source ({@link ChangedSections}), as
 * the page shows them: each with the id of its element on the page, its heading as plain text and
 * its marker. On an article or page a section is its {@code ##} heading; on a quiz page a sign is a
 * group ({@link QuizPart#SECTION}: {@code sign-<id>}) and the results section the table of bands ({@code bands}). A section whose
 * heading has no {@code {#id}} has on each page an id made from its own heading's text ({@link HeadingAddresses}): the
 * translation's for the page, the original's for the link to the original; it is named only when both pages
 * show their {@code ##} headings as their Markdown counts them. A
 * translation without a readable stamp names no section: the notice then speaks of the whole page.
 */
final class SectionMarks {
    /** The id of the quiz page's table of result bands (templates/quiz.ftl). */
    private static final String QUIZ_BANDS = "bands";

    private final Checklist checklist;
    private final Function<String, Slugs> slugs;

    /**
     * @param checklist the page's checklist on a quiz page, else null
     * @param slugs     how each language makes an id of a heading's text
     */
    SectionMarks(Checklist checklist, Function<String, Slugs> slugs) {
        this.checklist = checklist;
        this.slugs = slugs;
    }

    List<SectionMark> of(ContentDocument translation, ContentDocument source, String marker, String linkText) {
        Optional<SourceRevision> stamp = SourceRevision.stampOf(translation);
        if (stamp.isEmpty()) {
            return List.of();
        }
        DocumentSections sections = DocumentSections.of(translation.title(), translation.body());
        ChangedSections changed = ChangedSections.of(stamp.get(), source.title(), source.body(), sections);
        List<SectionMark> marks = new ArrayList<>();
        List<HeadingAddresses.Address> here = null;
        List<HeadingAddresses.Address> there = null;
        for (DocumentSections.Section section : changed.sections()) {
            if (section.id().isEmpty()) {
                if (checklist != null) {
                    continue;
                }
                if (here == null) {
                    here = addresses(translation, sections);
                    there = addresses(source, DocumentSections.of(source.title(), source.body()));
                }
                int k = sections.headings().indexOf(section);
                if (!here.isEmpty() && !there.isEmpty()) {
                    marks.add(new SectionMark(here.get(k).id(), here.get(k).text(), marker, source.url() + "#" + there.get(k).id(), linkText));
                }
                continue;
            }
            anchor(section.id()).ifPresent(anchor -> marks.add(new SectionMark(anchor, plain(section.title()), marker,
                    source.url() + "#" + anchor, linkText)));
        }
        return marks;
    }

    /** The page's {@code ##} headings as it shows them, or none when the page shows others than its Markdown counts (in HTML, underlined). */
    private List<HeadingAddresses.Address> addresses(ContentDocument doc, DocumentSections sections) {
        List<HeadingAddresses.Address> shown = HeadingAddresses.of(doc.body(), doc.type(), slugs.apply(doc.lang()));
        return shown.size() == sections.headings().size() ? shown : List.of();
    }

    /** The id of the section's element on the page, if the page has one. */
    private Optional<String> anchor(String id) {
        if (checklist == null) {
            return Optional.of(id);
        }
        if (ChecklistParser.RESULTS_ID.equals(id)) {
            return Optional.of(QUIZ_BANDS);
        }
        return checklist.sections().stream().map(ChecklistSection::id).filter(id::equals).findFirst().map(QuizPart.SECTION::id);
    }

    /** A heading's Markdown as the text readers see (rendered as a heading, so "2. Payments" stays text, not a list). */
    private static String plain(String markdown) {
        return Jsoup.parse(Markdown.toHtml("## " + markdown)).text();
    }
}
