package guide.site;

import guide.build.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An id an editor writes on a heading ({@code ## Wrap-up {#summary}}) is that heading's address on
 * the built page, also when a heading earlier on the page would get the same id from its text
 * ({@code ## Summary}, or {@code ## Zakończenie} transliterated to {@code zakonczenie}): links, the
 * table of contents and the language switch, which carries the section a reader is in to the other
 * language, reach the section the editor meant.
 */
class EditorsHeadingIdsTest {
    @TempDir
    static Path project;
    static Path site;

    @BeforeAll
    static void writeAndBuild() throws Exception {
        ProjectFixture.copyProject(project);
        String header = "date=2026-04-01\ntype=post\nstatus=published\ntranslationKey=closing\nauthor=redakcja\n";
        Files.writeString(project.resolve("content/en/closing-a-project.md"), "title=Closing a project\n" + header
                + "summary=What to do at the end.\n~~~~~~\n\nIntro.\n\n## Summary\n\nIn short.\n\n## Wrap-up {#summary}\n\nThe last steps.\n\n"
                + "## What next {#zakonczenie}\n\nKeep in touch.\n", StandardCharsets.UTF_8);
        Files.writeString(project.resolve("content/pl/zamykanie-projektu.md"), "title=Zamykanie projektu\n" + header
                + "summary=Co zrobić na koniec.\n~~~~~~\n\nWstęp.\n\n## Zakończenie\n\nKrótko.\n\n## Na koniec {#summary}\n\nOstatnie kroki.\n\n"
                + "## Co dalej {#zakonczenie}\n\nBądźcie w kontakcie. Zobacz [ostatnie kroki](#summary) i [co dalej](#zakonczenie).\n",
                StandardCharsets.UTF_8);
        site = project.resolve("target/site");
        new SiteBuilder(project).build(site);
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path), StandardCharsets.UTF_8));
    }

    private static List<String> headings(Document doc) {
        return doc.select("[data-prose] h2").stream().map(h -> "#" + h.id() + " " + h.text()).toList();
    }

    @Test
    void theEditorsHeadingKeepsItsIdAndTheHeadingBeforeItIsNumbered() throws IOException {
        assertEquals(List.of("#summary-2 Summary", "#summary Wrap-up", "#zakonczenie What next"),
                headings(page("en/closing-a-project/index.html")));
        assertEquals(List.of("#zakonczenie-2 Zakończenie", "#summary Na koniec", "#zakonczenie Co dalej"),
                headings(page("pl/zamykanie-projektu/index.html")));
    }

    @Test
    void linksTheTableOfContentsAndTheLanguageSwitchReachTheEditorsSection() throws IOException {
        Document pl = page("pl/zamykanie-projektu/index.html");
        assertEquals("Na koniec", pl.getElementById("summary").text());
        assertEquals("Co dalej", pl.getElementById("zakonczenie").text());
        assertEquals(List.of("#zakonczenie-2", "#summary", "#zakonczenie"), pl.select(".toc a").eachAttr("href"));
        Document en = page("en/closing-a-project/index.html");
        assertEquals("summary zakonczenie", pl.selectFirst("a[data-lang-switch][hreflang=en]").attr("data-sections"));
        assertEquals("Wrap-up", en.getElementById("summary").text(), "a reader in 'Na koniec' lands on 'Wrap-up'");
        assertEquals("What next", en.getElementById("zakonczenie").text());
    }
}
