package guide.translation;

import guide.content.ContentDocument;
import org.json.simple.JSONValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The translation report as JSON for other tools ({@code ./guide translations --json}): for each key, for each language,
 * what the table says of that place, with the details the table prints under it. What {@link ReportPrinter#json} documents.
 */
final class ReportJson {
    private final ShownStates shown;
    private final UnreadTranslations unread;
    private final CopiedTranslations copies;
    private final UntranslatedTags tags;

    private ReportJson(UnreadTranslations unread, CopiedTranslations copies, UntranslatedTags tags) {
        this.shown = new ShownStates(unread);
        this.unread = unread;
        this.copies = copies;
        this.tags = tags;
    }

    static String of(TranslationReport report, UnreadTranslations unread, CopiedTranslations copies, UntranslatedTags tags) {
        ReportJson json = new ReportJson(unread, copies, tags);
        List<Map<String, Object>> keys = new ArrayList<>();
        report.byKey().forEach((key, states) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("key", key);
            Map<String, Object> languages = new LinkedHashMap<>();
            states.forEach((lang, state) -> languages.put(lang, json.place(state)));
            entry.put("languages", languages);
            keys.add(entry);
        });
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("languages", report.languages());
        root.put("keys", keys);
        return JSONValue.toJSONString(root);
    }

    /** One language's place of a key. */
    private Map<String, Object> place(TranslationState state) {
        Map<String, Object> l = new LinkedHashMap<>();
        String word = shown.word(state);
        l.put("status", word);
        l.put("file", state.document() == null ? null : path(state.document()));
        l.put("source", state.source() == null ? null : path(state.source()));
        if (word.equals(ShownStates.UNKNOWN)) { // not "its pl source is gone": it is there
            l.put("note", "its source cannot be read: fix the source rather than delete this page");
        } else if (!state.note().isEmpty() && !word.equals(ShownStates.UNREADABLE)) {
            l.put("note", state.note());
        }
        if (state.line() > 0) {
            l.put("line", state.line());
        }
        copies.of(state).ifPresent(copy -> l.put("untranslated", untranslated(copy)));
        tags.of(state).ifPresent(finding -> l.put("untranslatedTags", untranslatedTags(finding)));
        unread.of(state).or(() -> state.sourceGone() ? unread.sourceOf(state) : Optional.empty()).ifPresent(page -> {
            l.put("file", page.file());
            l.put("problems", page.problems());
        });
        if (!state.sourceGone()) {
            unread.sourceOf(state).ifPresent(page -> l.put("sourceUnreadable", unreadablePage(page)));
        }
        List<Map<String, Object>> mayBe = unread.maybe(state).stream().map(ReportJson::unreadablePage).toList();
        if (!mayBe.isEmpty()) {
            l.put("mayBe", mayBe);
        }
        if (!state.changes().isEmpty()) {
            l.put("changes", state.changes().stream().map(ReportJson::change).toList());
        }
        return l;
    }

    private static Map<String, Object> change(SourceChange change) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("change", change.kind().name().toLowerCase(Locale.ROOT));
        if (change.part() == SourceChange.Part.SUMMARY) {
            c.put("part", "summary");
        }
        c.put("text", change.text());
        if (change.old() != null) {
            c.put("old", change.old());
        }
        return c;
    }

    /** {@code {"line": 1, "warning": "the title and …"}}, in that order, as the README shows it. */
    private static Map<String, Object> untranslated(UntranslatedText.Copy copy) {
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("line", copy.line());
        u.put("warning", copy.text());
        return u;
    }

    /** {@code {"line": 8, "tags": ["umowy"], "warning": "the tag umowy is …"}}, in that order, as the README shows it. */
    private static Map<String, Object> untranslatedTags(UntranslatedTags.Finding finding) {
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("line", finding.line());
        u.put("tags", finding.tags());
        u.put("warning", finding.text());
        return u;
    }

    private static Map<String, Object> unreadablePage(UnreadTranslations.Page page) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("file", page.file());
        p.put("problems", page.problems());
        return p;
    }

    private static String path(ContentDocument doc) {
        return doc.source().toString().replace('\\', '/');
    }
}
