package guide.check;

import guide.content.ContentDocument;
import guide.i18n.UiStrings;
import guide.site.CommandText;
import guide.site.Problem;
import guide.site.SiteConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A language whose {@code aboutUrl} (in {@code templates/i18n/<lang>.yaml}) names another language's about page because it has
 * no published about page of its own: every page of the language links to it from its header and footer, so its readers
 * leave their language on every page. The build allows it (a language being added has its home page first), but says so
 * at the line, with what to do; while the language has its own version, the link is refused instead
 * ({@link CrossLanguageLinkCheck#problemOfAboutUrl}).
 */
public final class BorrowedAboutPage {
    private BorrowedAboutPage() {
    }

    /** A warning at the {@code aboutUrl} line of each language that links to another language's about page it has no published version of. */
    public static List<Problem> warnings(Path projectDir, SiteConfig config, UiStrings ui, List<ContentDocument> documents) {
        List<Problem> warnings = new ArrayList<>();
        for (String lang : config.languages()) {
            String url = ui.strings(lang).get("aboutUrl");
            Optional<ContentDocument> page = url == null ? Optional.empty() : documents.stream()
                    .filter(d -> !d.draft() && !d.lang().equals(lang) && d.url().equals(InternalUrls.withoutQueryOrFragment(url))).findFirst();
            if (page.isEmpty() || documents.stream().anyMatch(d -> !d.draft() && d.lang().equals(lang)
                    && d.translationKey().equals(page.get().translationKey()))) {
                continue; // no other language's page, or a version of its own: the refusal's case
            }
            Path yaml = projectDir.relativize(config.templateDir().resolve("i18n").resolve(lang + ".yaml"));
            warnings.add(Problem.warning(yaml, ui.lineOf(lang, "aboutUrl"), message(config, lang, url, page.get(), documents)));
        }
        return warnings;
    }

    private static CommandText message(SiteConfig config, String lang, String url, ContentDocument page, List<ContentDocument> documents) {
        String own = config.language(lang).englishName();
        String other = config.language(page.lang()).englishName();
        String said = "aboutUrl links to the " + other + " page " + url + ", so the header and footer of every " + own + " page take readers to "
                + CrossLanguageLinkCheck.article(other) + " page: ";
        Optional<ContentDocument> draft = documents.stream()
                .filter(d -> d.draft() && d.lang().equals(lang) && d.translationKey().equals(page.translationKey())).findFirst();
        if (draft.isPresent()) {
            return CommandText.plain(said + "its " + own + " version, " + path(draft.get()) + ", is still a draft; publish it (status=published)"
                    + " and set aboutUrl to " + draft.get().url());
        }
        return CommandText.around(said + "no " + own + " version exists yet; translate it (", " translate " + path(page) + " --to " + lang + " --name "
                + page.translationKey() + "), publish it (status=published) and set aboutUrl to its address");
    }

    private static String path(ContentDocument doc) {
        return doc.source().toString().replace('\\', '/');
    }
}
