package guide.page;

import java.io.Serializable;

/**
 * The date of the legal status a page's legal statements describe ({@code legalStatus=} in its front
 * matter), shown with a "not legal advice" line in the reader's language.
 *
 * @param text the sentence that gives the date, from {@code legalStatus}: "Stan prawny na 30 listopada 2026 r."
 */
public record LegalNotice(String text) implements Serializable {
}
