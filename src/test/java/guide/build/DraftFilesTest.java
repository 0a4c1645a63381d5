package guide.build;

import guide.image.TestImages;
import guide.site.BuildFailure;
import guide.site.ProjectFiles;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing of a draft reaches the output folder, which {@code ./guide publish} uploads: a photo, a drawing or a PDF only an
 * unpublished article uses is not there, nor the photo's copies, until the article is published or a published page uses it
 * too; the preview still shows the draft with its pictures, from memory.
 */
class DraftFilesTest {
    private static final String DRAFT = "content/en/late-fees.md";
    private static final String TEXT = """
            title=Charging late fees
            date=2026-11-25
            type=post
            status=draft
            translationKey=late-fees
            author=redakcja
            summary=When a late fee is worth asking for.
            image=/images/plan-share.jpg
            imageAlt=A late invoice
            ~~~~~~

            ![A photo of the plan](/images/plan.jpg)

            ![A diagram of the plan](/images/plan.svg)

            [The form](/images/plan-form.pdf)
            """;

    private static Path project(Path temp) throws IOException {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        Path images = Files.createDirectories(project.resolve("content/images"));
        TestImages.picture(images.resolve("plan.jpg"), 1600, 900);
        TestImages.picture(images.resolve("plan-share.jpg"), 1300, 700);
        Files.writeString(images.resolve("plan.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 80\"></svg>");
        Files.writeString(images.resolve("plan-form.pdf"), "%PDF-1.4 not yet for readers");
        Files.writeString(project.resolve(DRAFT), TEXT, StandardCharsets.UTF_8);
        return project;
    }

    /** The files of the output whose names start with {@code plan}, sorted. */
    private static List<String> planFiles(Path output) throws IOException {
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(Files::isRegularFile).map(f -> output.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.startsWith("images/plan")).sorted().toList();
        }
    }

    @Test
    void theFilesOnlyADraftUsesAreNotInTheSiteUntilItIsPublished(@TempDir Path temp) throws Exception {
        Path project = project(temp);
        Path output = project.resolve("target/site");
        BuildReport report = new SiteBuilder(project).build(output);
        assertEquals(List.of(), planFiles(output), "no original or copy an unpublished article alone uses is uploaded");
        assertEquals(List.of(DRAFT + ": draft, not published"), report.warnings().stream().filter(w -> w.startsWith(DRAFT)).toList(),
                "the draft's pictures are found: " + report.warnings());

        ProjectFiles.save(project, DRAFT, text -> text.replace("status=draft", "status=published"));
        new SiteBuilder(project).build(output);
        List<String> published = List.of("images/plan-1200w.jpg", "images/plan-480w.jpg", "images/plan-800w.jpg", "images/plan-form.pdf",
                "images/plan-share-1200w.jpg", "images/plan-share-480w.jpg", "images/plan-share-800w.jpg", "images/plan.svg");
        assertEquals(published, planFiles(output), "once published, its files are");

        ProjectFiles.save(project, DRAFT, text -> text.replace("status=published", "status=draft"));
        new SiteBuilder(project).build(output);
        assertEquals(List.of(), planFiles(output), "back to draft, they go with its page");
    }

    @Test
    void aFileAPublishedPageUsesTooIsPublished(@TempDir Path temp) throws Exception {
        Path project = project(temp);
        Path output = project.resolve("target/site");
        Files.writeString(project.resolve("content/en/about.md"), "\n![A photo of the plan](/images/plan.jpg)\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        new SiteBuilder(project).build(output);
        assertEquals(List.of("images/plan-1200w.jpg", "images/plan-480w.jpg", "images/plan-800w.jpg"), planFiles(output));
    }

    @Test
    void aFileATemplateShowsIsPublishedThoughOnlyADraftsTextNamesIt(@TempDir Path temp) throws Exception {
        Path project = project(temp);
        Path output = project.resolve("target/site");
        ProjectFiles.save(project, "templates/partials/site-header.ftl", text -> text.replaceFirst("<a class=\"site-name\"",
                "<img src=\"/images/plan.svg\" alt=\"\" role=\"presentation\" width=\"20\" height=\"16\"> <a class=\"site-name\""));
        new SiteBuilder(project).build(output);
        assertTrue(Files.readString(output.resolve("en/index.html")).contains("src=\"/images/plan.svg\""), "the home page shows the drawing");
        assertEquals(List.of("images/plan.svg"), planFiles(output), "so the site has it; the draft's other files stay out");
    }

    @Test
    void aStyleSheetCannotUseAFileOfTheContentFolderSoNoDraftCanWithholdOne(@TempDir Path temp) throws Exception {
        Path project = project(temp);
        Files.writeString(project.resolve("assets/css/site.css"), "\nbody { background: url(/images/plan.svg); }\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        BuildFailure failure = assertThrows(BuildFailure.class, () -> new SiteBuilder(project).build(project.resolve("target/site")));
        assertTrue(failure.problems().stream().anyMatch(p -> p.toString().startsWith("assets/css/site.css:")
                && p.toString().contains("url(/images/plan.svg): no such file at /images/plan.svg in assets/")), failure.problems().toString());
    }

    @Test
    void thePreviewServesADraftsFilesAsABuildWouldWriteThemOnceItIsPublished(@TempDir Path temp) throws Exception {
        Path project = project(temp);
        Path output = project.resolve("target/site");
        SiteBuilder preview = new SiteBuilder(project).forPreview();
        preview.build(output);
        String page = preview.drafts().pages().get(0).html();
        assertTrue(page.contains("src=\"/images/plan-1200w.jpg\""), page);
        assertEquals(List.of(), planFiles(output), "not in the preview's output either");
        DraftFiles files = preview.drafts().files();
        assertTrue(files.at("images/plan.jpg").isEmpty(), "a JPEG is shown as its copies only, as on the site");

        ProjectFiles.save(project, DRAFT, text -> text.replace("status=draft", "status=published"));
        new SiteBuilder(project).build(output);
        for (String file : List.of("images/plan-480w.jpg", "images/plan-1200w.jpg", "images/plan-share-800w.jpg", "images/plan.svg",
                "images/plan-form.pdf")) {
            assertArrayEquals(Files.readAllBytes(output.resolve(file)), files.at(file).orElseThrow(), file);
        }
    }

    @Test
    void aDamagedPhotoOnlyADraftShowsStillStopsTheBuildAtTheDraftsLine(@TempDir Path temp) throws Exception {
        Path project = project(temp);
        Path photo = project.resolve("content/images/plan.jpg");
        byte[] bytes = Files.readAllBytes(photo);
        Files.write(photo, Arrays.copyOf(bytes, bytes.length / 3));
        BuildFailure failure = assertThrows(BuildFailure.class, () -> new SiteBuilder(project).build(project.resolve("target/site")));
        List<String> problems = failure.problems().stream().map(Object::toString).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(DRAFT + ":12: image /images/plan.jpg cannot be read: it is damaged ("), problems.toString());
    }

    @Test
    void aDraftShowingAPictureInAnotherLanguageIsWarnedAsAPublishedPageIs(@TempDir Path temp) throws Exception {
        Path project = project(temp);
        Path images = project.resolve("content/images");
        Files.writeString(images.resolve("steps-pl.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 80\" lang=\"pl\"><text>Krok</text></svg>");
        Files.writeString(images.resolve("steps-en.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 80\" lang=\"en\"><text>Step</text></svg>");
        ProjectFiles.save(project, DRAFT, text -> text + "\n![The steps](/images/steps-pl.svg)\n");
        BuildReport report = new SiteBuilder(project).build(project.resolve("target/site"));
        assertEquals(List.of(DRAFT + ": draft, not published", DRAFT + ":18: warning: the picture /images/steps-pl.svg is in Polish"
                + " (lang=\"pl\"); use its English version, /images/steps-en.svg"), report.warnings().stream().filter(w -> w.startsWith(DRAFT)).toList());
        assertFalse(report.warnings().stream().anyMatch(w -> w.contains("steps-pl.svg") && !w.startsWith(DRAFT)), report.warnings().toString());
    }

    @Test
    void eachCopyIsMadeOnceThoughManyRequestsAskForItAtOnce(@TempDir Path temp) throws Exception {
        Path project = project(temp);
        Path output = project.resolve("target/site");
        SiteBuilder preview = new SiteBuilder(project).forPreview();
        preview.build(output);
        DraftFiles files = preview.drafts().files();
        ProjectFiles.save(project, DRAFT, text -> text.replace("status=draft", "status=published"));
        new SiteBuilder(project).build(output);
        List<String> copies = List.of("images/plan-480w.jpg", "images/plan-800w.jpg", "images/plan-1200w.jpg",
                "images/plan-share-480w.jpg", "images/plan-share-800w.jpg", "images/plan-share-1200w.jpg");

        int requests = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(requests);
        List<Future<List<byte[]>>> answers = new ArrayList<>();
        for (int t = 0; t < requests; t++) {
            answers.add(threads.submit(() -> {
                start.await();
                List<byte[]> got = new ArrayList<>();
                for (String copy : copies) {
                    got.add(files.at(copy).orElseThrow());
                }
                return got;
            }));
        }
        start.countDown();
        for (Future<List<byte[]>> answer : answers) {
            List<byte[]> got = answer.get();
            for (int i = 0; i < copies.size(); i++) {
                assertArrayEquals(Files.readAllBytes(output.resolve(copies.get(i))), got.get(i), copies.get(i));
            }
        }
        threads.shutdown();
        assertEquals(copies.size(), preview.memory.draftCopies.makes(), "each copy made once, by the first of " + requests + " requests");
    }

    @Test
    void aDraftsFileThatCannotBeServedNowIsNamedAtTheDraftsLine(@TempDir Path temp) throws Exception {
        Path project = project(temp);
        SiteBuilder preview = new SiteBuilder(project).forPreview();
        preview.build(project.resolve("target/site"));
        DraftFiles files = preview.drafts().files();
        Path photo = project.resolve("content/images/plan.jpg");
        byte[] whole = Files.readAllBytes(photo);
        Files.writeString(photo, "saved over since the last good build");
        Files.delete(project.resolve("content/images/plan.svg"));

        DraftFileFailure damaged = assertThrows(DraftFileFailure.class, () -> files.at("images/plan-800w.jpg"));
        assertEquals(1, damaged.problems().size(), damaged.problems().toString());
        // In the scan's words, the file named as the project names it: not the decoder library's sentence with the builder's absolute path.
        assertEquals(List.of(DRAFT + ":12: image /images/plan.jpg cannot be read: it is damaged (no picture in it): save or export"
                + " content/images/plan.jpg again from the program that made it"), damaged.problems().stream().map(Object::toString).toList());
        DraftFileFailure gone = assertThrows(DraftFileFailure.class, () -> files.at("images/plan.svg"));
        assertEquals(List.of(DRAFT + ":14: file /images/plan.svg cannot be read: there is no such file now"),
                gone.problems().stream().map(Object::toString).toList());

        Files.write(photo, whole);
        assertTrue(files.at("images/plan-800w.jpg").isPresent(), "a copy that could not be made is made once the photo is whole again");
    }
}
