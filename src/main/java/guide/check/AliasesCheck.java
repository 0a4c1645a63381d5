package guide.check;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.i18n.UiStrings;
import guide.publish.MovedPage;
import guide.search.SearchIndexFiles;
import guide.site.Problem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A renamed page's earlier addresses ({@code aliases=/en/about/}), which the build redirects to the
 * page: each must be an address a page of the same language could have had, must not be the address
 * of a page, the article archive or the search index (a redirect there would hide it), and may lead
 * to one page only. Drafts redirect nothing, so theirs are left alone.
 */
public final class AliasesCheck {

    public void check(UiStrings ui, List<ContentDocument> documents, List<Problem> problems) {
        Map<String, String> taken = new HashMap<>();
        for (ContentDocument doc : documents) {
            if (!doc.draft()) {
                taken.put(doc.url(), "the address of " + doc.source() + ", which is published");
            }
        }
        Map<String, ContentDocument> claimed = new HashMap<>();
        for (ContentDocument doc : documents) {
            String value = doc.frontMatter().get(MovedPage.HEADER);
            if (doc.draft() || value == null) {
                continue;
            }
            int line = doc.frontMatter().lineOf(MovedPage.HEADER);
            if (doc.type() == DocumentType.NOTFOUND) {
                problems.add(new Problem(doc.source(), line, "aliases: a not-found page has no earlier address to redirect: remove this line"));
                continue;
            }
            reserved(ui, doc.lang(), taken);
            for (String from : MovedPage.addresses(value)) {
                String fault = fault(doc, from, taken, claimed);
                if (fault != null) {
                    problems.add(new Problem(doc.source(), line, "aliases: " + fault));
                } else {
                    claimed.put(from, doc);
                }
            }
        }
    }

    private static void reserved(UiStrings ui, String lang, Map<String, String> taken) {
        String archive = ui.text(lang, "archiveUrl");
        if (archive != null) {
            taken.putIfAbsent(archive, "the article archive's address (archiveUrl)");
        }
        taken.putIfAbsent(SearchIndexFiles.address(lang), "the folder of the search index");
    }

    private static String fault(ContentDocument doc, String from, Map<String, String> taken, Map<String, ContentDocument> claimed) {
        if (!from.matches("/" + Pattern.quote(doc.lang()) + "/[a-z0-9]+(-[a-z0-9]+)*/")) {
            return "'" + from + "' is not an address of a page of this language: write the old address as a path, like /"
                    + doc.lang() + "/old-name/ (without https:// or the domain; lowercase letters, digits and hyphens between slashes)";
        }
        if (from.equals(doc.url())) {
            return from + " is this page's own address: list only the addresses it had before";
        }
        if (taken.containsKey(from)) {
            return from + " is " + taken.get(from) + ": a redirect would hide it; remove " + from + " here";
        }
        ContentDocument other = claimed.get(from);
        if (other != null) {
            return from + " is also an earlier address of " + other.source() + " (line " + other.frontMatter().lineOf(MovedPage.HEADER)
                    + "): an old address can lead to one page only; keep it on one of them";
        }
        return null;
    }
}
