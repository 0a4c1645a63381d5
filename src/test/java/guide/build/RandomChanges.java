package guide.build;

import guide.image.TestImages;
import guide.site.BuildFailure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static guide.build.TextFiles.append;
import static guide.build.TextFiles.edit;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The changes {@link IncrementalBuildTest} makes to a copy of the test site between two builds, one kind at a time:
 * edits, additions, renames, deletions and re-dated articles, replaced and added images, failed builds, UI strings,
 * templates, authors, command-line builds between preview builds, re-keyed articles, drafts and the style sheet. The
 * seeded {@link Random} picks files, dates and sizes, so a failing run can be repeated.
 */
final class RandomChanges {
    private static final List<String> PAGES = List.of("content/pl/o-przewodniku.md", "content/en/about.md",
            "content/pl/jak-wystawic-fakture.md", "content/en/client-quiz.md", "content/en/index.md");

    /** One kind of change, made as a numbered step; says what it did, for the failure message. */
    @FunctionalInterface
    private interface Change {
        String make(int step) throws Exception;
    }

    private final SiteBuilder session;
    private final Path project;
    private final Path output;
    private final Random random;
    private final List<Change> changes = List.of(this::appendParagraph, this::retitle, this::add, this::renameAdded,
            this::deleteAdded, this::redate, this::replaceImage, this::addImage, this::editThroughFailedBuild, this::editUiStrings,
            this::editTemplate, this::renameAuthor, this::retitleThenEditAListingPage, this::editBuildFromCommandLineUndo,
            this::rekeyAdded, this::addDraft, this::editStyleSheet);

    /** @param session the builder kept between builds (the preview), or null for a new one each time (the CLI) */
    RandomChanges(SiteBuilder session, Path project, Path output, Random random) {
        this.session = session;
        this.project = project;
        this.output = output;
        this.random = random;
    }

    /** How many kinds of change {@link #make} knows, numbered from 0. */
    int kinds() {
        return changes.size();
    }

    /** Makes one change of the given kind (0 to {@link #kinds()} - 1) as step {@code step}; returns what it did. */
    String make(int kind, int step) throws Exception {
        return changes.get(kind).make(step);
    }

    /** Builds the site into {@code output}, with the session's builder or, without one, a new one. */
    static void build(SiteBuilder session, Path project, Path output) throws Exception {
        BuildReport report = (session != null ? session : new SiteBuilder(project)).build(output);
        assertTrue(report.pagesByLanguage().values().stream().mapToInt(Integer::intValue).sum() > 10);
    }

    private String appendParagraph(int step) throws IOException {
        String file = PAGES.get(random.nextInt(PAGES.size()));
        append(project.resolve(file), "\nA paragraph added in step " + step + ".\n");
        return "edit " + file;
    }

    private String retitle(int step) throws IOException {
        String file = PAGES.get(random.nextInt(PAGES.size()));
        edit(project.resolve(file), s -> s.replaceFirst("(?m)^title=(.*)$", "title=$1 (" + step + ")"));
        return "retitle " + file;
    }

    private String add(int step) throws IOException {
        return "add " + addArticle(step).getFileName();
    }

    private String renameAdded(int step) throws Exception {
        Path added = addedArticle(step);
        Files.move(added, added.resolveSibling("przemianowany-" + step + ".md"));
        return "rename " + added.getFileName();
    }

    private String deleteAdded(int step) throws Exception {
        Path added = addedArticle(step);
        Files.delete(added);
        return "delete " + added.getFileName();
    }

    private String redate(int step) throws IOException {
        String file = "content/pl/jak-wystawic-fakture.md";
        String date = "2026-" + (10 + random.nextInt(3)) + "-1" + random.nextInt(10);
        edit(project.resolve(file), s -> s.replaceFirst("(?m)^date=.*$", "date=" + date));
        return "re-date " + file + " to " + date;
    }

    private String replaceImage(int step) throws IOException {
        int width = 300 + random.nextInt(1700);
        int height = 300 + random.nextInt(1700);
        TestImages.picture(project.resolve("content/images/zdjecie.jpg"), width, height);
        return "replace content/images/zdjecie.jpg with a picture of " + width + " x " + height;
    }

    private String addImage(int step) throws IOException {
        String file = PAGES.get(random.nextInt(PAGES.size()));
        TestImages.picture(project.resolve("content/images/nowe-" + step + ".png"), 400 + random.nextInt(1200), 500);
        append(project.resolve(file), "\n![Nowy obraz " + step + "](/images/nowe-" + step + ".png)\n");
        return "add an image to " + file;
    }

    /**
     * A build that fails (a broken link) after an edit publishes nothing; the next one, with the link mended and the
     * edit kept, must not take what the failed one made for published.
     */
    private String editThroughFailedBuild(int step) throws IOException {
        String file = PAGES.get(random.nextInt(PAGES.size()));
        append(project.resolve(file), "\nNowe słowo zakwitło w kroku " + step + ".\n");
        Path broken = project.resolve("content/en/about.md");
        String before = Files.readString(broken, StandardCharsets.UTF_8);
        append(broken, "\n[A link to nowhere](/en/no-such-page-" + step + "/)\n");
        SiteBuilder failing = session != null ? session : new SiteBuilder(project);
        assertThrows(BuildFailure.class, () -> failing.build(output));
        Files.writeString(broken, before, StandardCharsets.UTF_8);
        return "edit " + file + " through a failed build";
    }

    private String editUiStrings(int step) throws IOException {
        edit(project.resolve("templates/i18n/en.yaml"), s -> s.replaceFirst("(?m)^footerNote: (.*)$", "footerNote: $1 " + step));
        return "edit UI strings";
    }

    /** The preview keeps its template engine between builds; a changed template must reach every page. */
    private String editTemplate(int step) throws IOException {
        edit(project.resolve("templates/partials/site-footer.ftl"), s -> s.replace("</footer>", "<p>Step " + step + "</p>\n</footer>"));
        return "edit a template";
    }

    /** An author's name shows in bylines and feeds: pages the build makes itself, which the preview remembers. */
    private String renameAuthor(int step) throws IOException {
        edit(project.resolve("content/authors.yaml"), s -> s.replaceFirst("(?m)^  name: Ewa Nowak.*$", "  name: Ewa Nowak " + step));
        return "rename an author";
    }

    /**
     * The preview keeps each page's Markdown as HTML: a page rendered again for a neighbour's new title keeps its HTML,
     * which an edit of its own text afterwards must replace.
     */
    private String retitleThenEditAListingPage(int step) throws Exception {
        edit(project.resolve("content/pl/jak-wystawic-fakture.md"), s -> s.replaceFirst("(?m)^title=(.*)$", "title=$1 (" + step + ")"));
        build(session, project, output);
        append(project.resolve("content/pl/jak-wycenic-projekt.md"), "\nZdanie dopisane w kroku " + step + ".\n");
        return "retitle content/pl/jak-wystawic-fakture.md, build, then edit content/pl/jak-wycenic-projekt.md, which lists it";
    }

    /**
     * An editor's ./guide build in another terminal publishes an edit that is then undone: the preview must go by what
     * that build left, not by what it remembers of its own last build.
     */
    private String editBuildFromCommandLineUndo(int step) throws Exception {
        String file = PAGES.get(random.nextInt(PAGES.size()));
        String before = Files.readString(project.resolve(file), StandardCharsets.UTF_8);
        append(project.resolve(file), "\nZdanie cofnięte w kroku " + step + ".\n");
        new SiteBuilder(project).build(output);
        Files.writeString(project.resolve(file), before, StandardCharsets.UTF_8);
        return "edit " + file + ", build from the command line, undo the edit";
    }

    /** A feed entry's id is made of its translationKey and date (guide.page.EntryIds): a new key is a new id. */
    private String rekeyAdded(int step) throws Exception {
        Path added = addedArticle(step);
        edit(added, s -> s.replaceFirst("(?m)^translationKey=(.*)$", "translationKey=$1-rekeyed"));
        return "give " + added.getFileName() + " another translationKey";
    }

    /**
     * A draft translation of a published article, with the tags of others: the preview shows its page (made by every
     * build), which no list, feed, sitemap, search index, related link or hreflang may name, and its own photo, whose
     * copies no build writes until it is published (in the command line's run, it is).
     */
    private String addDraft(int step) throws IOException {
        TestImages.picture(project.resolve("content/images/szkic.jpg"), 900, 500);
        String status = session == null ? "published" : "draft";
        Files.writeString(project.resolve("content/en/deposit-or-advance.md"), "title=Deposit or advance " + step
                + "\ndate=2026-12-01\ntype=post\nstatus=" + status + "\ntranslationKey=advance\nauthor=redakcja\nsummary=A draft.\n"
                + "tags=invoices,money\n~~~~~~\n\nA draft's paragraph.\n\n![A draft's photo](/images/szkic.jpg)\n", StandardCharsets.UTF_8);
        return "add or edit a draft (" + status + ")";
    }

    private String editStyleSheet(int step) throws IOException {
        append(project.resolve("assets/css/site.css"), "\n.step-" + step + " { color: inherit; }\n");
        return "edit the style sheet";
    }

    /**
     * The newest article a step added; when there is none (none added yet, or the last one deleted), one is added and
     * built first, so that the step that renames, deletes or re-keys it always runs: skipped, it would count as passed.
     */
    private Path addedArticle(int step) throws Exception {
        Path added = newest();
        if (added == null) {
            added = addArticle(step);
            build(session, project, output);
        }
        return added;
    }

    private Path addArticle(int step) throws IOException {
        Path added = project.resolve("content/pl/nowy-" + step + ".md");
        Files.writeString(added, "title=Nowy artykuł " + step + "\ndate=2026-11-2" + (step % 9) + "\ntype=post\nstatus=published\n"
                + "translationKey=new-" + step + "\nauthor=redakcja\nsummary=Krótki artykuł testowy.\ntags=pieniądze\n~~~~~~\n\n## Sekcja\n\nTreść.\n",
                StandardCharsets.UTF_8);
        return added;
    }

    private Path newest() throws IOException {
        try (var files = Files.list(project.resolve("content/pl"))) {
            return files.filter(f -> f.getFileName().toString().matches("(nowy|przemianowany)-\\d+\\.md")).sorted().findFirst().orElse(null);
        }
    }
}
