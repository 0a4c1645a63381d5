package guide.bench;

import java.util.List;

/**
 * What the benchmark measured on one corpus size: the cold-build rows (guide, plain JBake, Hugo,
 * Hugo + Pagefind, as that size was built), the search figures of the guide's last cold build, and
 * "nothing changed".
 */
record SizeResult(CorpusGenerator.Corpus corpus, List<ColdRow> rows, SearchFigures search, Rebuild rebuild) {
}
