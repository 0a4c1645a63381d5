package guide.page;

import guide.content.ContentDocument;
import guide.content.HeaderKeys;
import guide.content.Slugs;
import guide.i18n.UiStrings;
import guide.quiz.Checklist;
import guide.translation.TranslationReport;
import guide.translation.TranslationState;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
    private final Function<String, Slugs> slugs;

    /**
     * @param checklists the checklist of each quiz page, whose sections are its signs
     * @param slugs      how each language makes an id of a heading's text (for sections whose heading has no {@code {#id}})
     */
    public Notices(UiStrings ui, Dates dates, TranslationReport report, Map<ContentDocument, Checklist> checklists, Function<String, Slugs> slugs) {
        this.ui = ui;
        this.dates = dates;
        this.report = report;
        this.checklists = checklists;
        this.slugs = slugs;
    }

    /**
     * "This translation may be behind the Polish original, updated on 20 November 2026." ("…, which has changed since it was
     * translated." when the original has no {@code updated=}), or null when it is not behind.
     */
    public OutdatedNotice outdated(ContentDocument doc) {
        TranslationState state = report.stateOf(doc).orElse(null);
        if (state == null || state.status() != TranslationState.Status.OUTDATED || state.source() == null) {
            return null;
        }
        ContentDocument source = state.source();
        String lang = doc.lang();
        String text = dated(source, lang, "translationOutdated", "translationOutdatedUndated").replace("{original}", ui.about(doc.lang(), "originalIn", source.lang()));
        String marker = dated(source, lang, "sectionOutdated", "sectionOutdatedUndated").replace("{original}", ui.about(doc.lang(), "originalWhere", source.lang()));
        List<SectionMark> sections = new SectionMarks(checklists.get(doc), slugs).of(doc, source, marker, ui.text(lang, "readSectionOriginal"));
        return new OutdatedNotice(text, source.url(), source.lang(), ui.text(lang, "readOriginal"),
                sections.isEmpty() ? "" : ui.text(lang, "outdatedSections"), sections);
    }

    /**
     * The sentence {@code key} with the date of the source's {@code updated=}; without one, the sentence {@code undated},
     * which gives none. The change that put the translation behind came after its stamp, at a date no header gives: the source's
     * {@code date=} is when it was first published, before that change and often before the translation itself, so
     * "updated on" that date would tell readers of an update that never was, and make the original look older than its translation.
     */
    private String dated(ContentDocument source, String lang, String key, String undated) {
        if (source.frontMatter().get("updated") == null) {
            return ui.text(lang, undated);
        }
        return Dates.into(ui.text(lang, key), dates.text(source.updated(), lang));
    }

    /** The legal status date of a page with {@code legalStatus=}, or null. */
    public LegalNotice legal(ContentDocument doc) {
        String status = doc.frontMatter().get(HeaderKeys.LEGAL_STATUS);
        return status == null ? null : new LegalNotice(Dates.into(ui.text(doc.lang(), "legalStatus"), dates.text(LocalDate.parse(status), doc.lang())));
    }
}
