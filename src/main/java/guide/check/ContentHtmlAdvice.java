package guide.check;

import java.util.Set;

/**
 * What an editor should do about HTML the content allowlist ({@link ContentHtml}) refuses, said after the refusal:
 * code and styles are removed (they belong to the site's files), an inline drawing becomes an image file, an
 * embedded page or player becomes a link, a form is linked to, and any other element is written in Markdown or with
 * the HTML the README lists. Attributes other than event handlers and form attributes get no advice (the refusal
 * names what to remove).
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

    /** The advice for an attribute that is not allowed (not a URL's scheme, not a style), starting with ": ", or "". */
    static String forAttribute(String tag, String attribute) {
        if (attribute.startsWith("on")) {
            return NO_CODE;
        }
        return FORM_ATTRIBUTES.contains(attribute) || FORMS.contains(tag) ? FORM : "";
    }
}
