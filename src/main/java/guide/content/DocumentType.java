package guide.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of content file the guide knows, and where each one is published. */
public enum DocumentType {
    /** An article: {@code /lang/slug/}. */
    POST("post"),
    /** A standing page such as "about": {@code /lang/slug/}. */
    PAGE("page"),
    /** A language's home page: {@code /lang/}. */
    HOME("home"),
    /** A self-assessment checklist, rendered as a scored quiz: {@code /lang/slug/}. */
    QUIZ("quiz"),
    /** A language's "page not found" page: {@code /lang/404.html}. */
    NOTFOUND("notfound");

    private final String header;

    DocumentType(String header) {
        this.header = header;
    }

    /** The value of {@code type=} in front matter. */
    public String header() {
        return header;
    }

    /** Every value {@code type=} may take, as a message lists them: "post, page, home, quiz or notfound". */
    public static String choices() {
        List<String> all = Arrays.stream(values()).map(DocumentType::header).toList();
        return String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
    }

    public static Optional<DocumentType> fromHeader(String value) {
        return Arrays.stream(values()).filter(t -> t.header.equals(value)).findFirst();
    }
}
