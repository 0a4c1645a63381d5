package guide.translation;

import guide.content.ContentDocument;
import guide.content.TestDocument;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The line {@code ./guide translations --fail-on STATES} prints on the console when it exits with 1: which typed states some
 * page is in, how many pages and which, each by its file or, for a translation not started, by key and language. On a
 * report of documents in memory, as the command makes one of the content it scans.
 */
class FailOnReasonTest {
    private static final String BODY = "Akapit pierwszy.\n\nAkapit drugi.\n";

    private static ContentDocument pl(String key, String body) {
        return TestDocument.article("pl", key).body(body).build();
    }

    private static ContentDocument en(String key, ContentDocument stampedFrom) {
        return TestDocument.article("en", key).header(SourceRevision.KEY, SourceRevision.of("pl", stampedFrom.title(), stampedFrom.body()).toString())
                .build();
    }

    /** about current, advance missing in English, pricing outdated (its source changed since the stamp). */
    private static TranslationReport report(ContentDocument... more) {
        ContentDocument about = pl("about", BODY);
        List<ContentDocument> documents = new ArrayList<>(List.of(about, en("about", about), pl("advance", BODY),
                pl("pricing", BODY.replace("drugi", "drugi, dłuższy")), en("pricing", pl("pricing", BODY))));
        documents.addAll(List.of(more));
        return TranslationReport.of(List.of("pl", "en"), "pl", documents, true);
    }

    private static UnreadTranslations unreadable(String... files) {
        return new UnreadTranslations(Arrays.stream(files).map(f -> new UnreadTranslations.Page(f, "en", null, List.of(f + ":1: no header found")))
                .toList());
    }

    @Test
    void anOutdatedPageIsNamedByItsFileAMissingOneByKeyAndLanguageInTheOrderTyped() {
        assertEquals(Optional.of("--fail-on missing,outdated: 1 page is missing: advance (en); 1 page is outdated: content/en/pricing.md"),
                new FailOnReason(UnreadTranslations.NONE).of(report(), List.of("missing", "outdated")));
    }

    @Test
    void aStateTypedThatNoPageIsInIsLeftOutAndWithNoneNothingIsSaid() {
        FailOnReason reason = new FailOnReason(UnreadTranslations.NONE);
        assertEquals(Optional.of("--fail-on orphaned,outdated: 1 page is outdated: content/en/pricing.md"),
                reason.of(report(), List.of("orphaned", "outdated")));
        assertEquals(Optional.empty(), reason.of(report(), List.of("orphaned", "draft")), "no page is orphaned or a draft: --fail-on exits with 0");
    }

    @Test
    void pagesOfAStateAreCountedAndAStateTypedTwiceIsSaidOnce() {
        TranslationReport report = report(pl("notes", BODY), pl("prices", BODY));
        assertEquals(Optional.of("--fail-on missing: 3 pages are missing: advance (en), notes (en), prices (en)"),
                new FailOnReason(UnreadTranslations.NONE).of(report, List.of("missing", "missing")));
    }

    /** Whatever the report calls their keys, the pages that cannot be read are named by their files, in the order of their paths. */
    @Test
    void unreadablePagesAreNamedByTheirFilesInOrderAndNotAsAnotherState() {
        FailOnReason reason = new FailOnReason(unreadable("content/en/b.md", "content/en/a.md"));
        assertEquals(Optional.of("--fail-on unreadable,outdated: 2 pages are unreadable: content/en/a.md, content/en/b.md;"
                + " 1 page is outdated: content/en/pricing.md"), reason.of(report(), List.of("unreadable", "outdated")));
        assertEquals(Optional.empty(), new FailOnReason(UnreadTranslations.NONE).of(report(), List.of("unreadable")));
    }

    /** A missing translation whose file is there but cannot be read is unreadable, not missing. */
    @Test
    void aMissingTranslationThatCannotBeReadIsNoLongerMissing() {
        UnreadTranslations unread = new UnreadTranslations(List.of(new UnreadTranslations.Page("content/en/advance.md", "en", "advance",
                List.of("content/en/advance.md:3: not valid UTF-8"))));
        FailOnReason reason = new FailOnReason(unread);
        assertEquals(Optional.empty(), reason.of(report(), List.of("missing")));
        assertEquals(Optional.of("--fail-on missing,unreadable: 1 page is unreadable: content/en/advance.md"),
                reason.of(report(), List.of("missing", "unreadable")));
    }

    @Test
    void tenPagesAreAllNamedAndPastTenTheRestAreCounted() {
        String[] ten = IntStream.rangeClosed(1, 10).mapToObj(i -> String.format("content/en/p%02d.md", i)).toArray(String[]::new);
        String named = String.join(", ", ten);
        assertEquals(Optional.of("--fail-on unreadable: 10 pages are unreadable: " + named),
                new FailOnReason(unreadable(ten)).of(report(), List.of("unreadable")));
        String[] thirteen = IntStream.rangeClosed(1, 13).mapToObj(i -> String.format("content/en/p%02d.md", i)).toArray(String[]::new);
        assertEquals(Optional.of("--fail-on unreadable: 13 pages are unreadable: " + named + " and 3 more"),
                new FailOnReason(unreadable(thirteen)).of(report(), List.of("unreadable")));
    }

    /** {@code untranslated} is no state of the table: the published translations still copied from their sources. */
    @Test
    void untranslatedNamesThePublishedCopiesAndNoOtherState() {
        String text = "Klient, który nie płaci na czas, kosztuje więcej.\n\nZapisz terminy i kwoty przed rozmową.\n";
        ContentDocument late = TestDocument.article("pl", "late").body(text).build();
        ContentDocument copy = TestDocument.article("en", "late").body(text)
                .header(SourceRevision.KEY, SourceRevision.of("pl", late.title(), late.body()).toString()).build();
        TranslationReport report = report(late, copy);
        FailOnReason reason = new FailOnReason(UnreadTranslations.NONE, CopiedTranslations.of(report));
        assertEquals(Optional.of("--fail-on untranslated,outdated: 1 page is untranslated: content/en/late.md; 1 page is outdated: content/en/pricing.md"),
                reason.of(report, List.of("untranslated", "outdated")));
        assertEquals(Optional.empty(), new FailOnReason(UnreadTranslations.NONE).of(report, List.of("untranslated")), "no copies known");
    }
}
