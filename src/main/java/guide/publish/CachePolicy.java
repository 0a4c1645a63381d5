package guide.publish;

/**
 * How long browsers and CDNs may keep a file without asking again. Two kinds, chosen so that no
 * reader ever sees a stale page or a page with the wrong design:
 * <ul>
 * <li>{@link #IMMUTABLE}: style sheets and scripts under content-hashed names; a name never gets
 *     other bytes, so they are kept for a year and never revalidated.</li>
 * <li>{@link #REVALIDATE}: everything else (pages, feeds, the sitemap, the search index, the
 *     favicon, images): kept, but checked with the server before each use (an unchanged file costs
 *     a 304 without a body). Images keep their names, so an editor who replaces one reaches every
 *     reader at once.</li>
 * </ul>
 */
public enum CachePolicy {
    IMMUTABLE("public, max-age=31536000, immutable"),
    REVALIDATE("public, max-age=0, must-revalidate");

    private final String header;

    CachePolicy(String header) {
        this.header = header;
    }

    /** The {@code Cache-Control} value. */
    public String header() {
        return header;
    }
}
