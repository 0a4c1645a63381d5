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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ids an XLIFF import expects a page to have, read from its Markdown alone ({@link HeadingAddresses#facts}), are the
 * ids of the page the build writes: every id on the built page is there (so a link to a real id is never refused), except
 * those the templates number or name ({@link TemplateIds#usedBy}, left to the build), and the sections are the built
 * page's sections, in order (the "nearest" the refusal offers). A quiz's ids are its checklist's, checked on their own.
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

    /**
     * A quiz's ids, which an import expects from its Markdown ({@link QuizAddresses#facts}: its checklist's signs, statements and
     * bands as the template names them), are the built quiz page's, both ways: a link to one is never refused, and a link to
     * an id the page lacks is; its sections (the "nearest" offered) are the built page's too, its signs among them.
     */
    @Test
    void everyQuizOfTheTestSiteHasTheIdsItsChecklistPromises() throws Exception {
        Path site = ProjectFixture.builtSite();
        SiteContent content = SiteContent.load(site.getParent());
        List<ContentDocument> quizzes = content.documents().stream().filter(d -> !d.draft() && d.type() == DocumentType.QUIZ).toList();
        assertFalse(quizzes.isEmpty());
        for (ContentDocument doc : quizzes) {
            PageFacts built = PageFacts.of(Jsoup.parse(site.resolve(doc.outputPath()).toFile(), "UTF-8"));
            PageFacts expected = QuizAddresses.facts(doc.body(), Slugs.of(content.config().language(doc.lang()).transliteration())).orElseThrow();
            Set<String> unexpected = new TreeSet<>(built.ids());
            unexpected.removeAll(expected.ids());
            unexpected.removeIf(PageIdsBeforeBuildTest::numbered);
            assertEquals(Set.of(), unexpected, doc.source() + ": ids on the built quiz the import would not know");
            Set<String> missing = new TreeSet<>(expected.ids());
            missing.removeAll(built.ids());
            missing.removeAll(TemplateIds.fixed(DocumentType.QUIZ)); // as on every page: some show only with what they hold
            assertEquals(Set.of(), missing, doc.source() + ": ids the import expects that the built quiz lacks");
            assertTrue(built.sections().stream().anyMatch(id -> id.startsWith("sign-")), doc.source() + ": its signs are sections");
            assertEquals(built.sections(), expected.sections(), doc.source() + ": the quiz's sections");
        }
    }

    private static boolean reserved(String id) {
        return Arrays.stream(DocumentType.values()).anyMatch(type -> TemplateIds.usedBy(id, type).isPresent());
    }

    /** An id no reading of a quiz's Markdown promises: one the build's passes number on every page ({@code fn-1}). */
    private static boolean numbered(String id) {
        return !TemplateIds.fixed(DocumentType.QUIZ).contains(id)
                && Arrays.stream(DocumentType.values()).filter(type -> type != DocumentType.QUIZ).anyMatch(type -> TemplateIds.usedBy(id, type).isPresent());
    }
}
