package guide.page;

import guide.content.ContentDocument;
import guide.content.HeaderKeys;
import guide.i18n.UiStrings;
import guide.quiz.Checklist;
import guide.translation.TranslationReport;
import guide.translation.TranslationState;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Notes a page shows under its title: that a translation may be behind its original (since when,
 * and which of its sections, each of them then marked in place), and the legal status date of a
 * page that states the law.
 */
public final class Notices {
    private final UiStrings ui;
    private final Dates dates;
    private final TranslationReport report;
    private final Map<ContentDocument, Checklist> checklists;

    /** @param checklists the checklist of each quiz page, whose sections are its signs */
    public Notices(UiStrings ui, Dates dates, TranslationReport report, Map<ContentDocument, Checklist> checklists) {
        this.ui = ui;
        this.dates = dates;
        this.report = report;
        this.checklists = checklists;
    }

    /** "This translation may be behind the Polish original, updated on 20 November 2026.", or null when it is not behind. */
    public OutdatedNotice outdated(ContentDocument doc) {
        TranslationState state = report.stateOf(doc).orElse(null);
        if (state == null || state.status() != TranslationState.Status.OUTDATED || state.source() == null) {
            return null;
        }
        ContentDocument source = state.source();
        String date = dates.text(source.updated(), doc.lang());
        Map<String, String> strings = ui.strings(doc.lang());
        String text = Dates.into(strings.get("translationOutdated").replace("{original}", ui.about(doc.lang(), "originalIn", source.lang())), date);
        String marker = Dates.into(strings.get("sectionOutdated").replace("{original}", ui.about(doc.lang(), "originalWhere", source.lang())), date);
        List<SectionMark> sections = new SectionMarks(checklists.get(doc)).of(doc, source, marker, strings.get("readSectionOriginal"));
        return new OutdatedNotice(text, source.url(), source.lang(), strings.get("readOriginal"),
                sections.isEmpty() ? "" : strings.get("outdatedSections"), sections);
    }

    /** The legal status date of a page with {@code legalStatus=}, or null. */
    public LegalNotice legal(ContentDocument doc) {
        String status = doc.frontMatter().get(HeaderKeys.LEGAL_STATUS);
        return status == null ? null : new LegalNotice(Dates.into(ui.strings(doc.lang()).get("legalStatus"), dates.text(LocalDate.parse(status), doc.lang())));
    }
}
