package guide.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The search part of the benchmark's figures, over the sizes measured so far: each language's index
 * on disk, the build's indexing phase in milliseconds by size, and the sample queries (see
 * {@link SearchBench}).
 */
record SearchFigures(List<SearchBench.IndexSize> sizes, Map<Integer, Long> indexingMs, List<SearchBench.Query> queries) {
    static final SearchFigures NONE = new SearchFigures(List.of(), Map.of(), List.of());

    /** These figures followed by {@code more}'s. */
    SearchFigures plus(SearchFigures more) {
        List<SearchBench.IndexSize> allSizes = new ArrayList<>(sizes);
        allSizes.addAll(more.sizes);
        Map<Integer, Long> allMs = new TreeMap<>(indexingMs);
        allMs.putAll(more.indexingMs);
        List<SearchBench.Query> allQueries = new ArrayList<>(queries);
        allQueries.addAll(more.queries);
        return new SearchFigures(List.copyOf(allSizes), allMs, List.copyOf(allQueries));
    }

    void print() {
        SearchBench.print(sizes, indexingMs, queries);
    }
}
