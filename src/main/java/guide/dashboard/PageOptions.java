package guide.dashboard;

/**
 * How the preview serves the dashboard page (it exists only there: downloads, the import form and live updates).
 *
 * @param stylesheet the site's style sheet address (content-hashed)
 * @param token      the preview run's write token, embedded in the import form
 */
public record PageOptions(String stylesheet, String token) {
    /** Where the preview serves the dashboard and its files. */
    public static final String BASE = "/__guide/translations";
    public static final String SCRIPT = "/__guide/dashboard.js";
    public static final String STYLE = "/__guide/dashboard.css";
    public static final String IMPORT = BASE + "/import";
    public static final String XLIFF = BASE + "/xliff";
    public static final String XLIFF_ZIP = BASE + "/xliff.zip";
}
