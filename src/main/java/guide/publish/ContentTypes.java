package guide.publish;

import guide.page.Feeds;

import java.util.Locale;
import java.util.Map;

/**
 * The {@code Content-Type} of a site file, from its name: text with {@code charset=utf-8} (the
 * build writes UTF-8), the Atom feeds ({@code feed.xml}) as Atom, unknown kinds as bytes. A fixed
 * table rather than the JDK's guess, which differs between machines.
 */
public final class ContentTypes {
    private static final String UTF8 = "; charset=utf-8";
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html" + UTF8),
            Map.entry("css", "text/css" + UTF8),
            Map.entry("js", "text/javascript" + UTF8),
            Map.entry("mjs", "text/javascript" + UTF8),
            Map.entry("json", "application/json" + UTF8),
            Map.entry("xml", "application/xml" + UTF8),
            Map.entry("txt", "text/plain" + UTF8),
            Map.entry("svg", "image/svg+xml" + UTF8),
            Map.entry("webmanifest", "application/manifest+json" + UTF8),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("pdf", "application/pdf"));
    /** The feeds' file name; any other {@code .xml} (the sitemap) is plain XML. */
    static final String FEED_NAME = Feeds.FILE;

    private ContentTypes() {
    }

    /** The content type for a site path such as {@code pl/feed.xml}. */
    public static String of(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.equals(FEED_NAME)) {
            return "application/atom+xml" + UTF8;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "application/octet-stream" : BY_EXTENSION.getOrDefault(name.substring(dot + 1), "application/octet-stream");
    }
}
