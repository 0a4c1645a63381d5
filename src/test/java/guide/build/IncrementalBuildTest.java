package guide.build;

import guide.image.TestImages;
import guide.site.ProjectFixture;
import guide.site.SiteSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static guide.build.RandomChanges.build;
import static guide.build.TextFiles.append;
import static guide.build.TextFiles.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds that reuse unchanged pages, cards and image copies (the CLI's page cache, the preview's
 * memos) must give exactly what a clean build gives: random edits, additions, renames, deletions,
 * retitled pages (new cards), replaced or added images, drafts (whose pages the preview keeps in memory, never in its
 * output) and command-line builds between preview builds, compared byte for byte.
 */
class IncrementalBuildTest {
    @TempDir
    Path temp;

    private final List<SiteBuilder> previews = new ArrayList<>();

    /** A preview's builder; its background cache saves finish before the temporary folder goes. */
    private SiteBuilder preview(Path project) {
        SiteBuilder builder = new SiteBuilder(project).forPreview();
        previews.add(builder);
        return builder;
    }

    /** A copy of the test site and a preview's builder that has built it once into its target/site. */
    private record Preview(Path project, SiteBuilder builder, Path output) {
    }

    private Preview previewBuilt(String name) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve(name));
        SiteBuilder builder = preview(project);
        Path output = project.resolve("target/site");
        builder.build(output);
        return new Preview(project, builder, output);
    }

    @AfterEach
    void finishSaving() {
        previews.forEach(SiteBuilder::finishSaving);
    }

    @Test
    void previewBuildsMatchCleanBuildsAfterEveryChange() throws Exception {
        run(preview(ProjectFixture.copyProject(temp.resolve("p"))), temp.resolve("p"), 11);
    }

    @Test
    void commandLineBuildsMatchCleanBuildsAfterEveryChange() throws Exception {
        run(null, ProjectFixture.copyProject(temp.resolve("c")), 23);
    }

    @Test
    void anEditedStyleSheetGetsANewNameEveryPageLinksAndTheResultMatchesACleanBuild() throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("css"));
        Path output = project.resolve("target/site");
        new SiteBuilder(project).build(output);
        List<String> before = styleSheets(output);
        append(project.resolve("assets/css/site.css"), "\n.added-by-the-test { color: inherit; }\n");
        new SiteBuilder(project).build(output);
        List<String> after = styleSheets(output);
        assertEquals(1, before.size());
        assertEquals(1, after.size());
        assertTrue(!before.equals(after) && after.get(0).matches("site\\.[0-9a-f]{8}\\.css"), before + " -> " + after);
        String page = Files.readString(output.resolve("pl/index.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("href=\"/css/" + after.get(0) + "\""), "the unchanged page links the new style sheet");
        Path clean = temp.resolve("css-clean");
        new SiteBuilder(project).build(clean);
        assertEquals(SiteSnapshot.of(clean), SiteSnapshot.of(output));
    }

    /** A replaced image (a new size and shape) and an added one render the pages that show them again, with their new copies. */
    @Test
    void replacingAndAddingImagesGivesWhatACleanBuildGives() throws Exception {
        for (boolean preview : List.of(false, true)) {
            Path project = ProjectFixture.copyProject(temp.resolve("images-" + preview));
            TestImages.picture(project.resolve("content/images/biurko.jpg"), 3000, 2000);
            append(project.resolve("content/pl/jak-wystawic-fakture.md"), "\n![Biurko z fakturą](/images/biurko.jpg)\n");
            Path output = project.resolve("target/site");
            SiteBuilder session = preview ? preview(project) : null;
            build(session, project, output);
            Thread.sleep(20);
            TestImages.picture(project.resolve("content/images/biurko.jpg"), 900, 1200); // a portrait now, narrower than 1200
            TestImages.picture(project.resolve("content/images/nowy.png"), 1000, 500);
            append(project.resolve("content/en/about.md"), "\n![A new picture](/images/nowy.png)\n");
            build(session, project, output);
            assertSameAsCleanBuild(project, output, temp.resolve("images-clean-" + preview), preview ? "preview" : "command line");
            assertTrue(!Files.exists(output.resolve("images/biurko-1200w.jpg")) && Files.exists(output.resolve("images/biurko-900w.jpg")),
                    "the copy the portrait no longer has is gone, its own-size copy is there");
        }
    }

    /** The preview reuses unchanged pages' models: an edit of an outdated translation's source must still move its section markers. */
    @Test
    void sectionMarkersFollowEachEditOfTheSourceInThePreview() throws Exception {
        Preview session = previewBuilt("marks");
        Path project = session.project();
        Path output = session.output();
        Path page = output.resolve("en/pricing-a-project/index.html");
        assertTrue(Files.readString(page, StandardCharsets.UTF_8).contains("data-section-notice=\"fixed-price\""));
        assertTrue(!Files.readString(page, StandardCharsets.UTF_8).contains("data-section-notice=\"hourly-rate\""));
        edit(project.resolve("content/pl/jak-wycenic-projekt.md"), s -> s.replace("gdy zakres jest niejasny.", "gdy zakres jest całkiem niejasny."));
        session.builder().build(output);
        assertTrue(Files.readString(page, StandardCharsets.UTF_8).contains("data-section-notice=\"hourly-rate\""), "the newly edited section is marked");
        assertSameAsCleanBuild(project, output, temp.resolve("marks-clean"), "after the edits");
    }

    /** The first edit of a source puts its translation behind: the preview shows that at once, as a clean build would. */
    @Test
    void aTranslationFallsBehindInThePreviewAtTheFirstEditOfItsSource() throws Exception {
        Preview session = previewBuilt("behind");
        Path project = session.project();
        Path output = session.output();
        Path page = output.resolve("en/how-to-send-an-invoice/index.html");
        assertTrue(!Files.readString(page, StandardCharsets.UTF_8).contains("class=\"translation-notice\""), "up to date before the edit");
        append(project.resolve("content/pl/jak-wystawic-fakture.md"), "\nNowe zdanie w źródle.\n");
        session.builder().build(output);
        assertTrue(Files.readString(page, StandardCharsets.UTF_8).contains("class=\"translation-notice\""), "behind after it");
        assertSameAsCleanBuild(project, output, temp.resolve("behind-clean"), "after the edits");
    }

    /** The language switch names the translation's sections: a renamed one reaches the other page in the preview, as in a clean build. */
    @Test
    void aRenamedSectionReachesTheOtherLanguagesSwitchInThePreview() throws Exception {
        Preview session = previewBuilt("sections");
        Path project = session.project();
        Path output = session.output();
        Path page = output.resolve("pl/jak-wystawic-fakture/index.html");
        assertTrue(Files.readString(page, StandardCharsets.UTF_8).contains("data-sections=\"what-to-write when-to-send\""), "before the edit");
        edit(project.resolve("content/en/how-to-send-an-invoice.md"), s -> s.replace("{#when-to-send}", "{#sending}"));
        edit(project.resolve("content/en/client-quiz.md"), s -> s.replace("#when-to-send", "#sending"));
        session.builder().build(output);
        assertTrue(Files.readString(page, StandardCharsets.UTF_8).contains("data-sections=\"what-to-write sending\""),
                "the Polish page's switch offers the English page's new id");
        assertSameAsCleanBuild(project, output, temp.resolve("sections-clean"), "after the edit");
    }

    /**
     * The preview makes again only the models that show a retitled page's card: the articles whose
     * "related" lists show it, the home page, which also shows the quiz's card, and the other
     * languages' home pages, which show the articles they have no translation of.
     */
    @Test
    void aNewTitleReachesEveryPageThatShowsTheCardInThePreview() throws Exception {
        Preview session = previewBuilt("cards");
        Path project = session.project();
        Path output = session.output();
        List<String> listing = List.of("pl/jak-wycenic-projekt/index.html", "pl/zaliczka-czy-zadatek/index.html", "pl/index.html");
        for (String page : listing) {
            assertTrue(Files.readString(output.resolve(page), StandardCharsets.UTF_8).contains("Jak wystawić fakturę"), page + " shows the card");
        }
        edit(project.resolve("content/pl/jak-wystawic-fakture.md"), s -> s.replaceFirst("(?m)^title=.*$", "title=Faktura bez przestojów"));
        session.builder().build(output);
        for (String page : listing) {
            String html = Files.readString(output.resolve(page), StandardCharsets.UTF_8);
            assertTrue(html.contains("Faktura bez przestojów") && !html.contains("Jak wystawić fakturę"), page + " shows the new title");
        }
        edit(project.resolve("content/pl/test-klienta.md"), s -> s.replaceFirst("(?m)^title=.*$", "title=Sprawdzian klienta"));
        session.builder().build(output);
        assertTrue(Files.readString(output.resolve("pl/index.html"), StandardCharsets.UTF_8).contains("Sprawdzian klienta"), "the home page shows the quiz's new title");
        assertTrue(Files.readString(output.resolve("pl/artykuly/index.html"), StandardCharsets.UTF_8).contains("Sprawdzian klienta"), "so does the archive, which lists it");
        // An article in Polish only is listed on the English home page too.
        edit(project.resolve("content/pl/zaliczka-czy-zadatek.md"), s -> s.replaceFirst("(?m)^title=.*$", "title=Zadatek, zaliczka i różnice"));
        session.builder().build(output);
        // (In Polish typography, as the Polish pages show it: no line break after "i".)
        assertTrue(Files.readString(output.resolve("en/index.html"), StandardCharsets.UTF_8).contains("Zadatek, zaliczka i&nbsp;różnice"),
                "the English home page shows the Polish-only article's new title");
        assertSameAsCleanBuild(project, output, temp.resolve("cards-clean"), "after the edits");
    }

    /**
     * The preview keeps the HTML of each page's Markdown: a page whose related list shows a retitled article is rendered
     * again with the HTML its text had, and an edit of that text afterwards must still reach it.
     */
    @Test
    void anEditAfterATitleSaveReachesAPageThatListsTheRetitledArticleInThePreview() throws Exception {
        Preview session = previewBuilt("bodies");
        Path project = session.project();
        Path output = session.output();
        Path listing = output.resolve("pl/jak-wycenic-projekt/index.html");
        edit(project.resolve("content/pl/jak-wystawic-fakture.md"), s -> s.replaceFirst("(?m)^title=.*$", "title=Faktura bez przestojów"));
        session.builder().build(output);
        assertTrue(Files.readString(listing, StandardCharsets.UTF_8).contains("Faktura bez przestojów"), "the related list shows the new title");
        append(project.resolve("content/pl/jak-wycenic-projekt.md"), "\nZdanie dopisane po zmianie tytułu sąsiada.\n");
        session.builder().build(output);
        assertTrue(Files.readString(listing, StandardCharsets.UTF_8).contains("Zdanie dopisane po zmianie tytułu sąsiada."),
                "the page shows its own new sentence");
        assertSameAsCleanBuild(project, output, temp.resolve("bodies-clean"), "after the edits");
    }

    /**
     * The preview keeps each unchanged article's card between builds; new words for the reading time
     * (an interface string every card shows) must reach the cards of articles nobody edited.
     */
    @Test
    void newReadingTimeWordsReachEveryCardInThePreview() throws Exception {
        Preview session = previewBuilt("reading");
        Path project = session.project();
        Path output = session.output();
        assertTrue(Files.readString(output.resolve("pl/index.html"), StandardCharsets.UTF_8).contains(" czytania"));
        edit(project.resolve("templates/i18n/pl.yaml"), s -> s.replaceAll("\\{0} minut[ay]? czytania", "{0} min lektury"));
        session.builder().build(output);
        String home = Files.readString(output.resolve("pl/index.html"), StandardCharsets.UTF_8);
        assertTrue(home.contains("min lektury") && !home.contains("czytania"), "the home page's cards show the new words");
        assertSameAsCleanBuild(project, output, temp.resolve("reading-clean"), "after the edit");
    }

    /**
     * An editor's {@code ./guide build} in another terminal, between two saves, may change and delete pages the preview
     * published; the preview's next build, with the files back as the preview last built them, must still give what a
     * clean build gives (the preview takes the files it published as there without looking, but only while no other build
     * has taken the output since).
     */
    @Test
    void aCommandLineBuildBetweenTwoPreviewSavesLeavesNoStaleOrMissingPage() throws Exception {
        Preview session = previewBuilt("between");
        Path project = session.project();
        Path output = session.output();
        Path added = project.resolve("content/pl/nowy-artykul.md");
        Files.writeString(added, "title=Nowy artykuł\ndate=2026-11-20\ntype=post\nstatus=published\ntranslationKey=new-article\n"
                + "author=redakcja\nsummary=Krótki artykuł testowy.\ntags=pieniądze\n~~~~~~\n\n## Sekcja\n\nTreść.\n", StandardCharsets.UTF_8);
        session.builder().build(output);
        Path addedPage = output.resolve("pl/nowy-artykul/index.html");
        assertTrue(Files.isRegularFile(addedPage), "the preview published the new article");
        awaitSavedCache(output);

        Path edited = project.resolve("content/pl/jak-wystawic-fakture.md");
        String text = Files.readString(edited, StandardCharsets.UTF_8);
        String addedText = Files.readString(added, StandardCharsets.UTF_8);
        append(edited, "\nZdanie dopisane tylko na chwilę.\n");
        Files.delete(added);
        new SiteBuilder(project).build(output);
        assertTrue(!Files.exists(addedPage), "the command-line build deleted the new article's page");
        assertTrue(Files.readString(output.resolve("pl/jak-wystawic-fakture/index.html"), StandardCharsets.UTF_8).contains("tylko na chwilę"));

        Files.writeString(edited, text, StandardCharsets.UTF_8);
        Files.writeString(added, addedText, StandardCharsets.UTF_8);
        session.builder().build(output);
        assertSameAsCleanBuild(project, output, temp.resolve("between-clean"), "after a command-line build between two preview builds");
    }

    /**
     * A {@code ./guide build} while the preview runs usually finds every file as the preview left it ("already up to
     * date"): it changes nothing, so the preview's next save still goes by what it remembers of the output, and
     * publishes the edited page before its search index, as after any other save.
     */
    @Test
    void aCommandLineBuildThatChangesNothingLeavesThePreviewItsQuickSaves() throws Exception {
        Preview session = previewBuilt("unchanged");
        Path project = session.project();
        Path output = session.output();
        awaitSavedCache(output);
        String summary = new SiteBuilder(project).build(output).summary(project);
        assertTrue(summary.contains("already up to date"), summary);
        append(project.resolve("content/pl/jak-wystawic-fakture.md"), "\nSłowo kontrolne: modrzewiowy.\n");
        Path page = output.resolve("pl/jak-wystawic-fakture/index.html");
        List<Boolean> whenPublished = new ArrayList<>();
        session.builder().build(output, warnings -> {
            try {
                whenPublished.add(Files.readString(page, StandardCharsets.UTF_8).contains("modrzewiowy"));
                whenPublished.add(indexHas(output, "modrzewiowy"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertEquals(List.of(true, false), whenPublished, "the page is in place (true) before the search index knows its new word (false)");
        assertSameAsCleanBuild(project, output, temp.resolve("unchanged-clean"), "after the edit");
    }

    /** Waits (up to 20 s) until the preview has saved its page cache, as it does once the editor pauses. */
    private static void awaitSavedCache(Path output) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!Files.exists(PageCache.cacheFile(output)) && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertTrue(Files.exists(PageCache.cacheFile(output)), "the preview saved its page cache");
    }

    /** An editor's browser reloads when the edited page is in place; the search index follows, within the same build. */
    @Test
    void thePreviewPublishesAnEditedPageBeforeItsSearchIndex() throws Exception {
        Preview session = previewBuilt("first");
        Path project = session.project();
        Path output = session.output();
        append(project.resolve("content/pl/jak-wystawic-fakture.md"), "\nSłowo kontrolne: turkusowoskrzydły.\n");
        Path page = output.resolve("pl/jak-wystawic-fakture/index.html");
        List<Boolean> whenPublished = new ArrayList<>();
        session.builder().build(output, warnings -> {
            try {
                whenPublished.add(Files.readString(page, StandardCharsets.UTF_8).contains("turkusowoskrzydły"));
                whenPublished.add(indexHas(output, "turkusowoskrzydły"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertEquals(List.of(true, false), whenPublished, "the page is in place (true) before the search index knows its new word (false)");
        assertTrue(indexHas(output, "turkusowoskrzydły"), "once the build returns, the index has the word");
    }

    private static boolean indexHas(Path output, String word) throws IOException {
        try (var files = Files.walk(output.resolve("pl/search"))) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                if (Files.readString(f, StandardCharsets.UTF_8).contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> styleSheets(Path output) throws IOException {
        try (var files = Files.list(output.resolve("css"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("site.")).sorted().toList();
        }
    }

    /** @param session the builder kept between builds (the preview), or null for a new one each time (the CLI) */
    private void run(SiteBuilder session, Path project, long seed) throws Exception {
        Random random = new Random(seed);
        // Small lists, so that added, renamed and re-dated articles move between the archive's pages.
        append(project.resolve("jbake.properties"), "\nsite.home.latest=2\nsite.archive.pageSize=2\nsite.feed.limit=3\n");
        Path output = project.resolve("target/site");
        build(session, project, output);
        TestImages.picture(project.resolve("content/images/zdjecie.jpg"), 1600, 1000);
        append(project.resolve("content/pl/jak-wystawic-fakture.md"), "\n![Zdjęcie biurka](/images/zdjecie.jpg)\n");
        RandomChanges changes = new RandomChanges(session, project, output, random);
        // Every kind of change, in an order of the seed's choosing, and the first ones again.
        List<Integer> kinds = new ArrayList<>(IntStream.range(0, changes.kinds()).boxed().toList());
        Collections.shuffle(kinds, random);
        for (int step = 0; step < kinds.size() + 1; step++) {
            String change = changes.make(kinds.get(step % kinds.size()), step);
            build(session, project, output);
            assertSameAsCleanBuild(project, output, temp.resolve("clean-" + seed + "-" + step), "after step " + step + " (" + change + ")");
        }
    }

    private static void assertSameAsCleanBuild(Path project, Path output, Path clean, String when) throws Exception {
        new SiteBuilder(project).build(clean);
        var expected = SiteSnapshot.of(clean);
        var actual = SiteSnapshot.of(output);
        var differing = new TreeSet<String>(expected.keySet());
        differing.addAll(actual.keySet());
        differing.removeIf(path -> Objects.equals(expected.get(path), actual.get(path)));
        assertEquals(Set.of(), differing, when + ": these files differ from a clean build");
        assertTrue(expected.keySet().stream().anyMatch(path -> path.endsWith("card.png")), "cards are part of what is compared");
    }
}
