package guide.page;

import java.io.Serializable;

/**
 * The date of the legal status a page's legal statements describe ({@code legalStatus=} in its front
 * matter), shown with a "not legal advice" line in the reader's language.
 */
public record LegalNotice(DateText status) implements Serializable {
}
