package guide.bench;

import guide.page.PageModel;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page model as plain maps, lists, strings, numbers and booleans: what JBake's content store can
 * keep and its Freemarker wrapper shows to templates the same way as the guide's records.
 */
final class ModelMaps {
    private ModelMaps() {
    }

    /** The model's values by name, {@code type} left out (JBake's own header). */
    static Map<String, Object> of(PageModel model) {
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) plain(model);
        values.remove("type");
        values.values().removeIf(v -> v == null);
        return values;
    }

    private static Object plain(Object value) {
        if (value instanceof Record record) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    Object v = component.getAccessor().invoke(record);
                    if (v != null) {
                        map.put(component.getName(), plain(v));
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return map;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(plain(v)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        return value;
    }
}
