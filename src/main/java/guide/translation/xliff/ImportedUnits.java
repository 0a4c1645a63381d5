package guide.translation.xliff;

import guide.content.ContentDocument;
import guide.content.HeaderKeys;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which export each unit text of a translation came from, as XLIFF imports recorded it in the translation's header:
 * {@code importedFrom=20261206T214012Z-5f3a9c:1a2b3c4d,5e6f7a8b 20261206T215203Z-9c1e2f:7a8b9c0d}, an {@link ExportId} and the
 * short hashes of the unit texts an import of that export wrote ({@link #hash}). Two exports of one revision are the same
 * units with the same targets, so a unit text alone does not say which file brought it; this does. An import adds the texts
 * its file changed from the export under the file's id and drops those the translation no longer has ({@link #after}), so the
 * line holds no more than one hash per unit. The line is kept only while the translation's stamp falls short of the last
 * import's revision (units left to review, a new page not stamped yet): once an import stamps it with its file's revision,
 * {@link NewerStamp} tells another file's later import apart by the stamp and the text, and that import's own file by its
 * {@link LastImport} line (which an import writes only while this line names no other export: {@link #onlyFrom}), and the import
 * takes this line out, as
 * {@code ./guide translations stamp} does ({@link guide.translation.StampWriter}). A
 * token that cannot be read (an edited line) is left out: its texts count as
 * of unknown origin, as a hand edit's do.
 *
 * @param origins each recorded text's hash, and the export its import came from
 */
record ImportedUnits(Map<String, ExportId> origins) {
    /** The header key. */
    static final String KEY = HeaderKeys.IMPORTED_FROM;
    /** The record of a translation whose header has no such line. */
    static final ImportedUnits NONE = new ImportedUnits(Map.of());
    private static final int HEX_DIGITS = 8;

    ImportedUnits {
        origins = Map.copyOf(origins);
    }

    /** What {@code translation}'s header records; none when it has no such line. */
    static ImportedUnits of(ContentDocument translation) {
        Object value = translation.frontMatter().get(KEY);
        return value == null ? NONE : parse(String.valueOf(value));
    }

    /** The record a header value gives: each token {@code id:hash,hash}; tokens that are not so are left out. */
    static ImportedUnits parse(String value) {
        Map<String, ExportId> origins = new LinkedHashMap<>();
        for (String token : value.strip().split("\\s+")) {
            String[] parts = token.split(":", 2);
            Optional<ExportId> id = parts.length == 2 ? ExportId.parse(parts[0]) : Optional.empty();
            if (id.isPresent()) {
                for (String hash : parts[1].split(",")) {
                    if (hash.matches("[0-9a-f]{" + HEX_DIGITS + "}")) {
                        origins.put(hash, id.get());
                    }
                }
            }
        }
        return new ImportedUnits(origins);
    }

    /** The short hash of a unit's text: its words and where its tags stand, as {@link UnitFingerprint} reads them, state aside. */
    static String hash(TaggedText text) {
        return UnitFingerprint.of(text, null).substring(0, HEX_DIGITS);
    }

    /** The export whose import wrote {@code text}, if an import recorded it. */
    Optional<ExportId> origin(TaggedText text) {
        return Optional.ofNullable(origins.get(hash(text)));
    }

    /**
     * The record after an import of the export {@code id} (none: a file that does not say) that wrote {@code texts}, every unit's
     * text as the translation will have it, and changed {@code changed} of them from its export: those are recorded as the
     * export's; of the rest, only what is recorded already and still in the translation stays.
     */
    ImportedUnits after(Optional<ExportId> id, Collection<TaggedText> texts, Collection<TaggedText> changed) {
        Map<String, ExportId> next = new LinkedHashMap<>();
        for (TaggedText text : texts) {
            String hash = hash(text);
            if (origins.containsKey(hash)) {
                next.put(hash, origins.get(hash));
            }
        }
        id.ifPresent(export -> changed.stream().filter(t -> !t.isEmpty()).forEach(t -> next.put(hash(t), export)));
        return new ImportedUnits(next);
    }

    /** True when every unit text recorded came from the import of {@code export}: so when none is recorded, too. */
    boolean onlyFrom(ExportMark export) {
        return origins.values().stream().allMatch(export::names);
    }

    /** The header value: each export in the order of its id, its hashes sorted; empty when nothing is recorded. */
    String value() {
        Map<String, List<String>> byExport = new TreeMap<>();
        origins.forEach((hash, id) -> byExport.computeIfAbsent(id.value(), k -> new ArrayList<>()).add(hash));
        return byExport.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue().stream().sorted().collect(Collectors.joining(",")))
                .collect(Collectors.joining(" "));
    }
}
