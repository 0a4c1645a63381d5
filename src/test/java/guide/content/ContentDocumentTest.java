package guide.content;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where each kind of page is published, as the README's "Add an article" describes it. */
class ContentDocumentTest {

    @Test
    void anArticleIsPublishedAtItsSlugInItsLanguage() {
        ContentDocument doc = TestDocument.article("pl", "jak-wycenic-projekt").build();
        assertEquals("/pl/jak-wycenic-projekt/", doc.url());
        assertEquals("pl/jak-wycenic-projekt/index.html", doc.outputPath());
        assertTrue(doc.isArticle());
    }

    @Test
    void homeAndNotFoundPagesHaveFixedAddresses() {
        ContentDocument home = TestDocument.article("en", "index").type(DocumentType.HOME).build();
        assertEquals("/en/", home.url());
        assertEquals("en/index.html", home.outputPath());
        ContentDocument notFound = TestDocument.article("en", "404").type(DocumentType.NOTFOUND).build();
        assertEquals("/en/404.html", notFound.url());
        assertEquals("en/404.html", notFound.outputPath());
        assertFalse(home.isArticle());
    }

    @Test
    void quizzesAndPagesLiveAtTheirSlugButAreNotArticles() {
        ContentDocument quiz = TestDocument.article("pl", "test").type(DocumentType.QUIZ).build();
        assertEquals("/pl/test/", quiz.url());
        assertEquals("pl/test/index.html", quiz.outputPath());
        assertFalse(quiz.isArticle());
        assertFalse(TestDocument.article("pl", "o-nas").type(DocumentType.PAGE).build().isArticle());
    }

    @Test
    void theTypeHeaderNamesEachKindInLowerCase() {
        assertEquals(Optional.of(DocumentType.NOTFOUND), DocumentType.fromHeader("notfound"));
        assertEquals(Optional.of(DocumentType.POST), DocumentType.fromHeader("post"));
        assertEquals(Optional.empty(), DocumentType.fromHeader("Post"));
        assertEquals(Optional.empty(), DocumentType.fromHeader("article"));
    }

    @Test
    void theBodyIsTheFrontMattersBody() {
        assertEquals("Akapit.\n", TestDocument.article("pl", "a").body("Akapit.\n").build().body());
    }
}
