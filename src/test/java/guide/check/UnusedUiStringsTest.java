package guide.check;

import guide.i18n.UiStrings;
import guide.site.Problem;
import guide.site.ProjectFixture;
import guide.site.SiteConfig;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Translators translate every key of {@code templates/i18n/*.yaml}: each must be a word readers see, read by a template or by
 * the builder. A key nothing reads (such as a 'published' label no page shows) is named with its file and line.
 */
class UnusedUiStringsTest {
    @Test
    void everyInterfaceWordOfTheGuideIsShownSomewhere() throws Exception {
        Path project = ProjectFixture.projectDir();
        SiteConfig config = SiteConfig.load(project);
        List<Problem> loading = new ArrayList<>();
        UiStrings ui = UiStrings.load(project, config.templateDir().resolve("i18n"), config.languages().stream().map(config::language).toList(), loading);
        assertEquals(List.of(), loading);
        Set<String> used = UiStringUsageCheck.keysInUse(config.templateDir());
        List<String> unused = new ArrayList<>();
        for (String lang : config.languages()) {
            ui.keys(lang).stream().filter(key -> !used.contains(key))
                    .forEach(key -> unused.add("templates/i18n/" + lang + ".yaml:" + ui.lineOf(lang, key) + ": '" + key + "' is read by no template nor the builder"));
        }
        assertEquals(List.of(), unused);
    }
}
