package guide.build;

import guide.site.Problem;

import java.util.List;

/**
 * A draft's page as the preview serves it, never written to the output: rendered as the build renders it for its checks
 * ({@link DraftChecks}), with the bar that says it is a draft and {@code noindex}; or, when the build cannot make it (raw
 * HTML, a legal citation, a quiz checklist that does not read, a template that stops), no page but what stops it, for the
 * preview to show at the draft's address instead.
 *
 * @param notice     the build's warning that names the draft ("content/en/late-fees.md: draft, not published")
 * @param url        its address, e.g. {@code /en/late-fees/}
 * @param outputPath where a build would write it once published, e.g. {@code en/late-fees/index.html}
 * @param html       the page; null when it cannot be made
 * @param problems   what stops the page being made, each at its file and line; empty when it is made
 * @param key        what names the draft apart from its file, to find it again once renamed; null when not known
 */
public record DraftPage(String notice, String url, String outputPath, String html, List<Problem> problems, DraftKey key) {
    /** How the build's warning that names a draft ends, after the draft's file. */
    static final String NOTICE_END = ": draft, not published";

    public DraftPage {
        problems = List.copyOf(problems);
    }

    /** A draft whose page is made, or not for {@code problems}, with no {@link #key()}. */
    public DraftPage(String notice, String url, String outputPath, String html, List<Problem> problems) {
        this(notice, url, outputPath, html, problems, null);
    }

    /** A draft whose page is made, with no {@link #key()}. */
    public DraftPage(String notice, String url, String outputPath, String html) {
        this(notice, url, outputPath, html, List.of());
    }

    /** A draft whose page cannot be made, for {@code problems}. */
    static DraftPage unmade(String notice, String url, String outputPath, List<Problem> problems, DraftKey key) {
        return new DraftPage(notice, url, outputPath, null, problems, key);
    }

    /** The draft's file as the build names it ({@code content/en/late-fees.md}), from its {@link #notice()}. */
    public String source() {
        return sourceOf(notice);
    }

    /** The draft's file a draft's {@code notice} names. */
    static String sourceOf(String notice) {
        return notice.endsWith(NOTICE_END) ? notice.substring(0, notice.length() - NOTICE_END.length()) : notice;
    }

    /** Whether the page is made ({@link #html()} is there). */
    public boolean made() {
        return html != null;
    }
}
