package guide.check;

import guide.i18n.UiStrings;
import guide.site.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The build's warning for an interface word nothing reads: a key of {@code templates/i18n/*.yaml} that no template names
 * ({@link UiStringUsageCheck.Reads}) and the builder does not read ({@link UiStrings#USED_BY_BUILDER}). Translators
 * translate every key, and a word no reader sees is work for nobody that piles up with each template change. The scripts
 * get their words through the templates ({@code data-} attributes) or the builder (the search panel's, in its index's
 * meta.json: {@code guide.i18n.SearchPanelWords}), so the templates and the builder are every reader. When a template reads the strings without naming a key ({@code ui[name]},
 * {@code <#list ui as key, text>}, {@code ui} handed to a macro), any key may be read, and the build says nothing rather than guess.
 */
public final class UnusedUiStrings {
    private UnusedUiStrings() {
    }

    /** A warning at each language file's line of each key read by no template nor the builder. */
    public static List<Problem> of(Path projectDir, Path templateDir, UiStrings ui, List<String> languages, UiStringUsageCheck.Reads reads) {
        List<Problem> warnings = new ArrayList<>();
        for (String lang : reads.allNamed() ? languages : List.<String>of()) {
            Path file = projectDir.relativize(templateDir.resolve("i18n").resolve(lang + ".yaml"));
            for (String key : ui.keys(lang)) {
                if (!reads.keys().contains(key) && !UiStrings.USED_BY_BUILDER.contains(key)) {
                    warnings.add(Problem.warning(file, ui.lineOf(lang, key), "interface word '" + key + "' is read neither by a template"
                            + " (as ui." + key + ") nor by the builder, so no reader sees it: remove it from every "
                            + "templates/i18n/*.yaml file, or show it in a template"));
                }
            }
        }
        return warnings;
    }
}
