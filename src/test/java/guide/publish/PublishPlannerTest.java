package guide.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which files a publish uploads or deletes, and in which order, from the site and a listing of the bucket. */
class PublishPlannerTest {
    private static SiteFile file(String path, String md5) {
        return new SiteFile(path, Path.of(path), 10, md5, false);
    }

    private static RemoteObject object(String key, String md5) {
        return new RemoteObject(key, "\"" + md5 + "\"", 10);
    }

    @Test
    void assetsThenNewPagesThenChangedPagesThenDeletionsAndUnchangedFilesAreLeftAlone() {
        List<SiteFile> site = List.of(file("css/site.1.css", "a1"), file("img/x.png", "b1"), file("pl/index.html", "c2"),
                file("pl/new/index.html", "d1"), file("pl/feed.xml", "e1"));
        List<RemoteObject> bucket = List.of(object("site/img/x.png", "b0"), object("site/pl/index.html", "c1"),
                object("site/pl/feed.xml", "e1"), object("site/pl/old/index.html", "f1"), object("site/css/site.0.css", "a0"));
        PublishPlan plan = PublishPlanner.plan(site, bucket, "site/", false);
        assertEquals(List.of("site/css/site.1.css", "site/img/x.png"), plan.assets().stream().map(Upload::key).toList());
        assertEquals(List.of("site/pl/new/index.html"), plan.newPages().stream().map(Upload::key).toList());
        assertEquals(List.of("site/pl/index.html"), plan.changedPages().stream().map(Upload::key).toList());
        assertEquals(List.of("site/css/site.0.css", "site/pl/old/index.html"), plan.deletions());
        assertEquals(1, plan.unchanged());
        assertEquals(List.of(true, false), plan.assets().stream().map(Upload::isNew).toList());
    }

    @Test
    void forceUploadsEverythingAndAnETagThatIsNoMd5CountsAsChanged() {
        List<SiteFile> site = List.of(file("pl/index.html", "c1"));
        assertEquals(1, PublishPlanner.plan(site, List.of(object("pl/index.html", "c1")), "", true).changedPages().size());
        assertEquals(1, PublishPlanner.plan(site, List.of(object("pl/index.html", "c1-2")), "", false).changedPages().size(),
                "a multipart ETag is not the file's MD5");
        assertEquals(0, PublishPlanner.plan(site, List.of(object("pl/index.html", "C1")), "", false).changedPages().size(),
                "ETags compare without regard to case");
    }

    /**
     * The build copies every file of assets/, so {@code assets/.well-known/security.txt} is in the
     * site: a publish uploads it and never deletes the copy the bucket holds; only what no build
     * makes (a folder listing the operating system left, a version control folder) stays behind.
     */
    @Test
    void aDotFolderOfTheSiteIsUploadedAndKeptButOperatingSystemClutterIsNot(@TempDir Path site) throws Exception {
        write(site, "index.html", "<!doctype html>");
        write(site, ".well-known/security.txt", "Contact: mailto:security@example.com\n");
        write(site, ".well-known/change-password", "moved");
        write(site, "images/.DS_Store", "Finder");
        write(site, "Thumbs.db", "Explorer");
        write(site, ".git/HEAD", "ref: refs/heads/main\n");
        write(site, ".env", "S3_SECRET=x\n");
        write(site, "js/.site.js.swp", "swap");
        write(site, "css/._site.css", "resource fork");
        write(site, "docs/.well-known/x", "not at the root");
        write(site, "_headers", "/*\n");
        List<SiteFile> files = SiteFiles.scan(site);
        assertEquals(List.of(".well-known/change-password", ".well-known/security.txt", "index.html"), files.stream().map(SiteFile::path).toList());

        List<RemoteObject> bucket = List.of(stored(".well-known/security.txt", "Contact: mailto:security@example.com\n"),
                stored("index.html", "<!doctype html>"), stored("images/.DS_Store", "Finder"));
        PublishPlan plan = PublishPlanner.plan(files, bucket, "", false);
        assertEquals(List.of(".well-known/change-password"), plan.assets().stream().map(Upload::key).toList());
        assertEquals(List.of("images/.DS_Store"), plan.deletions(), "security.txt stays in the bucket");
        assertEquals(2, plan.unchanged());
    }

    private static void write(Path site, String path, String text) throws IOException {
        Files.createDirectories(site.resolve(path).getParent());
        Files.writeString(site.resolve(path), text);
    }

    /** An object as a listing shows one uploaded in one part: its ETag is the MD5 of its bytes. */
    private static RemoteObject stored(String key, String text) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new RemoteObject(key, "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes)) + "\"", bytes.length);
    }
}
