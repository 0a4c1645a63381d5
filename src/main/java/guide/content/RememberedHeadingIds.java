package guide.content;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The heading ids of a text ({@link HeadingIds}) read once for the whole build: the scan's heading checks, a translation's
 * dropped section ids, the language switch's section ids and the page's heading anchors each read the same body, which
 * cost about 3 % of a cold 2 x 1,000 build's CPU. The ids are kept by the text they were read from, with weak keys: a text
 * no document holds any more (an edit in the preview) leaves with it, and the ids hold no reference to it. Kept apart from
 * {@link HeadingIds}, which reads afresh at every call: its tests, and the mutants PIT makes of it in one JVM, see
 * their own reading, never one remembered from before.
 */
public final class RememberedHeadingIds {
    private static final Map<String, List<HeadingIds.Written>> READ = Collections.synchronizedMap(new WeakHashMap<>());

    private RememberedHeadingIds() {
    }

    /** {@link HeadingIds#read}, remembered. */
    public static List<HeadingIds.Written> read(String markdown) {
        List<HeadingIds.Written> known = READ.get(markdown);
        if (known == null) {
            // Read outside the lock: the other core reads another text meanwhile.
            known = HeadingIds.read(markdown);
            READ.put(markdown, known);
        }
        return known;
    }

    /** {@link HeadingIds#ofSections}, from the ids remembered. */
    public static Set<String> ofSections(String markdown) {
        return HeadingIds.sections(read(markdown));
    }
}
