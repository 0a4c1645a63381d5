package guide.build;

import net.openhft.hashing.LongTupleHashFunction;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Hashes texts and typed values in a canonical form: the same values
 * give the same bytes in every run and every JVM, and different values different bytes. A value is
 * written field by field, each part tagged with its kind and every text and list with its length
 * first, so that no two values run into each other: a record as its class's name and its components
 * in declaration order, a list or a map as its elements in iteration order (the order the templates
 * show them in), a text as its UTF-8 bytes. A type the form does not know (anything but records,
 * lists, maps, texts, booleans, integers and enums) stops with an error naming it: hashing its
 * {@code toString()} or identity could give two builds different keys for the same page.
 *
 * <p>Page keys hashed Java serialisation until 6 December 2026, which writes every class's
 * descriptor again for each page: 12.0 MB for the pages of the benchmark's 2 x 1,000 articles
 * against 9.1 MB here, and a third more CPU time to hash them. Not thread-safe: one per thread.
 *
 * <p>The form is hashed with XXH3's 128-bit hash ({@code xx128} of OpenHFT's zero-allocation-hashing),
 * since 7 December 2026; SHA-256 before. A key only decides whether a page is taken from the previous
 * output, and the editors' content is no adversary's: a well-tested non-cryptographic hash of 128 bits
 * does that, several times faster than SHA-256 under the quick compiler (C1, no SHA instructions) the
 * builder runs with (the keys of the benchmark's 2,052 pages: 0.15 s of CPU against 0.31 s in a
 * fresh process, 0.09 s against 0.30 s after it).
 *
 * <p>The form is written into one buffer, reused from key to key (one digest per thread, for the builder's whole life, a
 * preview's hours included). It starts at 8 KiB, about twice the average form of the benchmark's pages (9.1 MB for 2,052
 * pages: 4.4 KB), and grows for a larger one; a buffer grown past 64 KiB for an unusually large page goes back to 8 KiB
 * once that page's key is taken, so that one such page does not hold its size in every thread's digest for good.
 */
final class CanonicalDigest {
    private static final byte NULL = 0;
    private static final byte TEXT = 1;
    private static final byte TRUE = 2;
    private static final byte FALSE = 3;
    private static final byte INT = 4;
    private static final byte LONG = 5;
    private static final byte LIST = 6;
    private static final byte MAP = 7;
    private static final byte RECORD = 8;
    private static final byte ENUM = 9;

    /** Each record class's name, as bytes, and its components' accessors in declaration order. */
    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return RecordShape.of(type);
        }
    };

    private static final LongTupleHashFunction HASH = LongTupleHashFunction.xx128();

    /** The buffer's size to begin with and to go back to. */
    static final int START = 8 * 1024;
    /** The largest buffer kept from one key to the next: a form past it is an unusually large page's. */
    static final int KEPT = 64 * 1024;

    /** The canonical form written since the last reset. */
    private byte[] buffer = new byte[START];
    private int used;

    /** Starts again: forgets everything written since the last {@link #finish()}. */
    CanonicalDigest reset() {
        startAgain();
        return this;
    }

    /** How many bytes the buffer holds now, written or not. */
    int capacity() {
        return buffer.length;
    }

    /** A text, its length first. */
    CanonicalDigest text(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        number(bytes.length);
        bytes(bytes);
        return this;
    }

    /** A value of the typed model: a record, list, map, text, boolean, integer, enum, or null. */
    CanonicalDigest value(Object value) {
        if (value == null) {
            tag(NULL);
        } else if (value instanceof String text) {
            tag(TEXT);
            text(text);
        } else if (value instanceof Boolean bool) {
            tag(bool ? TRUE : FALSE);
        } else if (value instanceof Integer whole) {
            tag(INT);
            number(whole);
        } else if (value instanceof Long whole) {
            tag(LONG);
            number((int) (whole >>> 32));
            number(whole.intValue());
        } else if (value instanceof List<?> list) {
            list(list);
        } else if (value instanceof Map<?, ?> map) {
            map(map);
        } else if (value instanceof Enum<?> constant) {
            tag(ENUM);
            text(constant.getDeclaringClass().getName());
            text(constant.name());
        } else if (value instanceof Record) {
            record(value);
        } else {
            throw new IllegalArgumentException("a page model holds a " + value.getClass().getName()
                    + ", which its key cannot be taken of: use a record, list, map, String, Boolean, Integer, Long or enum (CanonicalDigest)");
        }
        return this;
    }

    /** The 128-bit hash of everything written since the last reset, 16 bytes; starts again. */
    byte[] finish() {
        long[] hash = HASH.hashBytes(buffer, 0, used);
        startAgain();
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (hash[0] >>> (56 - 8 * i));
            bytes[8 + i] = (byte) (hash[1] >>> (56 - 8 * i));
        }
        return bytes;
    }

    /** Forgets the form written, and lets go of a buffer an unusually large form grew past {@link #KEPT}. */
    private void startAgain() {
        used = 0;
        if (buffer.length > KEPT) {
            buffer = new byte[START];
        }
    }

    private void list(List<?> list) {
        tag(LIST);
        number(list.size());
        // Indexed, not iterated: the model's lists are random-access, and an iterator per list is garbage.
        for (int i = 0; i < list.size(); i++) {
            value(list.get(i));
        }
    }

    private void map(Map<?, ?> map) {
        tag(MAP);
        number(map.size());
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            value(entry.getKey());
            value(entry.getValue());
        }
    }

    private void record(Object value) {
        RecordShape shape = SHAPES.get(value.getClass());
        tag(RECORD);
        number(shape.name().length);
        bytes(shape.name());
        for (Method accessor : shape.accessors()) {
            value(shape.read(accessor, value));
        }
    }

    private void tag(byte tag) {
        room(1);
        buffer[used++] = tag;
    }

    private void number(int n) {
        room(4);
        buffer[used++] = (byte) (n >>> 24);
        buffer[used++] = (byte) (n >>> 16);
        buffer[used++] = (byte) (n >>> 8);
        buffer[used++] = (byte) n;
    }

    private void bytes(byte[] bytes) {
        room(bytes.length);
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
    }

    /** Makes room for {@code n} more bytes: the hash takes the whole form at once. */
    private void room(int n) {
        if (n > buffer.length - used) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, used + n));
        }
    }

    /** A record class as the form writes it: its name and its components' accessors, in declaration order. */
    private record RecordShape(byte[] name, List<Method> accessors) {
        static RecordShape of(Class<?> type) {
            List<Method> accessors = new java.util.ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                accessor.trySetAccessible();
                accessors.add(accessor);
            }
            return new RecordShape(type.getName().getBytes(StandardCharsets.UTF_8), List.copyOf(accessors));
        }

        Object read(Method accessor, Object value) {
            try {
                return accessor.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + accessor.getName() + " of a " + value.getClass().getName()
                        + " to take a page's key", e);
            }
        }
    }
}
