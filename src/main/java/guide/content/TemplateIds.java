package guide.content;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ids the page templates (templates/*.ftl) and the build's own passes put on a page around
 * its text, by page type: an editor's heading id equal to one would not be the heading's address
 * (the page's element has it first), so it is an error ({@link BodyHeadings}). Ids made from a
 * heading's text give way to these on the built page (guide.html.HeadingAnchors). A test reads
 * the templates and the built pages and finds no id missing here.
 */
public final class TemplateIds {
    private static final Set<DocumentType> ALL = EnumSet.allOf(DocumentType.class);
    private static final Set<DocumentType> POST = EnumSet.of(DocumentType.POST);
    private static final Set<DocumentType> HOME = EnumSet.of(DocumentType.HOME);
    private static final Set<DocumentType> QUIZ = EnumSet.of(DocumentType.QUIZ);

    /** Ids as a pattern (group 1, where there is one, is a number or an id the user of the pattern names). */
    private record Reserved(Pattern id, String usedBy, Set<DocumentType> on) {
        Reserved(String id, String usedBy, Set<DocumentType> on) {
            this(Pattern.compile(id), usedBy, on);
        }
    }

    private static final List<Reserved> IDS = List.of(
            new Reserved("main", "the page's main area (the \"skip to content\" link leads there)", ALL),
            new Reserved("search-panel", "the search panel in the site header", ALL),
            new Reserved("search-input", "the search field in the site header", ALL),
            new Reserved("affiliate-disclosure-title", "the affiliate disclosure's heading", ALL),
            new Reserved("fn-([0-9]+)", "footnote $1 in the notes under the text", ALL),
            new Reserved("fnref-([0-9]+)(-[0-9]+)?", "the mark of footnote $1 in the text", ALL),
            new Reserved("toc-title", "the table of contents' heading", POST),
            new Reserved("share-title", "the share links' heading", POST),
            new Reserved("quick-links-title", "the related articles' heading", POST),
            new Reserved("author", "the author card under the article (the byline's link leads there)", POST),
            new Reserved("author-title", "the author card's heading", POST),
            new Reserved("original-author", "the original author's card under an adapted article", POST),
            new Reserved("original-author-title", "the original author's card's heading", POST),
            new Reserved("quiz-teaser-title", "the quiz teaser's heading", HOME),
            new Reserved("articles-title", "the latest articles' heading", HOME),
            new Reserved("other-languages-title", "the heading of the articles only in another language", HOME),
            new Reserved("quiz", "the quiz's form", QUIZ),
            new Reserved("result", "the quiz's result", QUIZ),
            new Reserved("result-title", "the quiz result's heading", QUIZ),
            new Reserved("quiz-url", "the quiz result's link field", QUIZ),
            new Reserved("bands", "the quiz's table of results", QUIZ),
            new Reserved("bands-title", "the heading of the quiz's table of results", QUIZ),
            new Reserved(QuizPart.SECTION.prefix + "(.+)", "the quiz's section $1", QUIZ),
            new Reserved(QuizPart.STATEMENT.prefix + "(.+)", "the quiz's statement $1", QUIZ),
            new Reserved(QuizPart.BAND.prefix + "(.+)", "the quiz's result band $1", QUIZ));

    /**
     * What of a quiz's checklist an id templates/quiz.ftl makes names, and how it makes it of the checklist's own id: the one
     * statement of that rule outside the template, so that a tool that must know a quiz page's ids before the build (an
     * XLIFF import, refusing a link to a sign the page will not have) makes them as the page does.
     */
    public enum QuizPart {
        /** A sign's group of statements ({@code sign-late-payments}), where a link to the sign leads. */
        SECTION("sign-", ""),
        /** A sign's heading ({@code sign-late-payments-title}). */
        SECTION_TITLE("sign-", "-title"),
        /** A statement's box ({@code q-invoices-late}). */
        STATEMENT("q-", ""),
        /** A result band's row in the table of results ({@code band-exit}). */
        BAND("band-", "");

        private final String prefix;
        private final String suffix;

        QuizPart(String prefix, String suffix) {
            this.prefix = prefix;
            this.suffix = suffix;
        }

        /** The id on the page of the part whose id in the checklist is {@code checklistId}. */
        public String id(String checklistId) {
            return prefix + checklistId + suffix;
        }
    }

    private TemplateIds() {
    }

    /** The ids without a variable part the page of this type has ({@code main}, {@code author}…), which headings' ids made from their text give way to. */
    public static Set<String> fixed(DocumentType type) {
        Set<String> ids = new LinkedHashSet<>();
        for (Reserved r : IDS) {
            if (r.on().contains(type) && r.id().pattern().matches("[a-z-]+")) {
                ids.add(r.id().pattern());
            }
        }
        return ids;
    }

    /** What on a page of this type already has the id ("the search field in the site header"), if anything. */
    public static Optional<String> usedBy(String id, DocumentType type) {
        for (Reserved r : IDS) {
            Matcher m = r.id().matcher(id);
            if (r.on().contains(type) && m.matches()) {
                return Optional.of(m.replaceFirst(r.usedBy()));
            }
        }
        return Optional.empty();
    }
}
