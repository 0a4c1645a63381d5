package guide.check;

import guide.site.FolderWalk;
import guide.i18n.UiStrings;
import guide.site.Problem;
import guide.site.TextLines;
import guide.site.Utf8Text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every UI string a template uses ({@code ui.key}, {@code ui["key"]}, also {@code content.ui.key})
 * must be defined in {@code templates/i18n/*.yaml}: Freemarker would only fail on the pages that
 * reach it, or print nothing behind a default. Checked before baking, with the template's line.
 * Keys defined in some languages but not others are already reported by {@link UiStrings}. The same pass tells which keys
 * the templates read, and whether they name every key they read ({@link Reads}), for {@link UnusedUiStrings}.
 */
public final class UiStringUsageCheck {
    private static final Pattern REFERENCE = Pattern.compile(
            "(?:(?<![\\w$.])|(?<=\\bcontent\\.))ui(?:Plurals)?\\s*(?:\\.\\s*([A-Za-z_$][\\w$]*)|\\[\\s*([\"'])([^\"']*)\\2\\s*])");
    /** The one other way templates name the strings: {@code <#global ui = content.ui>}, so that {@code ui.key} works. */
    private static final Pattern ALIAS = Pattern.compile("\\s*(?:assign|global|local)\\s+ui\\s*=\\s*content\\s*\\.\\s*ui\\s*");
    /** The strings named in any other way ({@code ui[name]}, {@code <#list ui as key, text>}, {@code <@m words=ui/>}): the keys read cannot be known. */
    private static final Pattern ANY = Pattern.compile("(?:(?<![\\w$.])|(?<=\\bcontent\\.))ui(?:Plurals)?(?![\\w$])");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");

    /**
     * What the templates read of the interface words.
     *
     * @param keys     the keys they name ({@code ui.key}, {@code ui["key"]}, {@code content.uiPlurals.key})
     * @param allNamed false when some template reads the strings in a way that names no key, or could not be read at all (not
     *                 UTF-8, say), so that any key may be read: the designer then sees the template's problem, not a warning
     *                 for each word that template would have named
     */
    public record Reads(Set<String> keys, boolean allNamed) {
    }

    /** Reports each key a template reads that no language defines, and returns what the templates read. */
    public Reads check(Path projectDir, Path templateDir, UiStrings ui, List<String> languages, List<Problem> problems) {
        List<List<String>> loaded = languages.stream().map(ui::keys).filter(keys -> !keys.isEmpty()).toList();
        if (loaded.isEmpty()) {
            return new Reads(Set.of(), false); // no strings could be read at all; UiStrings has said why
        }
        String definitions = projectDir.relativize(templateDir.resolve("i18n")).toString().replace('\\', '/') + "/*.yaml";
        Set<String> read = new TreeSet<>();
        boolean allNamed = true;
        List<Path> templates = templates(projectDir, templateDir, problems);
        if (templates == null) {
            return new Reads(Set.of(), false); // the folder could not be listed; its problem says why
        }
        for (Path template : templates) {
            String text = read(projectDir, template, problems);
            if (text == null) {
                allNamed = false; // what it reads cannot be known: no key is called unused on its account
                continue;
            }
            for (FreemarkerExpressions.Expression expression : FreemarkerExpressions.in(text)) {
                Matcher m = REFERENCE.matcher(expression.text());
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(3);
                    read.add(key);
                    if (loaded.stream().noneMatch(keys -> keys.contains(key))) {
                        int line = TextLines.lineAt(text, expression.start() + m.start());
                        problems.add(new Problem(projectDir.relativize(template), line, "UI string '" + key + "' is not defined in " + definitions));
                    }
                }
                allNamed &= namesEveryKey(expression.text());
            }
        }
        return new Reads(read, allNamed);
    }

    /** Whether an expression reads the strings only by naming keys: once those and string literals are taken out, no {@code ui} is left. */
    static boolean namesEveryKey(String expression) {
        if (ALIAS.matcher(expression).matches()) {
            return true;
        }
        String rest = STRING.matcher(REFERENCE.matcher(expression).replaceAll(" ")).replaceAll(" ");
        return !ANY.matcher(rest).find();
    }

    private static List<Path> templates(Path projectDir, Path templateDir, List<Problem> problems) {
        try {
            return FolderWalk.sorted(templateDir, p -> p.getFileName().toString().endsWith(".ftl"));
        } catch (IOException e) {
            problems.add(new Problem(projectDir.relativize(templateDir), 0, "cannot read templates: " + e.getMessage()));
            return null;
        }
    }

    /** The template's text, or null (and its problem noted) when it cannot be read. */
    private static String read(Path projectDir, Path template, List<Problem> problems) {
        try {
            return Utf8Text.read(template);
        } catch (IOException e) {
            problems.add(Utf8Text.problem(projectDir.relativize(template), e));
            return null;
        }
    }
}
