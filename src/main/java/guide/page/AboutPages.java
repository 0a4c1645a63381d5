package guide.page;

import guide.content.ContentDocument;
import guide.i18n.UiStrings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each language's about page, the address the header's about link gives ({@code aboutUrl} in
 * {@code templates/i18n/<lang>.yaml}), where it is a published page of that language: the page an author who is the site's
 * own team ({@code url: about} in {@code content/authors.yaml}) is linked to. A language whose about page is a draft, or
 * whose {@code aboutUrl} borrows another language's page, has none here, and the team's name is shown there without a link
 * or structured-data url: the build already warns at the {@code aboutUrl} line ({@link guide.check.BorrowedAboutPage}).
 */
final class AboutPages {
    private AboutPages() {
    }

    /** The about page's address by language, for the languages whose {@code aboutUrl} is a published page of their own. */
    static Map<String, String> of(List<String> languages, UiStrings ui, List<ContentDocument> published) {
        Map<String, String> pages = new LinkedHashMap<>();
        for (String lang : languages) {
            String url = ui.strings(lang).get("aboutUrl");
            if (url != null && published.stream().anyMatch(d -> !d.draft() && d.lang().equals(lang) && d.url().equals(url.split("[?#]", 2)[0]))) {
                pages.put(lang, url);
            }
        }
        return pages;
    }
}
