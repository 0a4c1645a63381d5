package guide.content;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Remembers a value worked out from a document for as long as the very same document is in use:
 * the preview server reuses unchanged documents between builds, so their reading time, source
 * revision or safety check are not worked out again. Thread-safe.
 *
 * @param <V> the remembered value
 */
public final class DocumentMemo<V> {
    private record Slot<V>(ContentDocument doc, V value) {
    }

    private final Map<Path, Slot<V>> slots = new ConcurrentHashMap<>();

    public V get(ContentDocument doc, Function<ContentDocument, V> compute) {
        return get(doc, value -> true, compute);
    }

    /** Like {@link #get(ContentDocument, Function)}, but a remembered value that fails {@code stillValid} is worked out again. */
    public V get(ContentDocument doc, Predicate<V> stillValid, Function<ContentDocument, V> compute) {
        Slot<V> slot = slots.get(doc.source());
        if (slot != null && slot.doc() == doc && stillValid.test(slot.value())) {
            return slot.value();
        }
        V value = compute.apply(doc);
        slots.put(doc.source(), new Slot<>(doc, value));
        return value;
    }
}
