package guide.serve;

import guide.image.TestImages;
import guide.site.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview shows a draft with the pictures only it uses, which no build writes to the output folder
 * ({@link guide.build.DraftFiles}): the browser gets them from the preview's memory.
 */
class DraftPicturesPreviewTest {
    /** A draft that shows a photo only it uses. */
    private static final String PLAN = "title=A plan\ndate=2026-12-01\ntype=post\nstatus=draft\ntranslationKey=plan\nauthor=redakcja\nsummary=A plan.\n"
            + "~~~~~~\n\n![A photo of the plan](/images/plan.jpg)\n";

    @Test
    @Timeout(120)
    void aDraftsOwnPhotoIsServedThoughTheOutputHasItNot(@TempDir Path tmp) throws Exception {
        try (TestSitePreview preview = TestSitePreview.start(tmp.resolve("project"))) {
            Path project = preview.project();
            TestImages.picture(Files.createDirectories(project.resolve("content/images")).resolve("plan.jpg"), 1000, 600);
            ProjectFiles.writeWhole(project.resolve("content/en/plan.md"), PLAN);
            preview.awaitBody("/en/plan/", "src=\"/images/plan-1000w.jpg\"");
            assertEquals(200, preview.awaitStatus("/images/plan-1000w.jpg", 200).statusCode());
            assertEquals(404, preview.awaitStatus("/images/plan.jpg", 404).statusCode(), "a JPEG is shown as its copies only");
            assertFalse(Files.exists(preview.output().resolve("images/plan-1000w.jpg")), "not in the output, which publish uploads");
        }
    }

    @Test
    @Timeout(120)
    void aDraftsPhotoThatCannotBeCopiedNowIsSaidOnTheConsoleAndInTheAnswer(@TempDir Path tmp) throws Exception {
        try (PreviewErrors console = PreviewErrors.capture(); TestSitePreview preview = TestSitePreview.start(tmp.resolve("project"))) {
            Path project = preview.project();
            Path photo = Files.createDirectories(project.resolve("content/images")).resolve("plan.jpg");
            TestImages.picture(photo, 1000, 600);
            ProjectFiles.writeWhole(project.resolve("content/en/plan.md"), PLAN);
            preview.awaitBody("/en/plan/", "src=\"/images/plan-1000w.jpg\"");
            // Saved over before the browser asked for its copy: the build fails, and the last good build's draft still shows it.
            Files.writeString(photo, "not a photo");
            HttpResponse<String> answer = preview.awaitStatus("/images/plan-1000w.jpg", 500);
            String said = "content/en/plan.md:10: image /images/plan.jpg cannot be read: it is damaged (";
            assertTrue(answer.body().startsWith("Cannot serve /images/plan-1000w.jpg, a file only drafts use:\n    " + said), answer.body());
            assertTrue(console.said().contains("Cannot serve /images/plan-1000w.jpg, a file only drafts use:\n    " + said), console.said());
            // A reload asks again: the answer says it again, the console does not.
            assertEquals(500, preview.awaitStatus("/images/plan-1000w.jpg", 500).statusCode());
            assertEquals(500, preview.awaitStatus("/images/plan-1000w.jpg", 500).statusCode());
            String all = console.said();
            assertEquals(1, all.split("Cannot serve /images/plan-1000w.jpg", -1).length - 1, "said once a build: " + all);

            TestImages.picture(photo, 1000, 600);
            assertEquals(200, preview.awaitStatus("/images/plan-1000w.jpg", 200).statusCode(), "served again once the photo is whole");
        }
    }
}
