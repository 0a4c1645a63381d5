package guide.page;

import guide.content.ContentDocument;
import guide.content.DocumentType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The articles of each language, newest first, and of each tag: the order every list of the site
 * uses (home page, archive, feed, related articles). The archive and the feed list the quiz among
 * the articles ({@link #listed}); the home page shows it on its own and related lists never.
 * Built once per build.
 */
public final class ArticleIndex {
    private final Map<String, List<ContentDocument>> byLanguage = new HashMap<>();
    private final Map<String, List<ContentDocument>> listedByLanguage = new HashMap<>();
    private final Map<String, List<ContentDocument>> byTag = new HashMap<>();
    private final Map<ContentDocument, Integer> rank = new IdentityHashMap<>();
    /** Each article's place in each of its tags' lists. */
    private final Map<String, Map<ContentDocument, Integer>> tagRank = new HashMap<>();

    public ArticleIndex(List<ContentDocument> published) {
        for (ContentDocument doc : published) {
            if (doc.isArticle()) {
                byLanguage.computeIfAbsent(doc.lang(), l -> new ArrayList<>()).add(doc);
            }
            if (doc.isArticle() || doc.type() == DocumentType.QUIZ) {
                listedByLanguage.computeIfAbsent(doc.lang(), l -> new ArrayList<>()).add(doc);
            }
        }
        listedByLanguage.values().forEach(ArticleIndex::sortNewestFirst);
        // Each tag's list in the order of its language's list, which is sorted once.
        byLanguage.values().forEach(list -> {
            sortNewestFirst(list);
            for (int i = 0; i < list.size(); i++) {
                ContentDocument doc = list.get(i);
                rank.put(doc, i);
                for (String tag : doc.tags()) {
                    List<ContentDocument> tagged = byTag.computeIfAbsent(tagKey(doc.lang(), tag), t -> new ArrayList<>());
                    tagRank.computeIfAbsent(tagKey(doc.lang(), tag), t -> new IdentityHashMap<>()).putIfAbsent(doc, tagged.size());
                    tagged.add(doc);
                }
            }
        });
    }

    /**
     * Newest first; articles of the same day by address, so the order never depends on the file system. Each address
     * is made once rather than in every comparison.
     */
    private static void sortNewestFirst(List<ContentDocument> docs) {
        Map<ContentDocument, String> urls = new IdentityHashMap<>();
        docs.forEach(doc -> urls.put(doc, doc.url()));
        docs.sort((a, b) -> {
            int byDate = b.date().compareTo(a.date());
            return byDate != 0 ? byDate : urls.get(a).compareTo(urls.get(b));
        });
    }

    /** Articles of a language, newest first. */
    public List<ContentDocument> articles(String lang) {
        return byLanguage.getOrDefault(lang, List.of());
    }

    /** What the archive and the feed of a language list: its articles and its quiz, newest first. */
    public List<ContentDocument> listed(String lang) {
        return listedByLanguage.getOrDefault(lang, List.of());
    }

    /** Articles of a language with a tag, newest first. */
    public List<ContentDocument> tagged(String lang, String tag) {
        return byTag.getOrDefault(tagKey(lang, tag), List.of());
    }

    /** An article's place in the list of one of its tags ({@link #tagged}); null if it is not in that list. */
    public Integer rankIn(String lang, String tag, ContentDocument doc) {
        return tagRank.getOrDefault(tagKey(lang, tag), Map.of()).get(doc);
    }

    /** An article's place in its language's list, 0 for the newest; null for other documents. */
    public Integer rank(ContentDocument doc) {
        return rank.get(doc);
    }

    private static String tagKey(String lang, String tag) {
        return lang + "\u0000" + tag;
    }
}
