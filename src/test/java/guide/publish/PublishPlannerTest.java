package guide.publish;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
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
}
