package guide.publish;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An nginx snippet for a server that serves the built site: include it inside the {@code server}
 * block whose {@code root} is the site folder. It sets the security headers on every response
 * (nginx drops a block's {@code add_header} lines when a nested location has its own, so every
 * location repeats them), the cache policy, UTF-8 for text, compression of text, Atom for the feeds, and each
 * language's not-found page, and the permanent redirects of renamed pages' earlier addresses. It is written next to the site folder, not into it, so it is never
 * served to readers; the {@code _headers} and {@code _redirects} files meant for other hosts answer
 * "not found" as a missing file does.
 */
public final class NginxConfig {
    private static final String SITEMAP = "sitemap.xml";

    private NginxConfig() {
    }

    public static String text(HostSite site) {
        StringBuilder s = new StringBuilder();
        // The project's command, not GuideCommand.name(): the site is the same wherever the build was typed.
        s.append("# nginx: include inside the server block whose root is the built site. Written by ./guide build (do not edit here).\n");
        s.append("charset utf-8;\n");
        // Scripts are text/javascript in newer mime.types (RFC 9239), application/javascript in older ones: both get UTF-8.
        s.append("charset_types text/css text/plain text/xml text/javascript application/javascript application/json application/xml"
                + " application/atom+xml image/svg+xml;\n");
        s.append("index index.html;\n");
        // Redirects (a folder's address without its slash) name the path only: behind a proxy that ends TLS, an absolute
        // one would send readers to http:// and the proxy's own port.
        s.append("absolute_redirect off;\n");
        if (site.https()) {
            hsts(s);
        }
        // Text compressed on the way (nginx's default compresses HTML alone, and only where gzip is on): the style
        // sheets, scripts and search index shards are most of what a first visit fetches.
        s.append("gzip on;\ngzip_vary on;\ngzip_min_length 256;\ngzip_types text/css text/plain text/xml text/javascript application/javascript"
                + " application/json application/xml application/atom+xml image/svg+xml;\n\n");
        // Outside the languages' folders: the root not-found page, in every language.
        String fallback = site.files().contains(HostFiles.ROOT_NOT_FOUND) ? "/" + HostFiles.ROOT_NOT_FOUND : null;
        location(s, "location /", fallback, CachePolicy.REVALIDATE, site, List.of("try_files $uri $uri/ =404;"));
        for (Map.Entry<String, String> page : site.notFoundPages().entrySet()) {
            location(s, "location ^~ /" + page.getKey() + "/", "/" + page.getValue(), CachePolicy.REVALIDATE, site,
                    List.of("try_files $uri $uri/ =404;"));
        }
        for (CacheRule rule : CacheRules.of(site)) {
            if (rule.policy() == CachePolicy.IMMUTABLE) {
                // A missing hashed file gets the root not-found page, revalidated: never a 404 cached for a year as immutable.
                location(s, (rule.folder() ? "location ^~ " : "location = ") + rule.path(), fallback, rule.policy(), site,
                        List.of(types(site, rule)));
            }
        }
        for (String file : site.files()) {
            // The feeds are Atom, the sitemap application/xml (mime.types says text/xml): as object storage gets them.
            if (file.equals(ContentTypes.FEED_NAME) || file.endsWith("/" + ContentTypes.FEED_NAME) || file.equals(SITEMAP)) {
                location(s, "location = /" + file, null, site.policyOf(file), site,
                        List.of("types { }", "default_type " + mediaType(file) + ";"));
            }
        }
        for (MovedPage page : site.moved()) {
            // Exact locations win over the language's folder, and over the forwarding page written at the old address.
            for (String from : page.addressForms()) {
                location(s, "location = " + from, null, CachePolicy.REVALIDATE, site, List.of("return 301 " + page.to() + ";"));
            }
        }
        // The header and redirect rules of other hosts are not pages: "not found" as any missing file, with the headers.
        location(s, "location ~ ^/_(headers|redirects)$", fallback, CachePolicy.REVALIDATE, site, List.of("return 404;"));
        return s.toString();
    }

    /**
     * HSTS only where the reader came over HTTPS (browsers ignore it over plain HTTP, RFC 6797 §8.1): on a connection nginx
     * ends with TLS, or one a proxy that ended TLS forwards (X-Forwarded-Proto, which nginx cannot check the sender of; a
     * client that forges it over plain HTTP gets a header its browser ignores). {@code map} belongs in the http block, which
     * the snippet is not in; {@code set} in an {@code if} of the server block is nginx's safe use of {@code if}, and
     * {@code add_header} leaves out a header whose value is empty.
     */
    private static void hsts(StringBuilder s) {
        s.append("# HSTS over HTTPS only: directly, or from a proxy that ended TLS.\n");
        s.append("set $guide_hsts \"\";\n");
        s.append("if ($scheme = https) {\n    set $guide_hsts \"").append(SecurityHeaders.HSTS).append("\";\n}\n");
        s.append("if ($http_x_forwarded_proto = https) {\n    set $guide_hsts \"").append(SecurityHeaders.HSTS).append("\";\n}\n");
    }

    /**
     * The types of the hashed style sheets and scripts a rule covers, as {@link ContentTypes} gives them to object storage:
     * Debian's {@code /etc/nginx/mime.types} says {@code application/javascript} for scripts, RFC 9239 and the
     * other hosts {@code text/javascript}. A {@code types} block in a location replaces the server's for it alone.
     */
    private static String types(HostSite site, CacheRule rule) {
        String under = rule.path().substring(1);
        Map<String, String> byExtension = new TreeMap<>();
        for (String file : site.files()) {
            if (rule.folder() ? file.startsWith(under) : file.equals(under)) {
                byExtension.put(file.substring(file.lastIndexOf('.') + 1), mediaType(file));
            }
        }
        StringBuilder block = new StringBuilder("types {");
        byExtension.forEach((extension, type) -> block.append(' ').append(type).append(' ').append(extension).append(';'));
        return block.append(" }").toString();
    }

    /**
     * The type without its charset, which {@code charset_types} adds: nginx compares {@code gzip_types} with the whole
     * {@code default_type}, so one that names its charset would never be compressed.
     */
    private static String mediaType(String file) {
        String type = ContentTypes.of(file);
        int semicolon = type.indexOf(';');
        return semicolon < 0 ? type : type.substring(0, semicolon);
    }

    private static void location(StringBuilder s, String head, String notFound, CachePolicy policy, HostSite site, List<String> extra) {
        s.append(head).append(" {\n");
        if (notFound != null) {
            s.append("    error_page 404 ").append(notFound).append(";\n");
        }
        extra.forEach(line -> s.append("    ").append(line).append('\n'));
        // "always" puts a header on error responses too: right for "revalidate", never for "immutable".
        s.append("    add_header Cache-Control \"").append(policy.header()).append(policy == CachePolicy.IMMUTABLE ? "\";\n" : "\" always;\n");
        SecurityHeaders.forSite(site.https()).forEach((name, value) -> s.append("    add_header ").append(name).append(" \"")
                .append(name.equals(SecurityHeaders.HSTS_NAME) ? "$guide_hsts" : value).append("\" always;\n"));
        s.append("}\n");
    }
}
