package guide.publish;

import guide.site.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The order in which to name fingerprinted assets: every asset after the ones it imports, since
 * its hash covers their names. Assets that import each other in a cycle cannot all be named by
 * their content; that is a problem the editor must solve (move what they share into a third module).
 */
final class ImportOrder {
    private ImportOrder() {
    }

    /**
     * @param references each fingerprinted asset (path relative to the asset folder) and what it imports
     * @param shown      how to name an asset in a problem
     * @return the assets, each after those it imports; ties in path order
     */
    static List<String> of(Map<String, List<AssetReference>> references, Function<String, Path> shown, List<Problem> problems) {
        List<String> order = new ArrayList<>();
        Map<String, Boolean> done = new HashMap<>(); // false while on the current path, true when placed
        for (String file : references.keySet()) {
            visit(file, references, done, order, new ArrayList<>(), shown, problems);
        }
        return order;
    }

    private static void visit(String file, Map<String, List<AssetReference>> references, Map<String, Boolean> done, List<String> order,
                              List<String> path, Function<String, Path> shown, List<Problem> problems) {
        Boolean state = done.get(file);
        if (Boolean.TRUE.equals(state)) {
            return;
        }
        if (Boolean.FALSE.equals(state)) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(file), path.size()));
            cycle.add(file);
            AssetReference back = references.get(path.get(path.size() - 1)).stream()
                    .filter(r -> r.target() != null && r.target().equals("/" + file)).findFirst().orElseThrow();
            problems.add(new Problem(shown.apply(path.get(path.size() - 1)), back.line(), back.verb() + " " + back.specifier()
                    + ", which imports it back (" + String.join(" -> ", cycle) + "): modules that import each other cannot get"
                    + " content-hashed names; move what they share into a module of its own"));
            return;
        }
        done.put(file, false);
        path.add(file);
        for (AssetReference ref : references.get(file)) {
            String target = ref.target() == null ? null : ref.target().substring(1);
            if (target != null && references.containsKey(target)) {
                visit(target, references, done, order, path, shown, problems);
            }
        }
        path.remove(path.size() - 1);
        done.put(file, true);
        order.add(file);
    }
}
