package guide.translation;

import guide.content.ContentDocument;
import guide.content.TestDocument;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which translations the report names as still their source's text: the published ones, current or outdated, that the
 * build warns of; not a draft, a source, or a translation the build does not warn of.
 */
class CopiedTranslationsTest {
    private static final String BODY = "Klient, który nie płaci na czas, kosztuje więcej.\n\nZapisz terminy i kwoty przed rozmową.\n";
    private static final String TRANSLATED = "A client who pays late costs more.\n\nWrite down the dates and sums before you talk.\n";

    private static ContentDocument pl(String key, String body) {
        return TestDocument.article("pl", key).key(key).body(body).build();
    }

    /** An English page of {@code key} stamped with {@code stampedFrom} as it is, holding {@code body}. */
    private static TestDocument en(String key, ContentDocument stampedFrom, String body) {
        return TestDocument.article("en", key).key(key).body(body)
                .header(SourceRevision.KEY, SourceRevision.of("pl", stampedFrom.title(), stampedFrom.body()).toString());
    }

    private static TranslationReport report(List<ContentDocument> documents) {
        return TranslationReport.of(List.of("pl", "en"), "pl", documents, false);
    }

    @Test
    void currentAndOutdatedCopiesAreFoundInTheReportsOrderWithTheBuildsWords() {
        ContentDocument late = pl("late", BODY);
        ContentDocument notes = pl("notes", BODY + "\nNowy akapit dopisany po tłumaczeniu strony.\n");
        TranslationReport report = report(List.of(late, en("late", late, BODY).build(), notes, en("notes", pl("notes", BODY), BODY).build()));
        CopiedTranslations copies = CopiedTranslations.of(report);
        assertEquals(List.of("content/en/late.md", "content/en/notes.md"), copies.files(report));
        TranslationState outdated = report.byKey().get("notes").get("en");
        assertEquals(TranslationState.Status.OUTDATED, outdated.status());
        assertEquals(Optional.of(new UntranslatedText.Copy(10, "both passages of the text are still copied word for word from its source,"
                + " content/pl/notes.md: translate them, or keep the page a draft (status=draft) until then")), copies.of(outdated));
    }

    @Test
    void aTranslatedPageADraftAndTheSourceAreNotCopies() {
        ContentDocument late = pl("late", BODY);
        ContentDocument draft = pl("draft", BODY);
        TranslationReport report = report(List.of(late, en("late", late, TRANSLATED).build(), draft, en("draft", draft, BODY).draft().build()));
        CopiedTranslations copies = CopiedTranslations.of(report);
        assertEquals(List.of(), copies.files(report));
        report.all().forEach(state -> assertEquals(Optional.empty(), copies.of(state), state.toString()));
    }

    @Test
    void noneKnowsNoCopy() {
        ContentDocument late = pl("late", BODY);
        TranslationReport report = report(List.of(late, en("late", late, BODY).build()));
        assertEquals(List.of(), CopiedTranslations.NONE.files(report));
        assertEquals(Optional.empty(), CopiedTranslations.NONE.of(report.byKey().get("late").get("en")));
    }
}
