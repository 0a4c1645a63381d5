package guide.check;

import guide.content.ContentDocument;
import guide.i18n.UiStrings;
import guide.search.SearchIndexFiles;
import guide.site.Problem;
import guide.site.SiteConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Addresses the build gives to its own files: the article archive's ({@code archiveUrl} in
 * {@code templates/i18n/<lang>.yaml}), which must be a folder of its language, {@code /pl/artykuly/},
 * and the search index's folder, {@code /pl/search/}. No content file may claim one: otherwise one
 * page would silently overwrite the other, or be published among the index's files.
 */
public final class ReservedAddressCheck {

    public void check(Path projectDir, SiteConfig config, UiStrings ui, List<ContentDocument> documents, List<Problem> problems) {
        for (String lang : config.languages()) {
            String url = ui.text(lang, "archiveUrl");
            if (url == null) {
                continue; // missing: UiStrings has said so
            }
            searchFolder(lang, documents, problems);
            Path strings = projectDir.relativize(config.templateDir().resolve("i18n").resolve(lang + ".yaml"));
            if (!url.matches("/" + Pattern.quote(lang) + "/[a-z0-9]+(-[a-z0-9]+)*/")) {
                problems.add(new Problem(strings, ui.lineOf(lang, "archiveUrl"),
                        "archiveUrl must be a folder of the language, like /" + lang + "/articles/ (lowercase letters, digits, hyphens; found '" + url + "')"));
                continue;
            }
            for (ContentDocument doc : documents) {
                if (!doc.draft() && doc.lang().equals(lang) && doc.url().equals(url)) {
                    problems.add(new Problem(doc.source(), 1, "its address " + url + " is the article archive's (archiveUrl in " + strings
                            + " line " + ui.lineOf(lang, "archiveUrl") + "): rename the file or change archiveUrl"));
                }
            }
        }
    }

    /**
     * The addresses of {@code lang} the build keeps for its own files, each with what it is ("the address of the
     * article archive (archiveUrl in templates/i18n/en.yaml, line 59)"), read from the project as a build reads them, so that a new
     * page can be refused one before anything is written rather than by the next build.
     */
    public static Map<String, String> of(SiteConfig config, String lang) {
        List<Problem> ignored = new ArrayList<>(); // the build reports them
        UiStrings ui = UiStrings.load(config.projectDir(), config.templateDir().resolve("i18n"),
                config.languages().stream().map(config::language).toList(), ignored);
        Map<String, String> reserved = new LinkedHashMap<>();
        String archive = ui.text(lang, "archiveUrl");
        if (archive != null) {
            Path strings = config.projectDir().relativize(config.templateDir().resolve("i18n").resolve(lang + ".yaml"));
            reserved.put(archive, "the address of the article archive (archiveUrl in " + strings + ", line " + ui.lineOf(lang, "archiveUrl") + ")");
        }
        reserved.put(SearchIndexFiles.address(lang), "the folder of the search index");
        return reserved;
    }

    private static void searchFolder(String lang, List<ContentDocument> documents, List<Problem> problems) {
        String url = SearchIndexFiles.address(lang);
        for (ContentDocument doc : documents) {
            if (!doc.draft() && doc.url().equals(url)) {
                problems.add(new Problem(doc.source(), 1, "its address " + url + " is the search index's folder: rename the file"));
            }
        }
    }
}
