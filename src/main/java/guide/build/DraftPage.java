package guide.build;

/**
 * A draft's page as the preview serves it, never written to the output: rendered as the build renders it for its checks
 * ({@link DraftChecks}), with the bar that says it is a draft and {@code noindex}.
 *
 * @param notice     the build's warning that names the draft ("content/en/late-fees.md: draft, not published")
 * @param url        its address, e.g. {@code /en/late-fees/}
 * @param outputPath where a build would write it once published, e.g. {@code en/late-fees/index.html}
 * @param html       the page
 */
public record DraftPage(String notice, String url, String outputPath, String html) {
}
