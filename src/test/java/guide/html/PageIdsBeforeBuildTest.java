package guide.html;

import guide.check.PageFacts;
import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.SiteContent;
import guide.content.Slugs;
import guide.content.TemplateIds;
import guide.site.ProjectFixture;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The ids an XLIFF import expects a page to have, read from its Markdown alone ({@link HeadingAddresses#facts}), are the
 * ids of the page the build writes: every id on the built page is there (so a link to a real id is never refused), except
 * those the templates number or name ({@link TemplateIds#usedBy}, left to the build), and the sections are the built
 * page's sections, in order (the "nearest" the refusal offers). Not a quiz's: its text is its checklist, which the import leaves
 * to the build.
 */
class PageIdsBeforeBuildTest {
    @Test
    void everyPageOfTheTestSiteHasTheIdsItsMarkdownPromises() throws Exception {
        Path site = ProjectFixture.builtSite();
        SiteContent content = SiteContent.load(site.getParent());
        List<ContentDocument> pages = content.documents().stream().filter(d -> !d.draft() && d.type() != DocumentType.QUIZ).toList();
        assertFalse(pages.isEmpty());
        for (ContentDocument doc : pages) {
            PageFacts built = PageFacts.of(Jsoup.parse(site.resolve(doc.outputPath()).toFile(), "UTF-8"));
            PageFacts expected = HeadingAddresses.facts(doc.body(), doc.type(), Slugs.of(content.config().language(doc.lang()).transliteration()));
            Set<String> unexpected = new TreeSet<>(built.ids());
            unexpected.removeAll(expected.ids());
            unexpected.removeIf(PageIdsBeforeBuildTest::reserved);
            assertEquals(Set.of(), unexpected, doc.source() + ": ids on the built page the import would not know");
            assertEquals(built.sections(), expected.sections(), doc.source() + ": the text's sections");
        }
    }

    private static boolean reserved(String id) {
        return Arrays.stream(DocumentType.values()).anyMatch(type -> TemplateIds.usedBy(id, type).isPresent());
    }
}
