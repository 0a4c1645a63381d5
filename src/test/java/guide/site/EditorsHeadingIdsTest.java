package guide.site;

import guide.build.SiteBuilder;
import guide.content.DocumentType;
import guide.content.TemplateIds;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

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
        Files.writeString(project.resolve("content/pl/inne-zapisy-identyfikatorow.md"), "title=Inne zapisy identyfikatorów\n"
                + header.replace("closing", "other-forms") + "summary=Każdy zapis id.\n~~~~~~\n\nWstęp.\n\n## Źródła\n\nA.\n\n"
                + "## Literatura { #zrodla }\n\nB.\n\n## Ważne\n\nC.\n\n## Uwaga {id=wazne}\n\nD.\n\n## Uwagi końcowe\n\nE.\n\n"
                + "Na sam koniec {#uwagi-koncowe}\n-------\n\nF. Zobacz [źródła](#zrodla).\n", StandardCharsets.UTF_8);
        site = project.resolve("target/site");
        try {
            new SiteBuilder(project).build(site);
        } catch (BuildFailure e) {
            throw new AssertionError("the test site must build: " + e.problems(), e);
        }
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
    void anIdWrittenWithSpacesAsIdEqualsOrUnderAnUnderlinedHeadingIsKeptToo() throws IOException {
        Document pl = page("pl/inne-zapisy-identyfikatorow/index.html");
        assertEquals(List.of("#zrodla-2 Źródła", "#zrodla Literatura", "#wazne-2 Ważne", "#wazne Uwaga", "#uwagi-koncowe-2 Uwagi końcowe",
                "#uwagi-koncowe Na sam koniec"), headings(pl));
    }

    /** Every id on a built page is its text's headings' or one the editors' ids may not take (TemplateIds), for that kind of page. */
    @Test
    void everyIdOnTheBuiltPagesOutsideTheTextsHeadingsIsOneEditorsCannotTake() throws IOException {
        Map<String, DocumentType> kinds = Map.of("article", DocumentType.POST, "page", DocumentType.PAGE, "home", DocumentType.HOME,
                "quiz", DocumentType.QUIZ, "notfound", DocumentType.NOTFOUND);
        Set<String> unknown = new TreeSet<>();
        Set<String> kindsSeen = new TreeSet<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
                String kind = doc.body().className().replaceFirst("^page-", "");
                DocumentType type = kinds.get(kind);
                if (type == null) {
                    continue;
                }
                kindsSeen.add(kind);
                for (Element e : doc.select("[id]")) {
                    boolean textHeading = e.normalName().matches("h[1-6]") && !e.parents().select("[data-prose]").isEmpty();
                    if (!textHeading && TemplateIds.usedBy(e.id(), type).isEmpty()) {
                        unknown.add(kind + " " + site.relativize(file) + ": #" + e.id());
                    }
                }
            }
        }
        assertEquals(new TreeSet<>(kinds.keySet()), kindsSeen);
        assertEquals(Set.of(), unknown);
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
