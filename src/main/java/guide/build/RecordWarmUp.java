package guide.build;

import guide.check.PageFacts;
import guide.page.PageModel;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Links the {@code equals} and {@code hashCode} of every record a page's model and facts are made of, for the preview's
 * warm-up ({@link SiteBuilder#warmUp}). A record's {@code equals} is a call site the JVM links on its first call, 1 to
 * 4 ms of CPU each in a fresh JVM; a save compares its page's new model with the remembered one, and before this the
 * editor's first save was the first to call them (an outdated translation's notice, for one, exists only once a save
 * outdates it). So each record reachable from the roots, through record components and the element types of lists, sets,
 * maps and optionals, is made twice with plain values (an address for each text, empty collections, zeros, the first enum
 * constant, nested records made the same way) and compared.
 */
final class RecordWarmUp {
    /** Every text component's value: an absolute address, which records that hold one require (a social image's). */
    private static final String SAMPLE_TEXT = "https://example.invalid/";
    private RecordWarmUp() {
    }

    /** {@link #link} for what a save compares: the page models, and the facts the checks keep of each page. */
    static List<Class<?>> linkPageRecords() {
        return link(PageModel.class, PageFacts.class);
    }

    /** Compares two plain instances of each record reachable from {@code roots}; returns the records it could not make. */
    static List<Class<?>> link(Class<?>... roots) {
        List<Class<?>> missed = new ArrayList<>();
        for (Class<?> type : records(roots)) {
            try {
                Object a = plain(type);
                Object b = plain(type);
                if (!a.equals(b) || a.hashCode() != b.hashCode()) {
                    missed.add(type);
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                missed.add(type);
            }
        }
        return missed;
    }

    /** The records reachable from {@code roots} (themselves included), each once, in the order found. */
    static Set<Class<?>> records(Class<?>... roots) {
        Set<Class<?>> found = new LinkedHashSet<>();
        for (Class<?> root : roots) {
            collect(root, found);
        }
        return found;
    }

    private static void collect(Type type, Set<Class<?>> found) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, found);
            }
        } else if (type instanceof Class<?> c && c.isRecord() && found.add(c)) {
            for (RecordComponent component : c.getRecordComponents()) {
                collect(component.getGenericType(), found);
            }
        }
    }

    private static Object plain(Class<?> record) throws ReflectiveOperationException {
        RecordComponent[] components = record.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(types[i]);
        }
        Constructor<?> constructor = record.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return constructor.newInstance(values);
    }

    private static Object value(Class<?> type) throws ReflectiveOperationException {
        if (type == String.class) {
            return SAMPLE_TEXT;
        } else if (type.isPrimitive()) {
            return Array.get(Array.newInstance(type, 1), 0); // its zero, boxed
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        } else if (type.isRecord()) {
            return plain(type);
        }
        return type == List.class ? List.of() : type == Set.class ? Set.of() : type == Map.class ? Map.of() : type == Optional.class ? Optional.empty() : null;
    }
}
