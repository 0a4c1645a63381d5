package guide.check;

import java.util.Set;

/**
 * What an editor should do about HTML the content allowlist ({@link ContentHtml}) refuses, said after the refusal:
 * code and styles are removed (they belong to the site's files), an inline drawing becomes an image file, an
 * embedded page or player becomes a link, a form is linked to, and any other element is written in Markdown or with
 * the HTML the README lists. A refused attribute is told the same by its kind: an event handler is code, a form's is
 * a form; a class is the site's look, an id belongs on a heading, hidden text does not belong in content, a style may
 * only align text, a quiz's points only count in a quiz; any other is removed, with where the README lists what
 * content may use.
 */
final class ContentHtmlAdvice {
    private static final String DESIGNERS = "see the README's \"For designers\"";
    private static final String NO_CODE = ": remove it; content cannot run code (a page's script is a file of assets/js/ that a template"
            + " adds: " + DESIGNERS + ")";
    private static final String NO_STYLE = ": remove it; content cannot restyle the site (style sheets are files of assets/css/: "
            + DESIGNERS + ")";
    private static final String DRAWING = ": save the drawing as a file in content/images/ (name.svg) and show it as"
            + " ![what it shows](/images/name.svg): see the README's \"Images\"";
    private static final String EMBEDDED = ": link to what it shows instead, as [what it is](https://…)";
    private static final String FORM = ": content cannot hold a form; link to the page that has it instead";
    private static final String OTHER = ": write it in Markdown, or with the HTML the README lists under \"Add an article\" (text"
            + " markup such as <kbd> and <abbr>, lists, tables, <details>, <figure>, <div>, <span>)";
    private static final String CLASS = ": remove it; how text looks is the site's style sheet's job: for emphasis write **bold** or"
            + " *italics*, and a new look is a class a template gives (" + DESIGNERS + ")";
    private static final String ID = ": remove it; only a heading may have an id in content, written last on its line after a space:"
            + " ## Title {#id}";
    private static final String HIDDEN = ": remove it; what readers do not see does not belong in content: a note for other editors is an"
            + " HTML comment (<!-- … -->), which the build leaves out of the page, and text readers open themselves goes in"
            + " <details><summary>…</summary>…</details>";
    private static final String STYLE = ": only text-align may be set, on <p>, <div> and table cells (a Markdown table's column is"
            + " aligned by its |:---:| row); remove the rest, as content cannot restyle the site (style sheets are files of assets/css/: "
            + DESIGNERS + ")";
    private static final String ALIGN = ": write style=\"text-align: …\" instead (on <p>, <div> and table cells)";
    private static final String QUIZ = ": points= and decides= count only in a quiz (a page with type=quiz), on its statements and"
            + " results: see the README's \"The quiz\"; remove it here";
    private static final String ANY = ": remove it; the README lists the HTML content may use under \"Add an article\"";
    private static final Set<String> EMBEDS = Set.of("iframe", "object", "embed", "frame", "frameset", "applet", "video", "audio");
    private static final Set<String> FORMS = Set.of("form", "button", "select", "textarea", "option", "optgroup", "label", "fieldset",
            "legend", "datalist", "output", "input");
    private static final Set<String> FORM_ATTRIBUTES = Set.of("action", "method", "enctype", "form", "formaction", "formmethod", "formenctype",
            "formtarget", "formnovalidate");

    private ContentHtmlAdvice() {
    }

    /** The advice for an element that is not allowed, starting with ": ". */
    static String forElement(String tag) {
        return switch (tag) {
            case "script" -> NO_CODE;
            case "style", "link" -> NO_STYLE;
            case "svg" -> DRAWING;
            default -> EMBEDS.contains(tag) ? EMBEDDED : FORMS.contains(tag) ? FORM : OTHER;
        };
    }

    /** The advice for an attribute that is not allowed (not a URL's scheme), starting with ": ". */
    static String forAttribute(String tag, String attribute) {
        if (attribute.startsWith("on")) {
            return NO_CODE;
        }
        if (FORM_ATTRIBUTES.contains(attribute) || FORMS.contains(tag)) {
            return FORM;
        }
        return switch (attribute) {
            case "class" -> CLASS;
            case "id" -> ID;
            case "hidden" -> HIDDEN;
            case "style" -> STYLE;
            case "align" -> tag.equals("p") || tag.equals("div") ? ALIGN : ANY;
            case "points", "decides" -> QUIZ;
            default -> ANY;
        };
    }
}
