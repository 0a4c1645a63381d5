package guide.translation.xliff;

/**
 * What an inline placeholder stands for in the text around it: the start or the end of a span of
 * text (the {@code **} before and after bold words, the {@code [} and {@code ](url)} around a
 * link's text), or a piece of Markdown on its own (inline code, a footnote marker, a line break).
 * XLIFF 1.2 writes them as {@code <bpt>}, {@code <ept>} and {@code <ph>}.
 */
public enum TagRole {
    OPEN("bpt"), CLOSE("ept"), STANDALONE("ph");

    private final String element;

    TagRole(String element) {
        this.element = element;
    }

    /** The XLIFF 1.2 element name. */
    public String element() {
        return element;
    }

    /** The role of an XLIFF 1.2 element name, or null for another element. */
    public static TagRole ofElement(String name) {
        for (TagRole role : values()) {
            if (role.element.equals(name)) {
                return role;
            }
        }
        return null;
    }
}
