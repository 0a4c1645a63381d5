package guide.check;

import guide.i18n.UiStrings;
import guide.site.Problem;
import guide.site.SmallProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every UI string a template uses must be defined: an undefined one is an error at the template's line. */
class UiStringUsageCheckTest {
    @TempDir
    Path dir;
    private final List<Problem> problems = new ArrayList<>();

    private void check(SmallProject project, UiStrings ui) {
        new UiStringUsageCheck().check(dir, dir.resolve("templates"), ui, List.of("pl", "en"), problems);
    }

    @Test
    void undefinedKeysAreNamedAtTheirLineInEveryTemplate() {
        SmallProject project = SmallProject.in(dir)
                .write("templates/page.ftl", """
                        <h1>${ui.siteName}</h1>
                        <p>${ui.nope}</p>
                        <#if ui["missingKey"]??>x</#if><#if ui [ 'tagline' ]??>y</#if>
                        <p>ui.js and ui.other are text</p>
                        ${content.ui.other} ${some.ui.notAReference} ${menu_ui.x}
                        <#-- ${ui.commented} -->
                        """)
                .write("templates/partials/deep.ftl", "\n\n${ui . spaced}")
                .write("templates/notes.txt", "${ui.ignored}");
        check(project, project.ui());
        assertEquals(List.of(
                "templates/page.ftl:2: UI string 'nope' is not defined in templates/i18n/*.yaml",
                "templates/page.ftl:3: UI string 'missingKey' is not defined in templates/i18n/*.yaml",
                "templates/page.ftl:5: UI string 'other' is not defined in templates/i18n/*.yaml",
                "templates/partials/deep.ftl:3: UI string 'spaced' is not defined in templates/i18n/*.yaml"),
                problems.stream().map(Problem::toString).toList());
    }

    @Test
    void aKeyDefinedInAnyLanguageCounts() {
        SmallProject project = SmallProject.in(dir).write("templates/i18n/en.yaml", SmallProject.EN + "englishOnly: x\n")
                .write("templates/a.ftl", "${ui.englishOnly}");
        List<Problem> loading = new ArrayList<>();
        UiStrings ui = UiStrings.load(dir, dir.resolve("templates/i18n"), List.of(project.config().language("pl"), project.config().language("en")),
                loading);
        check(project, ui);
        assertEquals(List.of(), problems, "a key missing in one language is UiStrings' to report");
    }

    @Test
    void withoutAnyStringsOrTemplatesThereIsNothingToCompare() {
        SmallProject project = SmallProject.in(dir).write("templates/a.ftl", "${ui.nope}");
        UiStrings none = UiStrings.load(dir, dir.resolve("nowhere"), List.of(project.config().language("pl")), new ArrayList<>());
        UiStringUsageCheck.Reads reads = new UiStringUsageCheck().check(dir, dir.resolve("templates"), none, List.of("pl"), problems);
        assertEquals(List.of(), problems);
        assertEquals(false, reads.allNamed(), "without strings nothing can be called unread");
    }

    @Test
    void aTemplatesFolderThatCannotBeListedIsNamedAndNoWordIsCalledUnreadOnItsAccount() {
        SmallProject project = SmallProject.in(dir).write("templates/a.ftl", "${ui.siteName}");
        UiStrings ui = project.ui();
        UiStringUsageCheck.Reads reads = new UiStringUsageCheck().check(dir, dir.resolve("missing"), ui, List.of("pl", "en"), problems);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).toString().startsWith("missing: cannot read templates: "), problems.get(0)::toString);
        assertEquals(List.of(), UnusedUiStrings.of(dir, dir.resolve("templates"), ui, List.of("pl", "en"), reads),
                "what unread templates read cannot be known: the designer sees the folder's problem, not a warning for every word");
    }
}
