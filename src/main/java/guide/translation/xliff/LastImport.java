package guide.translation.xliff;

import guide.content.ContentDocument;
import guide.content.HeaderKeys;
import guide.translation.SourceRevision;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The import that last wrote a translation, as its header records it: {@code lastImport=20261206T222117Z-75a64e:9a0fee88c1d2}, the
 * file's export id ({@link ExportMark}) and a hash of the text it wrote ({@link TranslationText}). Why: two exports of one revision
 * differ only in their id, so without this line a file corrected after its own import could not be told from another export, and was
 * refused as work done since. While the text and the stamp are still what that import (or a reviewer's stamp after it) left, the
 * translation holds that file's work alone ({@link #leftBy}). Each import writes the line or takes it out ({@link #after}); one that
 * cannot be read counts as none.
 *
 * @param export the export whose import wrote the text
 * @param text   the hash of the translation's text as that import wrote it
 */
record LastImport(ExportMark export, String text) {
    /** The header key. */
    static final String KEY = HeaderKeys.LAST_IMPORT;
    private static final Pattern FORM = Pattern.compile("(\\S+):([0-9a-f]{12})");

    /** What {@code translation}'s header records, if it has such a line and it can be read. */
    static Optional<LastImport> of(ContentDocument translation) {
        Object value = translation.frontMatter().get(KEY);
        return value == null ? Optional.empty() : parse(String.valueOf(value));
    }

    /** The record a header value gives, or empty when it is not one. */
    static Optional<LastImport> parse(String value) {
        Matcher m = FORM.matcher(value.strip());
        return m.matches() ? ExportMark.parse(m.group(1)).map(mark -> new LastImport(mark, m.group(2))) : Optional.empty();
    }

    /**
     * The header value an import writes ({@code written}: the translation file's text as it will be), or empty, which takes the line
     * out: when the text is not the file's work {@code alone} (a unit text recorded as another export's import stays), or the file
     * has no mark ({@link ExportMark}: no id, or a damaged one with too little left).
     */
    static String after(XliffFile file, boolean alone, String written) {
        return alone ? ExportMark.of(file).map(mark -> new LastImport(mark, TranslationText.hash(written)).value()).orElse("") : "";
    }

    /**
     * True when {@code translation} is as the last import of {@code file}'s own export left it: the same text, under the stamp that
     * import wrote. The export is {@code file}'s when the line's mark is the file's, or what is left of it ({@link ExportMark#isLeftOf}: a
     * file imported with a damaged id, then corrected with its id put back, is still that file). It holds no work done since, so the file, corrected in the CAT tool, imports again without a word.
     */
    static boolean leftBy(XliffFile file, ContentDocument translation) {
        Optional<ExportMark> mark = ExportMark.of(file);
        return mark.isPresent() && of(translation).filter(r -> r.export.isLeftOf(mark.get()) && r.isTextOf(translation)).isPresent()
                && SourceRevision.stampOf(translation).equals(Optional.of(file.revision().to(file.targetLang())));
    }

    /**
     * Who changed the translation since {@code file}'s export, as far as this line tells, for a refusal's "(since then …)": "the
     * import of another export (made 2026-12-06 22:21 UTC) wrote its text" when another export's import wrote its text as it is
     * now (whether that import stamped it, or left units to review and a reviewer's {@code stamp} finished it, the line does not
     * tell); "this file was imported, and the translation was edited after that" when this file's import wrote the line and
     * the text has changed since (or "stamped again" when only the stamp has); empty when the line does not tell.
     */
    static Optional<String> since(XliffFile file, ContentDocument translation) {
        Optional<ExportMark> mark = ExportMark.of(file);
        Optional<LastImport> record = of(translation).filter(r -> mark.isPresent());
        if (record.isEmpty()) {
            return Optional.empty();
        }
        boolean text = record.get().isTextOf(translation);
        if (record.get().export.isLeftOf(mark.get())) {
            return Optional.of("this file was imported, and the translation was " + (text ? "stamped again" : "edited") + " after that");
        }
        return text ? Optional.of("the import of another export (made " + record.get().export.when() + ") wrote its text") : Optional.empty();
    }

    private boolean isTextOf(ContentDocument translation) {
        return text.equals(TranslationText.hash(translation));
    }

    /** The header value: {@code 20261206T222117Z-75a64e:9a0fee88c1d2}. */
    String value() {
        return export.value() + ":" + text;
    }
}
