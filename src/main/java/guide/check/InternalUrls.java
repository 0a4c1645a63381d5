package guide.check;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Which links point into the site, and where: shared by the checks that follow links. */
final class InternalUrls {
    private InternalUrls() {
    }

    /**
     * The target of a link on {@code page} as a root-relative URL (with any query and fragment), or
     * empty for external, mail and other non-page links. Links to the site's own absolute URL count as internal.
     */
    static Optional<String> target(String siteUrl, String page, String raw) {
        String href = raw.strip();
        if (href.startsWith(siteUrl + "/") || href.equals(siteUrl)) {
            href = href.substring(siteUrl.length());
            href = href.isEmpty() ? "/" : href;
        }
        if (hasScheme(href) || href.startsWith("//")) {
            return Optional.empty();
        }
        if (href.startsWith("#")) {
            return Optional.of("/" + page + href);
        }
        if (!href.startsWith("/")) {
            try {
                href = URI.create("/" + page).resolve(href).toString();
            } catch (IllegalArgumentException ex) {
                // A raw space, a stray % and the like, which browsers take as written: still relative to the page.
                href = resolveAsWritten(page, href);
            }
        }
        return Optional.of(href);
    }

    /** The address without its query and fragment: {@code /pl/a/?x#b} is {@code /pl/a/}. */
    static String withoutQueryOrFragment(String url) {
        int cut = url.length();
        for (char c : new char[]{'?', '#'}) {
            int at = url.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return url.substring(0, cut);
    }

    /**
     * The file name a URL's path (without query or fragment) stands for, as browsers and hosts read it:
     * {@code %XX} escapes decoded as UTF-8 ({@code my%20photo.png} is {@code my photo.png}, {@code %C5%BC}
     * is {@code ż}); empty for a malformed escape ({@code %zz}) or bytes that are not UTF-8.
     */
    static Optional<String> decoded(String path) {
        if (path.indexOf('%') < 0) {
            return Optional.of(path);
        }
        byte[] in = path.getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(in.length);
        for (int i = 0; i < in.length; i++) {
            if (in[i] != '%') {
                out.put(in[i]);
                continue;
            }
            int high = i + 2 < in.length ? Character.digit((char) in[i + 1], 16) : -1;
            int low = high >= 0 ? Character.digit((char) in[i + 2], 16) : -1;
            if (low < 0) {
                return Optional.empty();
            }
            out.put((byte) (high * 16 + low));
            i += 2;
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(out.flip()).toString());
        } catch (CharacterCodingException ex) {
            return Optional.empty();
        }
    }

    /** A relative address {@link URI} cannot parse, resolved against the page's folder by hand (RFC 3986, 5.2). */
    private static String resolveAsWritten(String page, String href) {
        int cut = href.length();
        for (char c : new char[] {'?', '#'}) {
            int at = href.indexOf(c);
            cut = at >= 0 ? Math.min(cut, at) : cut;
        }
        if (cut == 0) {
            return "/" + page + href;
        }
        String[] segments = (page.substring(0, page.lastIndexOf('/') + 1) + href.substring(0, cut)).split("/", -1);
        Deque<String> kept = new ArrayDeque<>();
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.equals("..") && !kept.isEmpty() && !kept.peekLast().equals("..")) {
                kept.removeLast();
            } else if (!segment.equals(".")) {
                kept.addLast(segment); // a ".." above the root stays, as URI.normalize keeps it: no file is served from there
                continue;
            }
            if (i == segments.length - 1) {
                kept.addLast(""); // "a/." and "a/b/.." name the folder a/
            }
        }
        return "/" + String.join("/", kept) + href.substring(cut);
    }

    /** The address starts with a scheme ({@code https:}, {@code mailto:}, {@code tel:}): a letter, then letters, digits, {@code + . -}, then a colon (RFC 3986, 3.1). */
    private static boolean hasScheme(String href) {
        if (href.isEmpty() || !isAsciiLetter(href.charAt(0))) {
            return false;
        }
        for (int i = 1; i < href.length(); i++) {
            char c = href.charAt(i);
            if (c == ':') {
                return true;
            }
            if (!(isAsciiLetter(c) || c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-')) {
                return false;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
