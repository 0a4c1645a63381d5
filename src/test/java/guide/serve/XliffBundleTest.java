package guide.serve;

import guide.content.SiteContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard's "everything to translate" zip holds what its link says: outdated, missing, and drafts of translations. */
class XliffBundleTest {
    @TempDir
    Path temp;

    @Test
    void theZipHoldsTheOutdatedTheMissingAndTheDraftsOfALanguage() throws Exception {
        try (DashboardFixture preview = new DashboardFixture(temp.resolve("project"))) {
            XliffDownloads.Download zip = XliffDownloads.bundle(SiteContent.load(preview.project), "en").orElseThrow();
            List<String> names = new ArrayList<>();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.bytes()))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    names.add(e.getName());
                }
            }
            assertTrue(names.contains("written-contract.pl-en.xlf"), "the English draft, still to translate: " + names);
            assertTrue(names.stream().anyMatch(n -> n.startsWith("pricing")), "the outdated pricing article: " + names);
            assertTrue(names.stream().anyMatch(n -> n.startsWith("advance")), "the Polish-only advance article: " + names);
            String page = preview.get("/__guide/translations");
            assertTrue(page.contains("Download XLIFF for English: everything outdated, missing, in draft or still copied from its source (" + names.size() + " files, zip)"), page);
        }
    }
}
