package guide.site;

import java.nio.file.Path;

/**
 * One {@code key=value} line of {@code jbake.properties}, with where it is, so that whoever
 * validates it can point at the line.
 *
 * @param value the value, trimmed
 * @param line  1-based line in {@code jbake.properties}, or 0 when not found as a line of its own
 */
public record Setting(String key, String value, int line) {

    /** A problem located at this setting's line: {@code jbake.properties:12: message}. */
    public Problem problem(String message) {
        return new Problem(Path.of(SiteConfig.FILE_NAME), line, message);
    }
}
