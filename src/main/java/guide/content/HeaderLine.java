package guide.content;

import java.util.Optional;

/**
 * One {@code key=value} header line as the page reader reads it: the key and the value are what is left of the text
 * before and after the first {@code =} with what an editor cannot see stripped from their ends ({@link InvisibleEdges}:
 * spaces, tabs, no-break spaces, a byte order mark, zero-width characters). The build ({@link FrontMatterParser}) and the
 * tools that rewrite a header line (the stamp, the XLIFF import) all read a line by this one rule, so a line the build
 * reads as {@code sourceRevision} (typed {@code  sourceRevision = …}) is the line a tool replaces, not one it adds a
 * second to.
 */
public record HeaderLine(String key, String value) {
    /** The key and value of {@code line} (without its line end); empty when it has no {@code =} after its first character. */
    public static Optional<HeaderLine> of(String line) {
        int eq = line.indexOf('=');
        if (eq <= 0) {
            return Optional.empty();
        }
        return Optional.of(new HeaderLine(InvisibleEdges.strip(line.substring(0, eq)), InvisibleEdges.strip(line.substring(eq + 1))));
    }
}
