package guide.translation;

import guide.content.ContentDocument;
import guide.content.FrontMatter;
import guide.content.FrontMatterParser;
import guide.content.TestDocument;
import guide.site.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ./guide translate: a draft with the front matter filled in and the source's text, never over an existing file. */
class TranslationStarterTest {
    @TempDir
    Path dir;

    private final ContentDocument source = TestDocument.article("pl", "jak-wycenic").title("Jak wycenić projekt").key("pricing")
            .tags("wycena", "klienci").body("\nAkapit.\n").build();

    @Test
    void writesADraftWithTheSourcesKeyAuthorTagsAndStamp() throws IOException {
        Path target = dir.resolve("content/en/pricing.md");
        TranslationStarter.start(source, target, "en", new TranslatedAddresses(List.of(source)));
        String text = Files.readString(target, StandardCharsets.UTF_8);
        String stamp = text.lines().filter(l -> l.startsWith("sourceRevision=")).findFirst().orElseThrow();
        assertTrue(stamp.startsWith("sourceRevision=pl ") && stamp.endsWith(" to=en"), "the stamp of the en translation: " + stamp);
        assertEquals("""
                title=Jak wycenić projekt
                date=2026-11-01
                type=post
                status=draft
                translationKey=pricing
                author=redakcja
                summary=About jak-wycenic.
                tags=wycena,klienci
                %s
                ~~~~~~

                Akapit.
                """.formatted(stamp), text);
        List<Problem> problems = new ArrayList<>();
        var header = FrontMatterParser.parse(Path.of("content/en/pricing.md"), text, problems).orElseThrow();
        ContentDocument published = TestDocument.article("en", "pricing").key("pricing").header(SourceRevision.KEY, header.get(SourceRevision.KEY))
                .build();
        assertEquals(TranslationState.Status.CURRENT,
                TranslationReport.of(List.of("pl", "en"), "pl", List.of(source, published), true).stateOf(published).orElseThrow().status(),
                "once published, the new translation is current until the source changes");
    }

    @Test
    void leavesOutHeaderLinesTheSourceDoesNotHave() throws IOException {
        ContentDocument notFound = TestDocument.article("pl", "404").build();
        var values = new LinkedHashMap<>(notFound.frontMatter().values());
        values.remove("author");
        values.remove("summary");
        ContentDocument bare = new ContentDocument(notFound.source(), "pl", "404", notFound.type(), false, "Nie ma", notFound.date(), "not-found", null,
                null, List.of(), new FrontMatter(values, notFound.frontMatter().lines(), "Brak.\n", 8));
        String text = start(bare, dir.resolve("en/404.md"));
        assertEquals(List.of("title=Nie ma", "date=2026-11-01", "type=post", "status=draft", "translationKey=not-found"),
                text.lines().limit(5).toList());
        assertEquals("sourceRevision=", text.lines().skip(5).findFirst().orElseThrow().substring(0, 15));
    }

    private static String start(ContentDocument doc, Path target) throws IOException {
        TranslationStarter.start(doc, target, "en", new TranslatedAddresses(List.of(doc)));
        return Files.readString(target, StandardCharsets.UTF_8);
    }

    @Test
    void neverOverwritesAFile() throws IOException {
        Path target = dir.resolve("about.md");
        Files.writeString(target, "mine");
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class, () -> start(source, target));
        assertEquals(target + " already exists; not overwritten", e.getMessage());
        assertEquals("mine", Files.readString(target));
    }

    /** ./guide translate lists the links it pointed at the translation's pages by the line they are on in the new file. */
    @Test
    void theLinksMovedAreListedByTheirLineInTheNewFile() throws IOException {
        ContentDocument prices = TestDocument.article("pl", "cennik").key("prices").build();
        ContentDocument pricesEn = TestDocument.article("en", "prices").key("prices").build();
        ContentDocument linking = TestDocument.article("pl", "jak-wycenic").title("Jak wycenić projekt").key("pricing")
                .body("\nAkapit.\n\nZobacz [cennik](" + prices.url() + ").\n").build();
        Path target = dir.resolve("content/en/pricing.md");

        TranslatedLinks links = TranslationStarter.start(linking, target, "en", new TranslatedAddresses(List.of(prices, pricesEn, linking)));
        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertEquals(1, links.moved().size());
        TranslatedLinks.Link moved = links.moved().get(0);
        assertEquals("Zobacz [cennik](" + pricesEn.url() + ").", lines.get(moved.line() - 1), "line " + moved.line() + " of " + lines);
    }
}
