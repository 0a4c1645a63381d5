package guide.check;

import guide.site.FolderWalk;
import guide.site.Problem;
import guide.site.TextLines;
import guide.site.Utf8Text;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds the class names of the quiz's working rules in the style sheets to the classes the templates write. The rules that
 * add up the total for readers without JavaScript ({@link QuizTotalRules}) and show which band a ticked statement decides
 * ({@link QuizDecisionRules}) are checked for their numbers; a designer who renames a class in one while restyling
 * ({@code .quiz-statement input[data-points="3"]:checked}) wrote a rule that matches nothing, and statements worth 3 points
 * then add 0 to that total, without a word from the browser. So a class in such a rule that no template writes is a build
 * error at its line, naming the template's class when one is a few letters away. The templates' classes are read from their
 * {@code class} attributes as an HTML parser reads them ({@code class='a'}, {@code class=a}, {@code class="a  b"}), with what
 * Freemarker writes ({@link TemplateBlanks}) read as a break in the value. A template that cannot be read (saved in another
 * encoding than UTF-8, say) is an error at its name, as the other template checks give it, and its classes are not known.
 */
public final class QuizRuleClasses {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_-][\\w-]*");
    private static final Pattern SELECTOR_CLASS = Pattern.compile("\\.(-?[A-Za-z_][\\w-]*)");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'");
    private static final Pattern COUNTS = Pattern.compile("counter-increment\\s*:\\s*quiz-total\\b");
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);

    private QuizRuleClasses() {
    }

    /** Each class of a quiz rule in {@code sheets} that no template under {@code templateDir} writes goes to {@code problems}. */
    public static void check(List<StyleSheets.Sheet> sheets, Path projectDir, Path templateDir, List<Problem> problems) {
        Written written = Written.in(projectDir, templateDir, problems);
        for (StyleRules.Rule rule : StyleRules.of(sheets)) {
            String does = does(rule);
            if (does == null) {
                continue;
            }
            String selectors = QUOTED.matcher(rule.selectors()).replaceAll(m -> " ".repeat(m.group().length()));
            Matcher name = SELECTOR_CLASS.matcher(selectors);
            while (name.find()) {
                if (!written.has(name.group(1))) {
                    int line = TextLines.lineAt(rule.css(), rule.start() + name.start());
                    problems.add(new Problem(rule.sheet().file(), line, message(name.group(1), does, written)));
                }
            }
        }
    }

    /** What the rule does for readers without JavaScript, or null when it is none of the quiz's working rules. */
    private static String does(StyleRules.Rule rule) {
        if (COUNTS.matcher(rule.declarations()).find() && rule.selectors().contains("data-points")) {
            return "readers without JavaScript would get a total that leaves out the statements it is for";
        }
        if (rule.selectors().contains("data-decides-level")) {
            return "readers without JavaScript would not be told which band a ticked statement decides";
        }
        return null;
    }

    private static String message(String name, String does, Written written) {
        Optional<Map.Entry<String, String>> near = written.classes.entrySet().stream()
                .filter(e -> DISTANCE.apply(name, e.getKey()) != -1)
                .min(Comparator.comparingInt(e -> DISTANCE.apply(name, e.getKey())));
        String fix = near.map(e -> "write ." + e.getKey() + ", the class " + e.getValue() + " writes, or give the element class=\""
                + name + "\" in its template").orElse("write the class the element has in templates/ (the quiz page's are in templates/quiz.ftl)");
        return "." + name + " is a class no template writes, so this rule matches nothing and " + does + ": " + fix;
    }

    /** The classes the templates write, each with the first template that does, and the beginnings of classes they build. */
    private record Written(Map<String, String> classes, List<String> prefixes) {
        static Written in(Path projectDir, Path templateDir, List<Problem> problems) {
            Map<String, String> classes = new LinkedHashMap<>();
            List<String> prefixes = new java.util.ArrayList<>();
            List<Path> files;
            try {
                files = FolderWalk.sorted(templateDir, p -> p.toString().endsWith(".ftl"));
            } catch (IOException e) {
                files = List.of();
                problems.add(Utf8Text.problem(projectDir.relativize(templateDir), e));
            }
            for (Path file : files) {
                Path shown = projectDir.relativize(file);
                try {
                    String template = Utf8Text.read(file);
                    for (String value : classValues(template)) {
                        read(value, shown.toString().replace('\\', '/'), classes, prefixes);
                    }
                } catch (IOException e) {
                    problems.add(Utf8Text.problem(shown, e));
                }
            }
            return new Written(classes, prefixes);
        }

        /**
         * The {@code class} values of {@code template} as written, Freemarker's parts included: read by jsoup from the template
         * with those parts blanked out, then taken from the template at the same place. An unquoted value that a {@code ${…}}
         * ends ({@code class=band-${kind}}) keeps it, so that its last name is read as a beginning.
         */
        private static List<String> classValues(String template) {
            List<String> values = new java.util.ArrayList<>();
            for (Element element : Parser.htmlParser().setTrackPosition(true).parseInput(TemplateBlanks.of(template), "").getAllElements()) {
                Attribute attribute = element.attribute("class");
                Range.Position start = attribute == null ? null : attribute.sourceRange().valueRange().start();
                if (start != null && start.isTracked()) {
                    int end = attribute.sourceRange().valueRange().endPos();
                    values.add(template.substring(start.pos(), end) + (template.startsWith("${", end) ? "${}" : ""));
                }
            }
            return values;
        }

        /** The names of one class="…", Freemarker's {@code <#…>} and {@code ${…}} read as a break; a name just before ${…} as a beginning. */
        private static void read(String value, String file, Map<String, String> classes, List<String> prefixes) {
            String plain = value.replaceAll("</?#[^>]*>", " ").replaceAll("\\$\\{[^}]*}", "\u0000");
            Matcher name = NAME.matcher(plain);
            while (name.find()) {
                if (name.end() < plain.length() && plain.charAt(name.end()) == '\u0000') {
                    prefixes.add(name.group());
                } else {
                    classes.putIfAbsent(name.group(), file);
                }
            }
        }

        boolean has(String name) {
            return classes.containsKey(name) || prefixes.stream().anyMatch(name::startsWith);
        }
    }
}
