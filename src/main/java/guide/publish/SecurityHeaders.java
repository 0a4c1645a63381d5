package guide.publish;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security headers every response of the site carries, in one place: the Content Security
 * Policy (also written into each page as a {@code <meta>} for hosts that cannot set headers,
 * without {@code frame-ancestors}, which browsers ignore there), and, where the host can send them,
 * {@code frame-ancestors 'none'} (no site may frame the guide), HSTS, no MIME sniffing and the
 * referrer policy.
 */
public final class SecurityHeaders {
    /** The policy the pages need: everything from the site itself, nothing inline, no plugins. */
    public static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
    /** The policy as a header: the page policy plus what only a header can say. */
    public static final String HEADER_POLICY = PAGE_POLICY + "; frame-ancestors 'none'";
    /** One year; sent only for a site served over HTTPS. Subdomains are left to their owners. */
    public static final String HSTS = "max-age=31536000";
    /** HSTS's header, which a host that serves plain HTTP too sends over HTTPS only ({@link NginxConfig}). */
    public static final String HSTS_NAME = "Strict-Transport-Security";

    private SecurityHeaders() {
    }

    /**
     * The headers for every response, in a fixed order.
     *
     * @param https whether the site is served over HTTPS ({@code site.host} starts with https://): only then HSTS
     */
    public static Map<String, String> forSite(boolean https) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", HEADER_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        if (https) {
            headers.put(HSTS_NAME, HSTS);
        }
        return headers;
    }
}
