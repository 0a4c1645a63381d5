package guide.check;

import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.site.Problem;
import guide.site.SiteConfig;

import java.nio.file.Path;
import java.util.List;

/**
 * Every language of {@code site.languages} needs a published home page ({@code type=home}): the
 * root page, the language switch and every page's header link to {@code /<lang>/}. Without this
 * check, a newly added language fails with a broken link on every page instead of one line that
 * says what to add.
 */
public final class HomePageCheck {

    public void check(Path projectDir, SiteConfig config, List<ContentDocument> documents, List<Problem> problems) {
        for (String lang : config.languages()) {
            boolean hasHome = documents.stream().anyMatch(d -> !d.draft() && d.lang().equals(lang) && d.type() == DocumentType.HOME);
            if (!hasHome) {
                Path folder = projectDir.relativize(config.contentDir().resolve(lang));
                problems.add(new Problem(folder, 0, "no home page for '" + lang + "' (in site.languages): add " + folder.resolve("index.md")
                        + " with type=home and status=published (copy another language's index.md and translate it)"));
            }
        }
    }
}
