package guide.content;

import java.util.List;
import java.util.Map;

/**
 * A person or team credited for articles, from {@code content/authors.yaml}.
 *
 * @param id       the key used in front matter ({@code author=...})
 * @param names    display name per language (one name for all languages is allowed)
 * @param creditNames the name as it reads after "based on an article by" in each language (Polish: the genitive)
 * @param role     short role per language
 * @param bio      biography per language
 * @param url      the author's own site, or null
 * @param profiles links to profiles elsewhere, in display order
 * @param schemaType schema.org type: {@code Person}, or {@code Organization} for a team
 */
public record Author(String id, String schemaType, Map<String, String> names, Map<String, String> creditNames, Map<String, String> role,
                     Map<String, String> bio,
                     String url, List<Profile> profiles) {

    /** A link to one of the author's profiles. */
    public record Profile(String label, String url) {
    }
}
