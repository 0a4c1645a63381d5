package guide.publish;

import java.util.Locale;

/**
 * What a site file is to a publish: the order of uploads depends on it. Pages link to assets and
 * to other pages, so assets go first, then new pages, then changed pages, and files the site no
 * longer has are removed last: a reader never follows a link to a file that is not there yet.
 */
public enum FileKind {
    /** What readers open by address or what lists addresses: HTML, feeds, the sitemap, robots.txt, the search index. */
    PAGE,
    /** What pages load: style sheets, scripts, images, fonts, the favicon. */
    ASSET;

    public static FileKind of(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".xml") || name.endsWith(".txt") || name.endsWith(".json") ? PAGE : ASSET;
    }
}
