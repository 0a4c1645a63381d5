package guide.search;

import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Cuts the index's strings (folded forms and keys) into shards by prefix: one letter first, and a
 * prefix whose strings weigh more than the limit is split by the next letter, so every shard stays
 * small whatever the size of the site. A string belongs to the longest listed prefix it starts
 * with, which is also how the browser finds the shard of a typed word.
 */
final class ShardPlan {
    static final int MAX_DEPTH = 8;

    private ShardPlan() {
    }

    /** The prefixes, given each string's estimated bytes. */
    static SortedSet<String> prefixes(NavigableMap<String, Integer> costs, int limit) {
        SortedSet<String> prefixes = new TreeSet<>();
        Map<String, Integer> firsts = new TreeMap<>();
        costs.keySet().forEach(s -> firsts.merge(first(s, 1), 1, Integer::sum));
        for (String first : firsts.keySet()) {
            split(first, costs, limit, prefixes);
        }
        return prefixes;
    }

    private static void split(String prefix, NavigableMap<String, Integer> costs, int limit, SortedSet<String> into) {
        NavigableMap<String, Integer> under = costs.subMap(prefix, true, prefix + Character.MAX_VALUE, false);
        long total = under.values().stream().mapToLong(Integer::longValue).sum();
        int depth = prefix.codePointCount(0, prefix.length());
        if (total <= limit || depth >= MAX_DEPTH) {
            into.add(prefix);
            return;
        }
        if (under.containsKey(prefix)) {
            into.add(prefix);
        }
        SortedSet<String> children = new TreeSet<>();
        for (String s : under.keySet()) {
            if (s.length() > prefix.length()) {
                children.add(first(s, depth + 1));
            }
        }
        for (String child : children) {
            split(child, costs, limit, into);
        }
    }

    private static String first(String s, int codePoints) {
        return s.substring(0, s.offsetByCodePoints(0, Math.min(codePoints, s.codePointCount(0, s.length()))));
    }

    /**
     * The shard of a string: its longest prefix in the plan, or null. The index looks up every form and key of a language
     * (tens of thousands per save in the preview): given the plan as a hash set, each of the up to eight prefixes tried is one
     * hash lookup instead of a walk down a sorted set, and each is cut where the one before ended, one code point shorter.
     */
    static String shardOf(String s, Set<String> prefixes) {
        int end = s.offsetByCodePoints(0, Math.min(s.codePointCount(0, s.length()), MAX_DEPTH));
        while (end > 0) {
            String p = s.substring(0, end);
            if (prefixes.contains(p)) {
                return p;
            }
            end = s.offsetByCodePoints(end, -1);
        }
        return null;
    }

    /** A file name for a folded string: a to z and 0 to 9 as they are, any other character as _hex_. */
    static String fileName(String s) {
        StringBuilder name = new StringBuilder();
        s.codePoints().forEach(c -> {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                name.append((char) c);
            } else {
                name.append('_').append(Integer.toHexString(c)).append('_');
            }
        });
        return name.toString();
    }
}
