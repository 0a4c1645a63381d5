package guide.content;

import guide.site.Problem;
import guide.site.SmallProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading content files as the README's "Add an article" describes them: the address from the file
 * name, the language from the folder, and every rule of the header an error or warning at its line.
 */
class ContentScannerTest {
    private static final String HEADER = """
            title=A
            date=2026-12-01
            type=post
            status=published
            translationKey=%s
            author=redakcja
            summary=S.
            """;

    @TempDir
    Path dir;
    private SmallProject project;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    @BeforeEach
    void project() {
        project = SmallProject.in(dir);
    }

    /** A valid file with these extra header lines (from line 8) and this body. */
    private void article(String file, String key, String extra, String body) {
        project.write(file, HEADER.formatted(key) + extra + "~~~~~~\n" + body);
    }

    private List<ContentDocument> scan() {
        return new ContentScanner(project.config(), project.authors()).scan(problems, warnings);
    }

    private List<String> messages(List<Problem> list) {
        return list.stream().map(Problem::toString).toList();
    }

    @Test
    void readsAnArticleWithItsAddressFromTheFileName() {
        project.write("content/pl/jak-wycenić-projekt.md", """
                title=Jak wycenić projekt
                date=2026-12-01
                type=post
                status=published
                translationKey=pricing
                author=redakcja
                summary=Jedno zdanie.
                tags=wycena, , klienci ,,
                ~~~~~~

                Pierwszy akapit.
                """);
        List<ContentDocument> docs = scan();
        assertEquals(List.of(), messages(problems));
        assertEquals(List.of(), messages(warnings));
        ContentDocument doc = docs.get(0);
        assertEquals(Path.of("content/pl/jak-wycenić-projekt.md"), doc.source());
        assertEquals("pl", doc.lang());
        assertEquals("jak-wycenic-projekt", doc.slug());
        assertEquals("/pl/jak-wycenic-projekt/", doc.url());
        assertEquals(DocumentType.POST, doc.type());
        assertFalse(doc.draft());
        assertEquals("Jak wycenić projekt", doc.title());
        assertEquals(LocalDate.of(2026, 12, 1), doc.date());
        assertEquals("pricing", doc.translationKey());
        assertEquals("redakcja", doc.author());
        assertEquals("Jedno zdanie.", doc.summary());
        assertEquals(List.of("wycena", "klienci"), doc.tags());
        assertEquals("\nPierwszy akapit.\n", doc.body());
        assertEquals(7, doc.frontMatter().lineOf("summary"));
    }

    @Test
    void everyBrokenRuleOfTheHeaderIsAnErrorAtItsLine() {
        article("content/pl/a-lang.md", "a", "lang=en\n", "Text.\n");
        project.write("content/pl/b-type.md", HEADER.formatted("b").replace("type=post", "type=article") + "~~~~~~\n");
        project.write("content/pl/c-status.md", HEADER.formatted("c").replace("status=published", "status=public") + "~~~~~~\n");
        project.write("content/pl/d-dates.md", HEADER.formatted("d").replace("2026-12-01", "2026-11-31")
                + "updated=2026-13-01\nlegalStatus=1.1.2026\n~~~~~~\n");
        project.write("content/pl/e-authors.md", HEADER.formatted("e").replace("author=redakcja", "author=nobody") + "basedOn=ghost\n~~~~~~\n");
        project.write("content/pl/e-typo.md", HEADER.formatted("e2").replace("author=redakcja", "author=redakcia") + "~~~~~~\n");
        project.write("content/pl/e-coauthors.md", HEADER.formatted("e3").replace("author=redakcja", "author=redakcja, ghost")
                + "basedOn=ghost,nobody\n~~~~~~\n");
        project.write("content/pl/f-key.md", HEADER.formatted("zły klucz") + "~~~~~~\n");
        project.write("content/pl/g-missing.md", HEADER.formatted("g").replace("title=A", "tittle=G").replace("summary=S.\n", "") + "~~~~~~\n");
        article("content/pl/h-heading.md", "h", "", "Intro.\n# Kontakt\n");
        project.write("content/pl/i-updated.md", HEADER.formatted("i") + "updated=2026-11-30\n~~~~~~\n");
        List<ContentDocument> docs = scan();
        assertEquals(List.of(
                "content/pl/a-lang.md:8: lang=en disagrees with the folder 'pl': the folder decides the language",
                "content/pl/b-type.md:3: unknown type 'article': use one of post, page, home, quiz or notfound",
                "content/pl/c-status.md:4: status must be 'published' or 'draft', not 'public'",
                "content/pl/d-dates.md:2: date '2026-11-31' is not a real date: November 2026 has 30 days",
                "content/pl/d-dates.md:8: updated '2026-13-01' is not a real date: there is no month 13 (write yyyy-MM-dd)",
                "content/pl/d-dates.md:9: legalStatus '1.1.2026' is not a date in the form yyyy-MM-dd, e.g. 2026-11-26",
                "content/pl/e-authors.md:6: unknown author 'nobody': add it to content/authors.yaml (known: redakcja)",
                "content/pl/e-authors.md:8: unknown author 'ghost': add it to content/authors.yaml (known: redakcja)",
                "content/pl/e-coauthors.md:6: author=redakcja, ghost names 2 authors, but a page has one author: keep one here; if this page is adapted from someone else's article,"
                        + " that article's author goes in basedOn=",
                "content/pl/e-coauthors.md:8: basedOn=ghost,nobody names 2 authors, but a page is adapted from one article: keep that article's author"
                        + " here; the page's own author goes in author=",
                "content/pl/e-typo.md:6: unknown author 'redakcia': did you mean 'redakcja'? (to add an author, add them to content/authors.yaml)",
                "content/pl/f-key.md:5: translationKey 'zły klucz' must be ASCII letters, digits, '-' or '_'",
                "content/pl/g-missing.md:1: unknown header 'tittle': did you mean 'title'? (title is required)",
                "content/pl/g-missing.md:1: missing required header 'summary': add a line summary=… with one or two sentences about the page; they describe it in article lists, search results, link previews and the feed",
                "content/pl/h-heading.md:10: '# Kontakt' would be a second h1 (the title is the page's only h1): write '## Kontakt' for a section",
                "content/pl/i-updated.md:8: updated=2026-11-30 is before date=2026-12-01: updated is when the text last changed, on or after its publication"),
                messages(problems));
        assertEquals(List.of(), docs, "a file with an error is not published");
    }

    /** The QA case: a reference with no note was published as the text "[^brak]" with no word from the build. */
    @Test
    void aFootnoteWithoutItsNoteStopsThePageAndANoteNothingUsesIsAWarning() {
        article("content/pl/a.md", "a", "", "Tekst z przypisem[^brak].\n");
        article("content/pl/b.md", "b", "", "Tekst[^kc].\n\n[^kc]: Art. 750 k.c.\n[^stary]: Art. 746 k.c.\n");
        List<ContentDocument> docs = scan();
        assertEquals(List.of("content/pl/a.md:9: footnote [^brak] has no note, so readers would see '[^brak]' as it is written: add the note"
                + " on a line of its own below the paragraph, written '[^brak]: text of the note', or remove the reference"), messages(problems));
        assertEquals(List.of("content/pl/b.md:12: warning: the note [^stary] is not referred to anywhere, so readers never see it: write"
                + " [^stary] in the text where the note belongs, or remove the note"), messages(warnings));
        assertEquals(List.of("b"), docs.stream().map(ContentDocument::translationKey).toList());
    }

    @Test
    void filesMustBeInAConfiguredLanguageFolderAndNameAnAddress() {
        article("content/de/x.md", "x", "", "");
        article("content/x.md", "y", "", "");
        article("content/pl/!!!.md", "z", "", "");
        scan();
        assertEquals(List.of(
                "content/de/x.md:1: language folder 'de' is not configured (site.languages=pl,en)",
                "content/pl/!!!.md:1: file name gives an empty URL slug: use letters or digits",
                "content/x.md:1: content files belong in a language folder: content/<lang>/, one of [pl, en]"), messages(problems));
    }

    @Test
    void aFileThatIsNotUtf8IsNamed() throws IOException {
        Files.createDirectories(dir.resolve("content/pl"));
        Files.write(dir.resolve("content/pl/bad.md"), new byte[]{'t', 'i', 't', 'l', 'e', '=', (byte) 0xC3, '(', '\n'});
        assertEquals(List.of(), scan());
        assertEquals(List.of("content/pl/bad.md:1: not valid UTF-8: the file was saved in another encoding, Windows-1250 perhaps, which reads this line as"
                + " \"title=Ă(\"; save it as UTF-8"), messages(problems));
    }

    @Test
    void unknownKeysAreWarningsThatNameTheNearestKeyAndTheFileIsStillRead() {
        article("content/pl/w.md", "w", "colour=red\nsummry=Literówka.\n", "Text.\n");
        List<ContentDocument> docs = scan();
        assertEquals(List.of(), messages(problems));
        assertEquals(List.of(
                "content/pl/w.md:8: warning: unknown header 'colour' is ignored (known: title, date, type, status, translationKey, author, summary,"
                        + " tags, updated, lang, sourceRevision, sourceLanguage, basedOn, legalStatus, image, imageAlt, aliases, importedFrom, lastImport)",
                "content/pl/w.md:9: warning: unknown header 'summry' is ignored: did you mean 'summary'?"), messages(warnings));
        assertEquals(1, docs.size());
    }

    @Test
    void warningsGoWithTheProblemsWhenNoSeparateListIsGiven() {
        article("content/pl/w.md", "w", "colour=red\n", "Text.\n");
        List<ContentDocument> docs = new ContentScanner(project.config(), project.authors()).scan(problems);
        assertEquals(1, docs.size());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).isWarning());
    }

    @Test
    void notFoundPagesNeedNoAuthorOrSummaryAndDraftsAreMarked() {
        project.write("content/en/404.md", "title=Not found\ndate=2026-12-01\ntype=notfound\nstatus=published\ntranslationKey=not-found\n~~~~~~\n");
        project.write("content/en/soon.md", HEADER.formatted("soon").replace("status=published", "status=draft") + "~~~~~~\n");
        List<ContentDocument> docs = scan();
        assertEquals(List.of(), messages(problems));
        assertEquals(DocumentType.NOTFOUND, docs.get(0).type());
        assertNull(docs.get(0).author());
        assertEquals(List.of(), docs.get(0).tags());
        assertTrue(docs.get(1).draft());
    }

    @Test
    void aMissingTranslationKeySaysWhatToWrite() {
        project.write("content/pl/bez-klucza.md", "title=Bez klucza\ndate=2026-12-01\ntype=post\nstatus=published\nauthor=redakcja\nsummary=Bez klucza.\n~~~~~~\n");
        scan();
        assertEquals(List.of("content/pl/bez-klucza.md:1: missing required header 'translationKey': add a line translationKey=… with a name of ASCII letters,"
                + " digits, '-' or '_' (pricing-a-project), the same on the page's version in each language"), messages(problems));
    }

    @Test
    void aPageWithoutAuthorIsAnErrorUnlessItIsANotFoundPage() {
        project.write("content/en/about.md", "title=About\ndate=2026-12-01\ntype=page\nstatus=published\ntranslationKey=about\n~~~~~~\n");
        scan();
        assertEquals(List.of("content/en/about.md:1: missing required header 'author': add a line author=… with the key of its author in content/authors.yaml", "content/en/about.md:1: missing required header 'summary': add a line summary=… with one or two sentences about the page; they describe it in article lists, search results, link previews and the feed"),
                messages(problems));
    }

    @Test
    void aTranslationKeyOncePerLanguageAndOneFilePerAddress() {
        article("content/pl/Jak-to.md", "one", "", "");
        article("content/pl/jak-to.md", "two", "", "");
        article("content/pl/p1.md", "dup", "", "");
        article("content/pl/p2.md", "dup", "", "");
        article("content/en/p3.md", "dup", "", "");
        scan();
        assertEquals(List.of(
                "content/pl/jak-to.md:1: differs from content/pl/Jak-to.md only in upper and lower case, which Windows and macOS cannot"
                        + " hold side by side (a checkout there has only one of them): both would be the page /pl/jak-to/; keep one of the two"
                        + " files and delete the other",
                "content/pl/p2.md:5: translationKey 'dup' is already used in 'pl' by content/pl/p1.md: a page and its translations share a key, and no other page has it; give this page a key of its own"), messages(problems));
    }

    /**
     * One name twice, as a Mac copy or a case-insensitive disk leaves it: one problem that says the names are one, not a
     * second about their shared translationKey; two different names with one address are told how the address is made.
     */
    @Test
    void oneNameTwiceIsSaidToBeOneName() {
        article("content/pl/jak-wycenić.md", "wycena", "", "");
        article("content/pl/jak-wycenic\u0301.md", "wycena", "", "");
        article("content/pl/O nas.md", "o-nas", "", "");
        article("content/pl/o-nas.md", "o-nas-2", "", "");
        scan();
        assertEquals(List.of(
                "content/pl/jak-wycenić.md:1: has the same name as content/pl/jak-wycenic\u0301.md, written in another Unicode form"
                        + " (one of the two has its accented letters decomposed, as macOS tools write names), so they look alike:"
                        + " both would be the page /pl/jak-wycenic/;"
                        + " keep one of the two files and delete the other",
                "content/pl/o-nas.md:1: would write the same page /pl/o-nas/ as content/pl/O nas.md (the address is the file name in"
                        + " lower case, with Polish letters made plain): rename one of them"), messages(problems));
    }

    /** A new page whose header was copied from an older one is named, not the older page, whatever their file names. */
    @Test
    void aTranslationKeyUsedTwiceIsNamedAtTheNewerPage() {
        project.write("content/pl/test-czy-przyjac-projekt.md", HEADER.formatted("quiz").replace("2026-12-01", "2026-12-04") + "~~~~~~\n");
        project.write("content/pl/test-czy-rozstac-sie.md", HEADER.formatted("quiz").replace("2026-12-01", "2026-11-24") + "~~~~~~\n");
        scan();
        assertEquals(List.of("content/pl/test-czy-przyjac-projekt.md:5: translationKey 'quiz' is already used in 'pl' by"
                + " content/pl/test-czy-rozstac-sie.md: a page and its translations share a key, and no other page has it;"
                + " give this page a key of its own"), messages(problems));
    }

    @Test
    void fileNamesInAnotherScriptBecomeLatinAddressesWithTheirLanguagesTransform() {
        project.properties("site.languages=pl,en,uk\nsite.language.uk.transliteration=Ukrainian-Latin/BGN\n")
                .write("content/authors.yaml", "redakcja:\n  name: Redakcja\n  role: {pl: R, en: R, uk: R}\n  bio: {pl: B, en: B, uk: B}\n");
        article("content/uk/5-ознак-що-час.md", "signs", "", "");
        article("content/pl/5-oznak-że-czas.md", "signs", "", "");
        List<ContentDocument> docs = new ContentScanner(project.config(), project.authors()).scan(problems, warnings);
        assertEquals(List.of(), messages(problems));
        assertEquals(List.of("5-oznak-ze-czas", "5-oznak-shcho-chas"), docs.stream().map(ContentDocument::slug).toList());
    }

    @Test
    void theMemoReusesAnUnchangedFileAndRereadsAChangedOne() {
        article("content/pl/w.md", "w", "colour=red\n", "Text.\n");
        ScanMemo memo = new ScanMemo();
        ContentScanner scanner = new ContentScanner(project.config(), project.authors(), memo, "settings-1");
        ContentDocument first = scanner.scan(problems, warnings).get(0);
        ContentDocument again = scanner.scan(problems, warnings).get(0);
        assertSame(first, again, "an unchanged file is not read again");
        assertEquals(2, warnings.size(), "its warning is given again");
        assertEquals(warnings.get(0), warnings.get(1));

        ContentDocument otherContext = new ContentScanner(project.config(), project.authors(), memo, "settings-2").scan(problems, warnings).get(0);
        assertNotSame(first, otherContext, "other settings: read again");

        article("content/pl/w.md", "w", "colour=red\n", "Text, longer now.\n");
        ContentDocument changed = scanner.scan(problems, warnings).get(0);
        assertEquals("Text, longer now.\n", changed.body());
        assertEquals(List.of(), problems);
    }
}
