package guide.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Builds each language's search index from its pages' text: the files under
 * {@code /<lang>/search/} that assets/js/search-engine.js reads (see {@link IndexLayout}).
 * Everything is sorted, so the same pages give the same bytes; a page's number follows its date,
 * so a new article takes the next number and the others keep theirs. One builder may serve many
 * builds (the preview keeps one): it remembers each page's analysis until the page changes.
 */
public final class SearchIndexBuilder {
    private Map<PageText, PageTerms> analysed = new ConcurrentHashMap<>();
    /** The analysis each language's pages were analysed with last: a page analysed otherwise is analysed again. */
    private Map<String, LanguageAnalysis> analysedWith = Map.of();

    /** The index files of every language among the pages, by path relative to the site root. */
    public SortedMap<String, byte[]> build(Collection<PageText> pages) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        build(pages, (path, bytes) -> {
            synchronized (files) {
                files.put(path, bytes);
            }
        });
        return files;
    }

    /**
     * Hands every index file's bytes to {@code files} as soon as they are made (from several
     * threads), so that the encoded files of a large site are never held all at once (what they are
     * made from, each language's shards, is).
     */
    public void build(Collection<PageText> pages, BiConsumer<String, byte[]> files) {
        build(pages, files, Map.of(), false, LanguageAnalysis::forLanguage, Map.of());
    }

    /**
     * One language's index as an output holds it: its pages in the order that numbers them, the
     * content of its shards and of its files of typos ({@code e/}) by prefix, and what each key's entry was made from
     * (all three empty unless kept, see {@link #build(Collection, BiConsumer, Map, boolean, Function, Map)}).
     */
    record LanguageIndex(List<PageText> pages, Map<String, Map<String, Object>> shards, Map<String, Map<String, Object>> edits,
                         Map<String, IndexLayout.KeptPosting> postings, Source source) {
        static final LanguageIndex NONE = new LanguageIndex(List.of(), Map.of(), Map.of(), Map.of());

        LanguageIndex(List<PageText> pages, Map<String, Map<String, Object>> shards, Map<String, Map<String, Object>> edits,
                      Map<String, IndexLayout.KeptPosting> postings) {
            this(pages, shards, edits, postings, Source.NONE);
        }

        /** True if this index, when kept, was made from {@code pages} with the same analysis and panel words: every file is as it was. */
        boolean madeFrom(List<PageText> pages, LanguageAnalysis analysis, Map<String, Object> words) {
            return !source.files().isEmpty() && source.analysis() == analysis && source.words().equals(words) && this.pages.equals(pages);
        }
    }

    /**
     * What the rest of a kept language index was made from besides its pages (its analysis and the panel's words) and the
     * paths of all its files: a save that leaves the language's pages as they were (an edit in the other language) hands
     * them all over as unchanged without making anything again.
     */
    record Source(LanguageAnalysis analysis, Map<String, Object> words, List<String> files) {
        static final Source NONE = new Source(null, Map.of(), List.of());
    }

    /**
     * Like {@link #build(Collection, java.util.function.BiConsumer)}, for an output that holds the
     * index of {@code previous} (what an earlier call returned): a page's file ({@code d/<n>.json})
     * that {@code previous} had with the same number from an equal page, a shard or a file of typos with the same
     * content, and the tier files ({@code t/<key>-<k>.json}) of a key whose entry is unchanged, are
     * handed over as {@code null} bytes, unchanged, instead of being made again.
     *
     * @param keepShards whether the result keeps every shard's content and what each key's entry
     *                   was made from for the next call (the preview, where a save changes a few
     *                   shards and keys; a one-off build would only hold the whole index in memory)
     * @param analyses   each language's analysis, by its code ({@link LanguageAnalysis#forLocale})
     * @param words      the search panel's words in each language, by its code, for its meta.json (a language without: none)
     * @return every language's index, for the next call
     */
    Map<String, LanguageIndex> build(Collection<PageText> pages, BiConsumer<String, byte[]> files,
                                     Map<String, LanguageIndex> previous, boolean keepShards,
                                     Function<String, LanguageAnalysis> analyses, Map<String, Map<String, Object>> words) {
        Map<String, List<PageText>> byLang = new TreeMap<>();
        pages.forEach(p -> byLang.computeIfAbsent(p.lang(), l -> new ArrayList<>()).add(p));
        Map<String, LanguageAnalysis> with = new HashMap<>();
        byLang.keySet().forEach(lang -> with.put(lang, analyses.apply(lang)));
        Map<PageText, PageTerms> before = new HashMap<>(analysed);
        // A language whose settings now give it another analysis (a preview whose locale was edited) is analysed afresh.
        before.keySet().removeIf(p -> with.get(p.lang()) != analysedWith.get(p.lang()));
        Map<PageText, PageTerms> now = new ConcurrentHashMap<>();
        Map<String, LanguageIndex> ordered = new ConcurrentHashMap<>();
        // Languages are independent: index them side by side (each also analyses its pages in parallel).
        // From a list: a parallel stream over a TreeMap's two entries does not split them, and the
        // languages ran one after the other on one thread (0.4 s and 0.8 s at 2 x 1,000 articles).
        new ArrayList<>(byLang.entrySet()).parallelStream().forEach(e -> ordered.put(e.getKey(),
                language(with.get(e.getKey()), e.getValue(), before, now, previous.getOrDefault(e.getKey(), LanguageIndex.NONE), keepShards, files,
                        words.getOrDefault(e.getKey(), Map.of()))));
        analysed = now;
        analysedWith = with;
        return ordered;
    }

    /** Indexes one language; returns its pages in the order that numbers them, and its shards if kept. */
    private static LanguageIndex language(LanguageAnalysis analysis, List<PageText> pages, Map<PageText, PageTerms> before, Map<PageText, PageTerms> now,
                                          LanguageIndex previous, boolean keepShards, BiConsumer<String, byte[]> files, Map<String, Object> panelWords) {
        String lang = pages.get(0).lang();
        List<PageText> ordered = new ArrayList<>(pages);
        ordered.sort(Comparator.comparing(PageText::date).thenComparing(PageText::url));
        if (keepShards && previous.madeFrom(ordered, analysis, panelWords)) {
            // The output holds this language's index of these very pages (the save edited the other language's):
            // its files are what they were; its analyses are kept for the next save.
            ordered.forEach(p -> Optional.ofNullable(before.get(p)).ifPresent(t -> now.put(p, t)));
            previous.source().files().forEach(path -> files.accept(path, null));
            return previous;
        }
        Queue<String> paths = new ConcurrentLinkedQueue<>();
        BiConsumer<String, byte[]> handed = keepShards ? (path, bytes) -> {
            paths.add(path);
            files.accept(path, bytes);
        } : files;
        IndexLayout layout = new IndexLayout(lang, panelWords);
        List<PageTerms> terms = analyse(ordered, analysis, before, now, layout, previous.pages(), handed);

        // Per key, its pages in order as (weight << 24 | page number), packed to keep a large site in a small heap.
        Map<String, Postings> growing = new HashMap<>();
        Map<String, Set<String>> occurring = new HashMap<>();
        Set<String> words = new HashSet<>(); // order does not matter: what is made of them is sorted
        for (int id = 0; id < terms.size(); id++) {
            PageTerms t = terms.get(id);
            for (int k = 0; k < t.size(); k++) {
                growing.computeIfAbsent(t.key(k), key -> new Postings()).add(t.weight(k) << 24 | id);
            }
            words.addAll(Arrays.asList(t.words()));
        }
        Map<String, int[]> postings = new HashMap<>(growing.size() * 4 / 3 + 1);
        growing.forEach((key, list) -> postings.put(key, list.toArray()));
        Map<String, Set<String>> typed = new HashMap<>(analysis.typedForms(words));
        // The dictionary has abbreviations ("o.") and hyphenated forms; a reader's words never look like that.
        typed.keySet().removeIf(form -> !Folding.words(form).equals(List.of(form)));
        for (String word : words) {
            String folded = Folding.fold(word);
            for (String key : analysis.keys(word)) {
                occurring.computeIfAbsent(key, k -> new TreeSet<>()).add(folded);
            }
        }
        Set<String> stop = new TreeSet<>(analysis.stopWords());
        Map<String, IndexLayout.KeptPosting> kept = keepShards ? new HashMap<>() : null;
        IndexLayout.Contents made = layout.files(ordered, postings, occurring, typed, stop, previous, kept, handed);
        return keepShards ? new LanguageIndex(ordered, made.shards(), made.edits(), kept, new Source(analysis, panelWords, List.copyOf(paths)))
                : new LanguageIndex(ordered, Map.of(), Map.of(), Map.of());
    }

    /**
     * Each page's terms, in the order of {@code ordered} (taken from {@code before} where it has them, put in {@code now}), and
     * each page's own file (d/<n>.json) handed to {@code files}: {@code null} bytes where {@code numbered} (the pages of the
     * index in the output, in order) has the same page under that number. Each page's text is unpacked once, for both, and
     * only if either needs it.
     */
    private static List<PageTerms> analyse(List<PageText> ordered, LanguageAnalysis analysis, Map<PageText, PageTerms> before,
                                           Map<PageText, PageTerms> now, IndexLayout layout, List<PageText> numbered,
                                           BiConsumer<String, byte[]> files) {
        Map<String, String> canonical = new ConcurrentHashMap<>();
        return IntStream.range(0, ordered.size()).parallel().mapToObj(id -> {
            PageText p = ordered.get(id);
            PageTerms t = before.get(p);
            boolean fileUnchanged = id < numbered.size() && numbered.get(id).equals(p);
            List<PageText.Section> sections = t == null || !fileUnchanged ? p.sections() : null;
            if (t == null) {
                t = PageTerms.of(p.title(), sections, analysis, canonical);
            }
            layout.pageFile(id, p, fileUnchanged ? null : sections, files);
            now.put(p, t);
            return t;
        }).toList();
    }

    /** A key's postings while they are collected: the entries so far and how many there are. */
    private static final class Postings {
        private int[] entries = new int[4];
        private int size;

        void add(int entry) {
            if (size == entries.length) {
                entries = Arrays.copyOf(entries, size * 2);
            }
            entries[size++] = entry;
        }

        int[] toArray() {
            return Arrays.copyOf(entries, size);
        }
    }
}
