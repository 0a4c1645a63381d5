package guide.bench;

/**
 * An engine of the cold-build table, in the order the table and the per-page costs list them. Hugo
 * followed by Pagefind is an engine of its own: Hugo doing what the guide does, pages and a search
 * index.
 */
enum Engine {
    GUIDE("guide"),
    PLAIN_JBAKE("plain JBake"),
    HUGO("Hugo"),
    HUGO_PAGEFIND("Hugo + Pagefind");

    private final String label;

    Engine(String label) {
        this.label = label;
    }

    /** How the report names it: "guide", "plain JBake", "Hugo", "Hugo + Pagefind". */
    String label() {
        return label;
    }
}
