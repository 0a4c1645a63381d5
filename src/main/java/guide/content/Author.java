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
 * @param url      the author's own site, or {@link #ABOUT_PAGE} for the site's own team (each language's about page); or null
 * @param profiles links to profiles elsewhere, in display order
 * @param schemaType schema.org type: {@code Person}, or {@code Organization} for a team
 */
public record Author(String id, String schemaType, Map<String, String> names, Map<String, String> creditNames, Map<String, String> role,
                     Map<String, String> bio,
                     String url, List<Profile> profiles) {

    /**
     * The {@code url} that makes an author the site's own team ({@code url: about}): the name links, in each language, to the
     * about page the header links to ({@code aboutUrl} in {@code templates/i18n/<lang>.yaml}), so that renaming that page or
     * keeping it a draft is done in one place.
     */
    public static final String ABOUT_PAGE = "about";

    /** Whether the author is the site's own team, whose page is each language's about page ({@link #ABOUT_PAGE}). */
    public boolean aboutPage() {
        return ABOUT_PAGE.equals(url);
    }

    /** A link to one of the author's profiles. */
    public record Profile(String label, String url) {
    }
}
