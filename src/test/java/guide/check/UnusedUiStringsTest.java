package guide.check;

import guide.i18n.UiStrings;
import guide.site.Problem;
import guide.site.ProjectFixture;
import guide.site.SiteConfig;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Translators translate every key of {@code templates/i18n/*.yaml}: each must be a word readers see, read by a template or by
 * the builder. A key nothing reads (such as a 'published' label no page shows) is named with its file and line, by the
 * build's own warning ({@link UnusedUiStrings}, from what {@link UiStringUsageCheck} found the templates read).
 */
class UnusedUiStringsTest {
    @Test
    void everyInterfaceWordOfTheGuideIsShownSomewhere() throws Exception {
        Path project = ProjectFixture.projectDir();
        SiteConfig config = SiteConfig.load(project);
        List<Problem> problems = new ArrayList<>();
        UiStrings ui = UiStrings.load(project, config.templateDir().resolve("i18n"), config.languages().stream().map(config::language).toList(), problems);
        UiStringUsageCheck.Reads reads = new UiStringUsageCheck().check(project, config.templateDir(), ui, config.languages(), problems);
        assertEquals(List.of(), problems);
        assertTrue(reads.allNamed(), "every template names the keys it reads, so a key none names is one nobody reads");
        assertEquals(List.of(), UnusedUiStrings.of(project, config.templateDir(), ui, config.languages(), reads).stream().map(Problem::toString).toList());
    }
}
