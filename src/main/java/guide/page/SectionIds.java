package guide.page;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.RememberedHeadingIds;

import java.util.List;

/**
 * The ids an editor gave a document's section headings ({@code ## Heading {#id}}, {@code ###} and
 * {@code ####} too), read from its Markdown ({@link guide.content.HeadingIds}): the ids its page's headings keep
 * (the heading anchors give an id written so to its first heading, before any id made from a
 * heading's text), which editors keep the same in every language.
 * The language switch of a translation offers them, so a reader in one of these sections lands on it
 * in the other language ({@link SwitchOption#sections}). Headings without an id get one made from
 * their text, different in each language: none of those. Lines in fenced code are not headings.
 */
public final class SectionIds {

    private SectionIds() {
    }

    /** The ids, in the order of the headings; none for a quiz, whose sections are its checklist's, not headings of a text. */
    public static List<String> of(ContentDocument doc) {
        if (doc.type() == DocumentType.QUIZ) {
            return List.of();
        }
        return List.copyOf(RememberedHeadingIds.ofSections(doc.body()));
    }
}
