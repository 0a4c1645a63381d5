package guide.check;

import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.util.ULocale;
import guide.i18n.CounterStyles;
import guide.i18n.Digits;
import guide.quiz.Checklist;
import guide.site.Problem;
import guide.site.TextLines;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Holds the quiz's total for readers without JavaScript to the digits its language writes numbers with ({@link Digits}).
 * The build and assets/js/quiz.js write Marathi numbers with Devanagari digits ("१७"), but the style sheets' CSS counter
 * ({@link QuizTotalRules}) writes "17" unless it is given a counter style. So every page of a language whose numbering
 * system is not Latin names it ({@code <html data-digits="deva">}, templates/layout/base.ftl) and a rule of
 * assets/css/digits.css gives those digits their counter style, {@code [data-digits="deva"] { --digits: devanagari; }},
 * which the total and numbered lists are written with. The systems come from the style sheets, not from code: a quiz in
 * a language whose digits no rule names stops the build, with the rule to add (an {@code @counter-style} of its own
 * where CSS predefines none), and so does a rule whose predefined style writes other digits than the system it is for.
 */
final class QuizTotalDigits {
    private static final Pattern SYSTEM = Pattern.compile("\\[\\s*data-digits\\s*=\\s*\"([^\"]*)\"\\s*]");
    private static final Pattern STYLED = Pattern.compile("--digits\\s*:\\s*([-\\w]+)");
    /** The sheet every page of a language whose digits are not Latin loads (templates/partials/head.ftl), where the rules go. */
    private static final String SHEET = "assets/css/digits.css";

    /** The counter style each numbering system's rule gives its pages' counters, by system. */
    private final Map<String, String> styles;

    private QuizTotalDigits(Map<String, String> styles) {
        this.styles = styles;
    }

    /** The rules of {@code sheets} that give a system's counters a style; one that gives them the wrong digits goes to {@code problems}. */
    static QuizTotalDigits of(List<StyleSheets.Sheet> sheets, List<Problem> problems) {
        Map<String, String> styles = new HashMap<>();
        for (StyleRules.Rule rule : StyleRules.of(sheets)) {
            Matcher system = SYSTEM.matcher(rule.selectors());
            Matcher style = STYLED.matcher(rule.declarations());
            if (!system.find() || !style.find()) {
                continue;
            }
            int line = TextLines.lineAt(rule.css(), rule.start() + system.start());
            Optional<Digits> digits = Digits.named(system.group(1));
            Optional<String> written = CounterStyles.digitsOf(style.group(1));
            if (digits.isEmpty()) {
                problems.add(new Problem(rule.sheet().file(), line, "[data-digits=\"" + system.group(1) + "\"] is no numbering system of ten"
                        + " digits CLDR knows, so this rule matches no page: templates/layout/base.ftl writes CLDR's name for a language's digits,"
                        + " such as deva for Devanagari or arabext for Persian"));
            } else if (written.isPresent() && !written.get().equals(digits.get().symbols())) {
                problems.add(new Problem(rule.sheet().file(), line, "counter style " + style.group(1) + " writes " + written.get()
                        + ", not the digits of numbering system " + system.group(1) + " (" + digits.get().symbols() + "): readers without"
                        + " JavaScript would read their total in other digits than the page's; write --digits: "
                        + digits.get().counterStyle().orElse("…")));
            } else {
                styles.put(system.group(1), style.group(1));
            }
        }
        return new QuizTotalDigits(styles);
    }

    /**
     * A problem if {@code checklist}, a quiz in the language {@code lang} whose locale is {@code locale}, writes numbers in
     * digits that no rule gives the total, at its first sign (where its counted statements start); a quiz without signs
     * has no total to show.
     */
    void check(Checklist checklist, String lang, ULocale locale, List<Problem> problems) {
        Digits digits = Digits.of(locale);
        if (!digits.latin() && !styles.containsKey(digits.system()) && !checklist.sections().isEmpty()) {
            problems.add(new Problem(checklist.source(), checklist.sections().get(0).line(), message(checklist.maxPoints(), digits, lang, locale)));
        }
    }

    /** What to add for {@code digits}: their predefined counter style's rule, or a counter style of their own and its rule. */
    private static String message(int max, Digits digits, String lang, ULocale locale) {
        String written = NumberFormatter.withLocale(locale).grouping(NumberFormatter.GroupingStrategy.OFF).format(max).toString();
        Optional<String> predefined = digits.counterStyle();
        String style = predefined.orElse("digits-" + digits.system());
        String ownStyle = predefined.isPresent() ? "" : "@counter-style " + style + " { system: numeric; symbols: " + digits.symbols()
                .codePoints().mapToObj(c -> "\"" + Character.toString(c) + "\"").collect(Collectors.joining(" ")) + "; } and ";
        return locale.getDisplayLanguage(ULocale.ENGLISH) + " (" + locale.toLanguageTag() + ") writes numbers with the digits "
                + digits.symbols() + " (CLDR's numbering system " + digits.system() + "), as the build and the quiz's script do, but"
                + " readers without JavaScript get their total from a CSS counter, and no rule gives it these digits: they would read "
                + max + " where the script writes " + written + "; add " + ownStyle + "[data-digits=\"" + digits.system()
                + "\"] { --digits: " + style + "; } to " + SHEET
                + (predefined.isPresent() ? "" : " (CSS predefines no counter style for them)") + ", or give the language Latin digits"
                + " everywhere with site.language." + lang + ".locale=" + locale.setKeywordValue("numbers", "latn").toLanguageTag()
                + " in jbake.properties";
    }
}
