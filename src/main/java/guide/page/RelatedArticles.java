package guide.page;

import guide.content.ContentDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Read also" under an article: other articles in the same language sharing the most tags, and among
 * equals those published closest in time (then the newer); filled up with the articles closest in
 * time. Candidates are the {@value #NEIGHBOURS} articles either side of this one in each of its tags'
 * date order. Bounded this way, the cost per page does not grow with the site, and an article appears
 * in the lists of its neighbours only (not, as "newest first" would have it, in every list of its
 * tags), so an edit re-renders a handful of pages.
 */
public final class RelatedArticles {
    static final int LIMIT = 4;
    private static final int NEIGHBOURS = 25;

    private final ArticleIndex index;
    private final Cards cards;

    public RelatedArticles(ArticleIndex index, Cards cards) {
        this.index = index;
        this.cards = cards;
    }

    /** The cards of the articles related to {@code doc}; none for a document that is no article of the index. */
    public List<Card> of(ContentDocument doc) {
        Integer rank = index.rank(doc);
        if (rank == null) {
            return List.of();
        }
        Map<ContentDocument, Integer> shared = sharedTags(doc);
        long day = doc.date().toEpochDay();
        Comparator<ContentDocument> order = Comparator.comparingInt((ContentDocument other) -> -shared.getOrDefault(other, 0))
                .thenComparingLong(other -> Math.abs(other.date().toEpochDay() - day))
                .thenComparingInt(index::rank);
        List<ContentDocument> best = new ArrayList<>(LIMIT + 1);
        for (ContentDocument candidate : shared.keySet()) {
            insertBounded(best, candidate, order);
        }
        fillByTime(doc, rank, shared, best, order);
        return best.stream().map(cards::of).toList();
    }

    /**
     * Fills {@code best} up with the articles closest in time: walks out from the article through
     * its language's list (newest first), taking the nearer of the next newer and the next older
     * article each time (the newer when equally near), until the list is full.
     */
    private void fillByTime(ContentDocument doc, int rank, Map<ContentDocument, Integer> shared, List<ContentDocument> best,
                            Comparator<ContentDocument> order) {
        List<ContentDocument> all = index.articles(doc.lang());
        long day = doc.date().toEpochDay();
        int newer = rank - 1;
        int older = rank + 1;
        while (best.size() < LIMIT && (newer >= 0 || older < all.size())) {
            boolean takeNewer = older >= all.size()
                    || newer >= 0 && all.get(newer).date().toEpochDay() - day <= day - all.get(older).date().toEpochDay();
            ContentDocument next = takeNewer ? all.get(newer--) : all.get(older++);
            if (!shared.containsKey(next)) {
                insertBounded(best, next, order);
            }
        }
    }

    /** Neighbours in time of the article (one of the index) in each of its tags, with how many tags each shares with it. */
    private Map<ContentDocument, Integer> sharedTags(ContentDocument doc) {
        Map<ContentDocument, Integer> shared = new IdentityHashMap<>();
        for (String tag : doc.tags()) {
            List<ContentDocument> tagged = index.tagged(doc.lang(), tag);
            int at = index.rankIn(doc.lang(), tag, doc); // an article of the index is in each of its tags' lists
            for (ContentDocument other : tagged.subList(Math.max(0, at - NEIGHBOURS), Math.min(tagged.size(), at + NEIGHBOURS + 1))) {
                if (other != doc) {
                    shared.merge(other, 1, Integer::sum);
                }
            }
        }
        return shared;
    }

    /** Keeps the best {@value #LIMIT} in order while scanning once (a candidate worse than all of a full list comes and goes at its end). */
    private static void insertBounded(List<ContentDocument> best, ContentDocument candidate, Comparator<ContentDocument> order) {
        int at = best.size();
        while (at > 0 && order.compare(candidate, best.get(at - 1)) < 0) {
            at--;
        }
        best.add(at, candidate);
        if (best.size() > LIMIT) {
            best.remove(LIMIT);
        }
    }
}
