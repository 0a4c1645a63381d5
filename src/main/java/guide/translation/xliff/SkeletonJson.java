package guide.translation.xliff;

import guide.translation.SourceRevision;
import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.JSONValue;
import org.json.simple.parser.JSONParser;
import org.json.simple.parser.ParseException;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tool's own data in an XLIFF file's {@code <skl><internal-file>}: the body's skeleton and
 * what import needs to put the translation back (its file, translationKey and the source
 * revision the file was made from), each unit's target and state as exported ({@link UnitFingerprint}), and the translation's
 * own stamp and a hash of its text at export ({@link NewerStamp}). CAT tools carry the skeleton through untouched; a translator
 * never sees it.
 */
final class SkeletonJson {
    static final String FORM = "application/json";
    /** 2: whole-section units ({@code s...} slots) and the list of those that may come back empty. */
    private static final long FORMAT = 2;

    /**
     * What the skeleton records besides the body; {@code damagedExportId}, an {@code "exportId"} that is not one, as JSON text (then
     * {@code exportId} is empty).
     */
    record Data(String targetPath, String translationKey, SourceRevision revision, Skeleton skeleton, Set<String> optional,
                Map<String, String> exported, Optional<String> translationStamp,
                Optional<String> translationText, Optional<ExportId> exportId, Optional<String> damagedExportId) {
    }

    private SkeletonJson() {
    }

    @SuppressWarnings("unchecked")
    static String write(XliffDocument doc, ExportId exportId) {
        JSONArray parts = new JSONArray();
        for (Skeleton.Part part : doc.skeleton().parts()) {
            if (part instanceof Skeleton.Literal literal) {
                parts.add(literal.markdown());
            } else {
                JSONObject slot = new JSONObject();
                slot.put("unit", ((Skeleton.Slot) part).unitId());
                parts.add(slot);
            }
        }
        JSONObject json = new JSONObject();
        json.put("format", FORMAT);
        json.put("target", doc.targetPath());
        json.put("translationKey", doc.translationKey());
        json.put("sourceRevision", doc.revision().toString());
        json.put("body", parts);
        JSONArray optional = new JSONArray();
        doc.optional().stream().sorted().forEach(optional::add);
        json.put("optional", optional);
        Map<String, String> exported = new TreeMap<>();
        doc.units().forEach(unit -> exported.put(unit.unit().id(), UnitFingerprint.of(unit)));
        json.put("exported", exported); // a TreeMap: written in the order of its ids, so an export is the same bytes each time
        json.put("translationStamp", doc.translationStamp());
        json.put("translationText", doc.translationText());
        json.put("exportId", exportId.value());
        return json.toJSONString();
    }

    /** The data, or empty when the text is not a skeleton this tool wrote. */
    static Optional<Data> read(String text) {
        Object parsed;
        try {
            parsed = new JSONParser().parse(text);
        } catch (ParseException | RuntimeException e) {
            return Optional.empty();
        }
        if (!(parsed instanceof JSONObject json) || !(json.get("format") instanceof Long format) || format < 1 || format > FORMAT
                || !(json.get("target") instanceof String target) || !(json.get("translationKey") instanceof String key)
                || !(json.get("sourceRevision") instanceof String revisionText) || !(json.get("body") instanceof JSONArray parts)) {
            return Optional.empty();
        }
        Optional<SourceRevision> revision = SourceRevision.parse(revisionText);
        if (revision.isEmpty()) {
            return Optional.empty();
        }
        Skeleton.Builder skeleton = new Skeleton.Builder();
        for (Object part : parts) {
            if (part instanceof String literal) {
                skeleton.literal(literal);
            } else if (part instanceof JSONObject slot && slot.get("unit") instanceof String unit) {
                skeleton.slot(unit);
            } else {
                return Optional.empty();
            }
        }
        Set<String> optional = new HashSet<>();
        if (json.get("optional") instanceof JSONArray ids) {
            for (Object id : ids) {
                if (!(id instanceof String unit)) {
                    return Optional.empty();
                }
                optional.add(unit);
            }
        }
        Map<String, String> exported = new HashMap<>(); // none in a file exported by a guide older than 4 December 2026 (evening)
        if (json.get("exported") instanceof JSONObject units) {
            for (Object entry : units.entrySet()) {
                if (!(entry instanceof Map.Entry<?, ?> unit) || !(unit.getKey() instanceof String id) || !(unit.getValue() instanceof String hash)) {
                    return Optional.empty();
                }
                exported.put(id, hash);
            }
        }
        // none in a file exported by a guide older than 6 December 2026 (evening)
        Optional<String> stamp = json.get("translationStamp") instanceof String s ? Optional.of(s) : Optional.empty();
        // none in a file exported before the export recorded the text (judged by its stamp alone)
        Optional<String> textHash = json.get("translationText") instanceof String h ? Optional.of(h) : Optional.empty();
        // none in a file exported before late on 6 December 2026; one that cannot be read is said so (DamagedExportId)
        Object id = json.get("exportId");
        Optional<ExportId> exportId = id instanceof String s ? ExportId.parse(s) : Optional.empty();
        Optional<String> damaged = id != null && exportId.isEmpty() ? Optional.of(JSONValue.toJSONString(id)) : Optional.empty();
        return Optional.of(new Data(target, key, revision.get(), skeleton.build(), optional, exported, stamp, textHash, exportId, damaged));
    }
}
