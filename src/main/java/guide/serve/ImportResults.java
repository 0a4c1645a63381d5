package guide.serve;

import guide.dashboard.ImportOutcome;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The outcomes of the last imports, for the page the browser is sent to after its POST
 * ({@code /__guide/translations?import=ID}): reloading that page, as the live update does, shows
 * the outcome again instead of sending the files a second time. Kept in memory, the last 20.
 */
final class ImportResults {
    private static final int KEPT = 20;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, ImportOutcome> outcomes = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ImportOutcome> eldest) {
            return size() > KEPT;
        }
    };

    synchronized String keep(ImportOutcome outcome) {
        byte[] id = new byte[8];
        random.nextBytes(id);
        String key = HexFormat.of().formatHex(id);
        outcomes.put(key, outcome);
        return key;
    }

    synchronized Optional<ImportOutcome> find(String id) {
        return Optional.ofNullable(id == null ? null : outcomes.get(id));
    }
}
