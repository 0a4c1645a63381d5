package guide.page;

import java.io.Serializable;
import java.util.List;

/**
 * An author as a page shows them (author box, byline, JSON-LD), in the page's language, from
 * {@code content/authors.yaml}.
 *
 * @param schemaType  {@code Person}, or {@code Organization} for a team
 * @param personId    the JSON-LD {@code @id}, the same in every language
 * @param creditName  the name as it reads in "based on an article by …" in this language (Polish: genitive)
 * @param url         the author's own site; for the site's own team ({@code url: about}) the language's about page, an address
 *                    on the site ({@code /en/about/}); or null
 */
public record AuthorCard(String id, String schemaType, String personId, String name, String creditName, String role, String bio, String url,
                         List<Profile> profiles) implements Serializable {

    /** A link to one of the author's profiles elsewhere. */
    public record Profile(String label, String url) implements Serializable {
    }
}
