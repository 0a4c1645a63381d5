package guide.page;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.TestDocument;
import guide.site.SmallProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * "Read also": articles of the same language sharing the most tags, among equals the closest in
 * time (then the newer), filled up with the articles closest in time; four at most.
 */
class RelatedArticlesTest {
    @TempDir
    Path dir;
    private Cards cards;

    @BeforeEach
    void cards() {
        SmallProject project = SmallProject.in(dir);
        cards = new Cards(project.ui(), new Dates(project.config()), new CardMemo(), new Typesetter(project.config()));
    }

    private static ContentDocument article(String slug, String date, String... tags) {
        return TestDocument.article("pl", slug).date(date).tags(tags).build();
    }

    private List<String> related(ContentDocument doc, List<ContentDocument> published) {
        return new RelatedArticles(new ArticleIndex(published), cards).of(doc).stream().map(Card::url).toList();
    }

    @Test
    void mostSharedTagsFirstThenClosestInTimeThenTheNewerThenFilledUpByTime() {
        ContentDocument a = article("a", "2026-06-15", "x", "y");
        List<ContentDocument> published = List.of(a,
                article("b", "2026-01-01", "x", "y"),
                article("c", "2026-06-10", "x"),
                article("d", "2026-06-20", "y"),
                article("e", "2026-06-14"),
                article("f", "2026-12-01"),
                article("h", "2025-01-01", "z"),
                TestDocument.article("en", "g").date("2026-06-15").tags("x", "y").build(),
                TestDocument.article("pl", "page").type(DocumentType.PAGE).date("2026-06-15").tags("x").build());
        assertEquals(List.of("/pl/b/", "/pl/d/", "/pl/c/", "/pl/e/"), related(a, published));
    }

    @Test
    void anArticleWithoutTagsGetsItsNeighboursInTime() {
        ContentDocument a = article("a", "2026-06-15");
        List<ContentDocument> published = List.of(a, article("b", "2026-06-01"), article("c", "2026-06-16"), article("d", "2026-06-30"),
                article("e", "2026-05-01"), article("f", "2026-12-01"), article("g", "2020-01-01"));
        assertEquals(List.of("/pl/c/", "/pl/b/", "/pl/d/", "/pl/e/"), related(a, published));
    }

    @Test
    void fewerArticlesGiveAShorterListAndNeverTheArticleItself() {
        ContentDocument a = article("a", "2026-06-15", "x");
        assertEquals(List.of("/pl/b/"), related(a, List.of(a, article("b", "2026-06-01", "x"))));
        assertEquals(List.of(), related(a, List.of(a)));
        ContentDocument notListed = TestDocument.article("pl", "about").type(DocumentType.PAGE).build();
        assertEquals(List.of(), related(notListed, List.of(a, notListed)), "a page that is not an article has no neighbours in time");
        ContentDocument taggedPage = TestDocument.article("pl", "cennik").type(DocumentType.PAGE).tags("x").build();
        assertEquals(List.of(), related(taggedPage, List.of(a, taggedPage)), "nor in its tags: only articles have a related list");
    }

    @Test
    void sharedTagsOutrankTime() {
        ContentDocument a = article("a", "2026-06-15", "x", "y", "z");
        List<ContentDocument> published = new ArrayList<>(List.of(a, article("three", "2020-01-01", "x", "y", "z"),
                article("two", "2021-01-01", "x", "z"), article("one", "2026-06-14", "y")));
        for (int i = 0; i < 6; i++) {
            published.add(article("near" + i, "2026-06-1" + i));
        }
        assertEquals(List.of("/pl/three/", "/pl/two/", "/pl/one/", "/pl/near5/"), related(a, published));
    }

    @Test
    void theIndexListsArticlesNewestFirstAndSameDayByAddress() {
        ContentDocument older = article("older", "2026-01-01", "x");
        ContentDocument b = article("b", "2026-06-01", "x");
        ContentDocument a = article("a", "2026-06-01");
        ContentDocument page = TestDocument.article("pl", "about").type(DocumentType.PAGE).build();
        ArticleIndex index = new ArticleIndex(List.of(older, b, a, page, TestDocument.article("en", "e").build()));
        assertEquals(List.of(a, b, older), index.articles("pl"));
        assertEquals(List.of(b, older), index.tagged("pl", "x"));
        assertEquals(List.of(), index.tagged("en", "x"));
        assertEquals(List.of(), index.articles("de"));
        assertEquals(0, index.rank(a));
        assertEquals(2, index.rank(older));
        assertNull(index.rank(page));
    }
    @Test
    void theFillIsTheClosestInTimeOnEitherSide() {
        ContentDocument a = article("a", "2026-06-15");
        List<ContentDocument> published = List.of(a, article("n1", "2026-06-16"), article("n2", "2026-06-17"), article("n3", "2026-06-18"),
                article("o1", "2026-03-01"), article("o2", "2026-01-01"));
        assertEquals(List.of("/pl/n1/", "/pl/n2/", "/pl/n3/", "/pl/o1/"), related(a, published),
                "three days after is closer than half a year before");
    }

    @Test
    void theOldestArticleGetsTheNewerOnes() {
        ContentDocument oldest = article("old", "2026-01-01");
        assertEquals(List.of("/pl/mid/", "/pl/new/"), related(oldest, List.of(article("new", "2026-03-01"), article("mid", "2026-02-01"), oldest)));
        ContentDocument newest = article("new", "2026-03-01");
        assertEquals(List.of("/pl/mid/", "/pl/old/"), related(newest, List.of(newest, article("mid", "2026-02-01"), article("old", "2026-01-01"))));
    }

    @Test
    void equallyNearTheNewerComesFirst() {
        ContentDocument a = article("a", "2026-06-15");
        assertEquals(List.of("/pl/after/", "/pl/before/"), related(a, List.of(a, article("before", "2026-06-14"), article("after", "2026-06-16"))));
    }

    @Test
    void anArticleTwentyFivePlacesAwayInATagsOrderIsStillACandidate() {
        ContentDocument a = article("a", "2026-12-31", "x", "y");
        List<ContentDocument> published = new ArrayList<>(List.of(a));
        for (int i = 1; i <= 24; i++) {
            published.add(article("x" + i, LocalDate.of(2026, 12, 31).minusDays(i).toString(), "x"));
        }
        published.add(article("both", "2026-12-01", "x", "y"));
        assertEquals("/pl/both/", related(a, published).get(0), "it shares both tags; in x's order it is the 25th after the article");
    }
    @Test
    void forTheLastPlaceTheNewerOfTwoEquallyNearArticlesWins() {
        ContentDocument a = article("a", "2026-06-15");
        List<ContentDocument> published = List.of(a, article("n1", "2026-06-16"), article("n2", "2026-06-17"), article("n4", "2026-06-19"),
                article("o3", "2026-06-12"), article("o4", "2026-06-11"));
        assertEquals(List.of("/pl/n1/", "/pl/n2/", "/pl/o3/", "/pl/n4/"), related(a, published));
    }

    @Test
    void theNewestArticleIsANeighbourToo() {
        ContentDocument a = article("a", "2026-06-15");
        List<ContentDocument> published = List.of(a, article("newest", "2026-06-16"), article("o5", "2026-06-10"), article("o6", "2026-06-09"),
                article("o7", "2026-06-08"), article("o8", "2026-06-07"));
        assertEquals(List.of("/pl/newest/", "/pl/o5/", "/pl/o6/", "/pl/o7/"), related(a, published));
    }
    @Test
    void onABusyDayTheNeighboursInTheListFillItNotTheFirstOfTheDay() {
        // Same day: the list orders them by address, b to f, then z; z's neighbours are f, e, d and c.
        ContentDocument z = article("z", "2026-06-15");
        List<ContentDocument> published = List.of(z, article("b", "2026-06-15"), article("c", "2026-06-15"), article("d", "2026-06-15"),
                article("e", "2026-06-15"), article("f", "2026-06-15"));
        assertEquals(List.of("/pl/c/", "/pl/d/", "/pl/e/", "/pl/f/"), related(z, published));
    }

    @Test
    void anArticleFarDownABusyTagsListGetsItsNeighboursThereNotTheTagsNewest() {
        List<ContentDocument> published = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            published.add(article("t" + i, LocalDate.of(2026, 12, 31).minusDays(i).toString(), "busy"));
        }
        assertEquals(List.of("/pl/t39/", "/pl/t41/", "/pl/t38/", "/pl/t42/"), related(published.get(40), published));
    }
}
