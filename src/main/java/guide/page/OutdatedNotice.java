package guide.page;

import java.io.Serializable;

/**
 * Shown on a translation whose source changed since it was translated: "This translation may be
 * behind the Polish original, updated on 26 November 2026. Read the original".
 *
 * @param url  the source's address
 * @param lang the source's language
 */
public record OutdatedNotice(String text, String url, String lang, String linkText) implements Serializable {
}
