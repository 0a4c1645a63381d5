package guide.bench;

import java.util.List;
import java.util.Optional;

/**
 * Everything one benchmark run measured, for the report.
 *
 * @param warmNote  why the warm builder took no (more) builds, if so
 * @param serve     the preview on a fresh output, null when not measured
 * @param restarted the preview started again on the output it left, null when not measured
 * @param hugoServe {@code hugo server}'s edits, null when not measured
 */
record Results(List<ColdRow> cold, List<WarmRow> warm, Optional<String> warmNote, SearchFigures search, List<Rebuild> rebuilds,
               GuidePreview.Result serve, GuidePreview.Result restarted, HugoPreview.Result hugoServe) {
}
