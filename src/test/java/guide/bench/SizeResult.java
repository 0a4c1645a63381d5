package guide.bench;

import java.util.List;

import java.util.Optional;

/**
 * What the benchmark measured on one corpus size: the cold-build rows (guide, plain JBake, Hugo,
 * Hugo + Pagefind, as that size was built), the warm builder's row if the daemon took builds, the
 * search figures of the guide's last cold build, and "nothing changed".
 */
record SizeResult(CorpusGenerator.Corpus corpus, List<ColdRow> rows, Optional<WarmRow> warm, SearchFigures search, Rebuild rebuild) {
}
