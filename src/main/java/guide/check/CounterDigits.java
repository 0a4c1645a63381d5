package guide.check;

import com.ibm.icu.util.ULocale;
import guide.content.ContentDocument;
import guide.i18n.CounterStyles;
import guide.i18n.Digits;
import guide.quiz.Checklist;
import guide.site.Language;
import guide.site.Problem;
import guide.site.Setting;
import guide.site.SiteConfig;
import guide.site.TextLines;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Holds the numbers the style sheets write to the digits of the page's language ({@link Digits}). The build and the
 * scripts write Marathi numbers with Devanagari digits ("१७"), but a CSS counter, the marker of a numbered list or the
 * quiz's total for readers without JavaScript ({@link QuizTotalRules}), writes "17" unless it is given a counter style.
 * So every page of a language whose numbering system is not Latin names it ({@code <html data-digits="deva">},
 * templates/layout/base.ftl) and a rule of assets/css/digits.css gives those digits their counter style,
 * {@code [data-digits="deva"] { --digits: devanagari; }}, which two more rules give list markers and the total. The
 * systems come from the style sheets, not from code: a language with a page whose digits no rule names stops the build
 * at the setting that gives it its locale, with the rule to add (an {@code @counter-style} of its own where CSS
 * predefines none); so do a rule whose predefined style writes other digits than the system it is for, and sheets that
 * no longer give --digits to list markers or to a total the quizzes show.
 */
public final class CounterDigits {
    private static final Pattern SYSTEM = Pattern.compile("\\[\\s*data-digits\\s*=\\s*\"([^\"]*)\"\\s*]");
    private static final Pattern STYLED = Pattern.compile("--digits\\s*:\\s*([-\\w]+)");
    private static final Pattern MARKERS = Pattern.compile("list-style(?:-type)?\\s*:[^;]*var\\(\\s*--digits\\b");
    private static final Pattern LIST = Pattern.compile("(?<![-\\w])ol(?![-\\w])");
    private static final Pattern TOTAL = Pattern.compile("counter\\(\\s*quiz-total\\s*,\\s*var\\(\\s*--digits\\b");
    /** The sheet every page of a language whose digits are not Latin loads (templates/partials/head.ftl), where the rules go. */
    private static final Path SHEET = Path.of("assets/css/digits.css");
    /** The first numbers of a list, as the messages show them. */
    private static final String LIST_START = "1, 2, 3";

    /** The counter style each numbering system's rule gives its pages' counters, by system. */
    private final Map<String, String> styles;
    /** Whether a rule gives numbered lists' markers the style of --digits. */
    private final boolean markers;
    /** Whether a rule writes the quiz's total with the style of --digits. */
    private final boolean total;

    private CounterDigits(Map<String, String> styles, boolean markers, boolean total) {
        this.styles = styles;
        this.markers = markers;
        this.total = total;
    }

    /** The rules of {@code sheets} that give a system's counters a style; one that gives them the wrong digits goes to {@code problems}. */
    public static CounterDigits of(List<StyleSheets.Sheet> sheets, List<Problem> problems) {
        Map<String, String> styles = new HashMap<>();
        boolean markers = false;
        boolean total = false;
        for (StyleRules.Rule rule : StyleRules.of(sheets)) {
            markers |= MARKERS.matcher(rule.declarations()).find() && LIST.matcher(rule.selectors()).find();
            total |= TOTAL.matcher(rule.declarations()).find();
            Matcher system = SYSTEM.matcher(rule.selectors());
            Matcher style = STYLED.matcher(rule.declarations());
            if (system.find() && style.find()) {
                read(rule, system, style, styles, problems);
            }
        }
        return new CounterDigits(styles, markers, total);
    }

    private static void read(StyleRules.Rule rule, Matcher system, Matcher style, Map<String, String> styles, List<Problem> problems) {
        int line = TextLines.lineAt(rule.css(), rule.start() + system.start());
        Optional<Digits> digits = Digits.named(system.group(1));
        Optional<String> written = CounterStyles.digitsOf(style.group(1));
        if (digits.isEmpty()) {
            problems.add(new Problem(rule.sheet().file(), line, "[data-digits=\"" + system.group(1) + "\"] is no numbering system of ten"
                    + " digits CLDR knows, so this rule matches no page: templates/layout/base.ftl writes CLDR's name for a language's digits,"
                    + " such as deva for Devanagari or arabext for Persian"));
        } else if (written.isPresent() && !written.get().equals(digits.get().symbols())) {
            problems.add(new Problem(rule.sheet().file(), line, "counter style " + style.group(1) + " writes " + written.get()
                    + ", not the digits of numbering system " + system.group(1) + " (" + digits.get().symbols() + "): its pages' numbered"
                    + " lists and the quiz's total without JavaScript would be written in other digits than the page's; write --digits: "
                    + digits.get().counterStyle().orElse("…")));
        } else {
            styles.put(system.group(1), style.group(1));
        }
    }

    /**
     * A problem for each language of {@code config} with a page among {@code published} whose digits no rule gives the
     * counters, at the setting that gives it its locale (or the list of languages, where none does); and, where any
     * language needs other digits than Latin ones, one for each of the two rules that use them that the sheets lack: the
     * list markers' and, where {@code totalShown} (the style sheets show a quiz's total) and such a language has a quiz of
     * {@code checklists} with signs, the total's.
     */
    public void check(SiteConfig config, List<ContentDocument> published, Map<ContentDocument, Checklist> checklists, boolean totalShown,
            List<Problem> problems) {
        Language first = null;
        Optional<Checklist> firstQuiz = Optional.empty();
        for (String code : config.languages()) {
            Language language = config.language(code);
            Digits digits = Digits.of(language.locale());
            long pages = published.stream().filter(doc -> doc.lang().equals(code)).count();
            if (digits.latin() || pages == 0) {
                continue;
            }
            Optional<Checklist> quiz = !totalShown ? Optional.empty() : checklists.entrySet().stream()
                    .filter(e -> e.getKey().lang().equals(code) && !e.getValue().sections().isEmpty()).map(Map.Entry::getValue).findFirst();
            first = first == null ? language : first;
            firstQuiz = firstQuiz.isPresent() ? firstQuiz : quiz;
            if (!styles.containsKey(digits.system())) {
                Optional<Setting> locale = config.languageSetting(code, "locale");
                // The key as the file writes it (site.language.MR.locale for mr): a line added as site.language.mr.locale would
                // set the locale twice.
                String key = locale.map(Setting::key).orElse("site.language." + code + ".locale");
                problems.add(localeSetting(config, locale, code).problem(message(language, digits, pages, quiz, key)));
            }
        }
        if (first != null) {
            missingRules(first, firstQuiz, problems);
        }
    }

    /** The setting that gives language {@code code} its locale, or the list of languages, whose code is its locale where none does. */
    private static Setting localeSetting(SiteConfig config, Optional<Setting> locale, String code) {
        return locale.or(() -> config.setting("site.languages")).orElse(new Setting("site.languages", code, 0));
    }

    /** The rules that use --digits and that the sheets lack, for {@code language}'s pages and its {@code quiz}. */
    private void missingRules(Language language, Optional<Checklist> quiz, List<Problem> problems) {
        Digits digits = Digits.of(language.locale());
        String name = language.englishName() + " (" + language.code() + ")";
        if (!markers) {
            problems.add(new Problem(SHEET, 0, "no rule gives numbered lists' markers the digits their page names (list-style-type:"
                    + " var(--digits)), so the pages in " + name + " would number their lists " + LIST_START + " where their text writes "
                    + digits.write(LIST_START) + ": add :where([data-digits]) ol { list-style-type: var(--digits, decimal); } to " + SHEET));
        }
        if (!total && quiz.isPresent()) {
            problems.add(new Problem(SHEET, 0, "no rule gives the quiz's total for readers without JavaScript the digits its page names"
                    + " (counter(quiz-total, var(--digits))), so readers of " + quiz.get().source() + " without JavaScript would read it as "
                    + quiz.get().maxPoints() + " where its script writes " + digits.write(quiz.get().maxPoints()) + ": add [data-digits]"
                    + " .quiz-total-score::before { content: counter(quiz-total, var(--digits, decimal)); } to " + SHEET));
        }
    }

    /**
     * What to add for {@code digits}: their predefined counter style's rule, or a counter style of their own and its rule; or
     * Latin digits, at {@code localeKey}.
     */
    private static String message(Language language, Digits digits, long pages, Optional<Checklist> quiz, String localeKey) {
        ULocale locale = language.locale();
        Optional<String> predefined = digits.counterStyle();
        String style = predefined.orElse("digits-" + digits.system());
        String ownStyle = predefined.isPresent() ? "" : "@counter-style " + style + " { system: numeric; symbols: " + digits.symbols()
                .codePoints().mapToObj(c -> "\"" + Character.toString(c) + "\"").collect(Collectors.joining(" ")) + "; } and ";
        return locale.getDisplayLanguage(ULocale.ENGLISH) + " (" + locale.toLanguageTag() + ") writes numbers with the digits "
                + digits.symbols() + " (CLDR's numbering system " + digits.system() + "), as the build and the scripts do, but the style"
                + " sheets write the markers of numbered lists" + quiz.map(q -> " and the total of " + q.source() + " for readers without"
                + " JavaScript").orElse("") + " with CSS counters, and no rule gives them these digits: its " + pages
                + (pages == 1 ? " page" : " pages") + " would number lists " + LIST_START + " where the text writes " + digits.write(LIST_START)
                + quiz.map(q -> ", and the quiz's total would read " + q.maxPoints() + " where its script writes "
                + digits.write(q.maxPoints())).orElse("") + "; add " + ownStyle + "[data-digits=\"" + digits.system()
                + "\"] { --digits: " + style + "; } to " + SHEET + (predefined.isPresent() ? "" : " (CSS predefines no counter style for them)")
                + ", or give the language Latin digits everywhere with " + localeKey + "="
                + locale.setKeywordValue("numbers", "latn").toLanguageTag() + " in jbake.properties";
    }
}
