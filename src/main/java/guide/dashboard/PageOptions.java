package guide.dashboard;

import guide.translation.GitHistory;

/**
 * How the preview serves the dashboard page (it exists only there: downloads, the import form and live updates).
 *
 * @param stylesheet the site's style sheet address (content-hashed)
 * @param token      the preview run's write token, embedded in the import form
 * @param history    what the project's git history is, for the note under an edited block whose old text is not known
 */
public record PageOptions(String stylesheet, String token, GitHistory history) {
    /** Options for a page whose project's git history was not looked at ({@link GitHistory#UNKNOWN}). */
    public PageOptions(String stylesheet, String token) {
        this(stylesheet, token, GitHistory.UNKNOWN);
    }

    /** Where the preview serves the dashboard and its files. */
    public static final String BASE = "/__guide/translations";
    public static final String SCRIPT = "/__guide/dashboard.js";
    public static final String STYLE = "/__guide/dashboard.css";
    public static final String IMPORT = BASE + "/import";
    public static final String XLIFF = BASE + "/xliff";
    public static final String XLIFF_ZIP = BASE + "/xliff.zip";
}
