package guide.content;

import guide.site.Problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the last scan made of each content file, reused while the file's size and modification
 * time and the scan's context (configuration, authors) are unchanged. Used by the preview server,
 * where one edit should not re-read the whole site.
 */
public final class ScanMemo {
    private record Result(long size, long modified, String context, Optional<ContentDocument> doc, List<Problem> problems) {
    }

    private final Map<Path, Result> results = new ConcurrentHashMap<>();

    /** The remembered result for the file as it is now ({@code size}, {@code modified} millis), if any. */
    Optional<Result> lookup(Path file, long size, long modified, String context) {
        Result result = results.get(file);
        if (result == null || !result.context().equals(context) || result.size() != size || result.modified() != modified) {
            return Optional.empty();
        }
        return Optional.of(result);
    }

    void remember(Path file, String context, long size, long modified, Optional<ContentDocument> doc, List<Problem> problems) {
        results.put(file, new Result(size, modified, context, doc, List.copyOf(problems)));
    }

    /** Replays a remembered result: its problems into {@code problems}, and its document. */
    static Optional<ContentDocument> replay(Object result, List<Problem> problems) {
        Result r = (Result) result;
        problems.addAll(r.problems());
        return r.doc();
    }
}
