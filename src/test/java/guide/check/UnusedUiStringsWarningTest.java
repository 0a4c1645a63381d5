package guide.check;

import guide.i18n.SearchPanelWords;
import guide.i18n.UiStrings;
import guide.site.Problem;
import guide.site.SmallProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An interface word no template names and the builder does not read is a warning at its line in each language's file;
 * when a template reads the words without naming keys, which keys are read cannot be known, and the build says nothing.
 */
class UnusedUiStringsWarningTest {
    @TempDir
    Path dir;

    private List<String> warnings(SmallProject project, String extraTemplate) {
        return warnings(project, extraTemplate, List.of());
    }

    /** The warnings when the templates read every key but 'published' and {@code unread}, and {@code extraTemplate}. */
    private List<String> warnings(SmallProject project, String extraTemplate, List<String> unread) {
        UiStrings ui = project.ui();
        String readsAll = ui.keys("pl").stream().filter(key -> !key.equals("published") && !unread.contains(key)).map(key -> "${ui." + key + "}")
                .collect(Collectors.joining("\n"));
        project.write("templates/page.ftl", readsAll + "\n" + extraTemplate);
        List<Problem> problems = new ArrayList<>();
        UiStringUsageCheck.Reads reads = new UiStringUsageCheck().check(dir, dir.resolve("templates"), ui, List.of("pl", "en"), problems);
        assertEquals(List.of(), problems);
        return UnusedUiStrings.of(dir, dir.resolve("templates"), ui, List.of("pl", "en"), reads).stream().map(Problem::toString).toList();
    }

    private SmallProject withPublished() {
        return SmallProject.in(dir).write("templates/i18n/pl.yaml", SmallProject.PL + "published: Opublikowano\n")
                .write("templates/i18n/en.yaml", SmallProject.EN + "published: Published\n");
    }

    @Test
    void aWordNoTemplateReadsIsNamedAtItsLineInEachLanguage() {
        SmallProject project = withPublished();
        int plLine = (int) SmallProject.PL.lines().count() + 1;
        int enLine = (int) SmallProject.EN.lines().count() + 1;
        assertEquals(List.of(
                "templates/i18n/pl.yaml:" + plLine + ": warning: interface word 'published' is read neither by a template (as ui.published) nor by"
                        + " the builder, so no reader sees it: remove it from every templates/i18n/*.yaml file, or show it in a template",
                "templates/i18n/en.yaml:" + enLine + ": warning: interface word 'published' is read neither by a template (as ui.published) nor by"
                        + " the builder, so no reader sees it: remove it from every templates/i18n/*.yaml file, or show it in a template"),
                warnings(project, ""));
    }

    /** The search panel's words reach the reader through the search index's meta.json, which the builder writes: read, though no template names them. */
    @Test
    void theSearchPanelsWordsAreReadByTheBuilderAndAnUnusedWordIsStillNamed() {
        List<String> warned = warnings(withPublished(), "", SearchPanelWords.KEYS);
        assertEquals(2, warned.size(), String.join("\n", warned));
        assertTrue(warned.stream().allMatch(w -> w.contains("interface word 'published' is read neither")), String.join("\n", warned));
    }

    @Test
    void aWordReadInAnyNamedWayCounts() {
        assertEquals(List.of(), warnings(withPublished(), "<#if ui [ 'published' ]??>x</#if>"));
        assertEquals(List.of(), warnings(withPublished(), "<#list content.uiPlurals.published as form, text>${text}</#list>"));
    }

    @Test
    void aTemplateThatReadsWordsByAVariableSilencesTheWarningRatherThanGuess() {
        assertEquals(List.of(), warnings(withPublished(), "<#assign word = \"published\">${ui[word]}"));
        assertEquals(List.of(), warnings(withPublished(), "<#list ui as key, text>${key}</#list>"));
    }

    @Test
    void onlyKeysAndTheGlobalAliasAreNamedReads() {
        assertTrue(UiStringUsageCheck.namesEveryKey("global ui = content.ui"));
        assertTrue(UiStringUsageCheck.namesEveryKey("ui.siteName + \" | \" + ui[\"tagline\"]"));
        assertTrue(UiStringUsageCheck.namesEveryKey("include \"/partials/ui-bits.ftl\""));
        assertTrue(UiStringUsageCheck.namesEveryKey("some.ui + menu_ui"));
        assertFalse(UiStringUsageCheck.namesEveryKey("ui[key]"));
        assertFalse(UiStringUsageCheck.namesEveryKey("list ui?keys as k"));
        assertFalse(UiStringUsageCheck.namesEveryKey("assign words = content.ui"));
        assertFalse(UiStringUsageCheck.namesEveryKey("list content.uiPlurals as key, forms"));
    }

    /**
     * A template the build cannot read (saved in Windows-1250) may name any word: its problem is the one the designer sees, not
     * a warning for each word it names.
     */
    @Test
    void aTemplateThatCannotBeReadCallsNoWordUnused() throws IOException {
        SmallProject project = withPublished();
        UiStrings ui = project.ui();
        project.write("templates/page.ftl", ui.keys("pl").stream().filter(key -> !key.equals("published")).map(key -> "${ui." + key + "}")
                .collect(Collectors.joining("\n")));
        Files.write(dir.resolve("templates/footer.ftl"), "<p>\u00b7 ${ui.published}</p>".getBytes(Charset.forName("windows-1250")));
        List<Problem> problems = new ArrayList<>();
        UiStringUsageCheck.Reads reads = new UiStringUsageCheck().check(dir, dir.resolve("templates"), ui, List.of("pl", "en"), problems);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).toString().startsWith("templates/footer.ftl:1: not valid UTF-8"), problems.get(0).toString());
        assertEquals(List.of(), UnusedUiStrings.of(dir, dir.resolve("templates"), ui, List.of("pl", "en"), reads).stream().map(Problem::toString).toList());
    }
}
