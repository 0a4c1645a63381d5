package guide.translation;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A translation stamp's header value read ({@code pl 3f9a1c2e4b7d 1a2b3c … summary=7e2a90 review=1a2b3c to=en}): the
 * {@link SourceRevision} it gives, or why it gives none, in words for the person who has to fix the line ("its hash
 * '76b7f1aab8zz' is not 12 hex digits"). The named tokens at its end come in any order, each at most once.
 *
 * @param revision the stamp, or empty when the value is none
 * @param fault    what keeps it from being one, or null
 */
record StampLine(Optional<SourceRevision> revision, String fault) {
    private static final String HASH = "[0-9a-f]{6}";
    private static final String REVIEWED = "(" + HASH + "|" + SourceRevision.REVIEW_SUMMARY + ")";

    /** The tokens that may end a stamp, with the values each takes and what should follow its name. */
    private enum Token {
        SUMMARY(SourceRevision.SUMMARY_TOKEN, HASH + "|" + SourceRevision.NO_SUMMARY, "6 hex digits or " + SourceRevision.NO_SUMMARY),
        TARGET(SourceRevision.TARGET_TOKEN, SourceRevision.LANGUAGE, "a language code"),
        REVIEW(SourceRevision.REVIEW_TOKEN, REVIEWED + "(," + REVIEWED + ")*",
                "block hashes (6 hex digits each) or " + SourceRevision.REVIEW_SUMMARY + ", separated by commas");

        private final String name;
        private final String values;
        private final String expected;

        Token(String name, String values, String expected) {
            this.name = name;
            this.values = values;
            this.expected = expected;
        }

        static Optional<Token> of(String part) {
            return Arrays.stream(values()).filter(t -> part.startsWith(t.name)).findFirst();
        }
    }

    private static StampLine fault(String fault) {
        return new StampLine(Optional.empty(), fault);
    }

    static StampLine read(String value) {
        String[] parts = value.strip().split("\\s+");
        if (parts.length < 2) {
            return fault("it needs the source's language and a hash: '" + value.strip() + "'");
        }
        if (!parts[0].matches(SourceRevision.LANGUAGE)) {
            return fault("its first word '" + parts[0] + "' is not a language code");
        }
        if (!parts[1].matches("[0-9a-f]{12}")) {
            return fault("its hash '" + parts[1] + "' is not 12 hex digits");
        }
        int end = parts.length;
        Map<Token, String> named = new EnumMap<>(Token.class);
        // Stops at parts[1] at the latest: the hash, checked above to be hex, is no token.
        for (Optional<Token> kind = Token.of(parts[end - 1]); kind.isPresent(); kind = Token.of(parts[end - 1])) {
            String token = parts[--end];
            String given = token.substring(kind.get().name.length());
            if (named.containsKey(kind.get())) {
                return fault("'" + token + "' repeats " + kind.get().name);
            }
            if (!given.matches(kind.get().values)) {
                return fault("'" + token + "' should be " + kind.get().name + " followed by " + kind.get().expected);
            }
            named.put(kind.get(), given);
        }
        List<String> blocks = List.copyOf(Arrays.asList(parts).subList(2, end));
        Optional<String> wrong = blocks.stream().filter(b -> !b.matches(HASH)).findFirst();
        if (wrong.isPresent()) {
            return fault("'" + wrong.get() + "' is not a block hash (6 hex digits)");
        }
        List<String> review = named.containsKey(Token.REVIEW) ? List.of(named.get(Token.REVIEW).split(",")) : List.of();
        Optional<String> unknown = review.stream().filter(r -> !r.equals(SourceRevision.REVIEW_SUMMARY) && !blocks.contains(r)).findFirst();
        if (unknown.isPresent()) {
            return fault("'" + Token.REVIEW.name + named.get(Token.REVIEW) + "' names " + unknown.get() + ", which is not the hash of any block in this stamp");
        }
        return new StampLine(Optional.of(new SourceRevision(parts[0], parts[1], blocks, named.get(Token.SUMMARY), named.get(Token.TARGET), review)),
                null);
    }
}
