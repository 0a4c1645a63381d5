package guide.check;

import guide.site.TextLines;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML tags a template writes, as a built element can be compared with them: each attribute's value as
 * written, a FreeMarker expression in it ({@code src="${logo}"}, {@code href="/${lang}/"}) standing for any
 * text. A tag whose attributes a directive or an expression chooses ({@code <img <#if x>alt=""</#if>>},
 * {@code <img ${attrs}>}) is not read: what it writes cannot be told from its text.
 */
final class TemplateTags {
    /**
     * One tag: its element name, where its {@code <} is in the template's text and on which 1-based line, and each
     * attribute's value as a pattern, the line it is written on, and whether an expression writes it. A tag whose
     * attributes cannot be read has none ({@code readable} false).
     */
    record Tag(String name, int start, int line, boolean readable, Map<String, Pattern> values, Map<String, Integer> lines,
               Map<String, Boolean> computed) {
        /**
         * True when this tag can have written {@code element}: the same element with the same attributes, each value
         * one the tag can write. A tag that writes more or fewer attributes is another one.
         */
        boolean writes(Element element) {
            if (!readable || !element.tagName().equalsIgnoreCase(name) || values.size() != element.attributesSize()) {
                return false;
            }
            for (Map.Entry<String, Pattern> value : values.entrySet()) {
                if (!element.hasAttr(value.getKey()) || !value.getValue().matcher(element.attr(value.getKey())).matches()) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final Pattern COMMENT = Pattern.compile("<#--.*?-->", Pattern.DOTALL);
    private static final Pattern OPENING = Pattern.compile("<([A-Za-z][\\w:-]*)");
    private static final char EXPRESSION = '\u0001';
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s\"'<>/=\u0001]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");

    private TemplateTags() {
    }

    /** The tags of a template's text that can be read, in the order written. */
    static List<Tag> read(String template) {
        String text = blank(template, COMMENT);
        List<Tag> tags = new ArrayList<>();
        Matcher opening = OPENING.matcher(text);
        while (opening.find()) {
            int end = tagEnd(text, opening.end());
            if (end < 0) {
                continue;
            }
            String body = text.substring(opening.end(), end);
            String name = opening.group(1);
            if (body.contains("<#") || body.contains("<@") || body.contains("</#") || body.contains("</@")) {
                tags.add(unreadable(text, name, opening.start()));
            } else {
                tags.add(tag(text, name, opening.start(), opening.end(), masked(body)));
            }
        }
        return tags;
    }


    private static Tag unreadable(String text, String name, int start) {
        return new Tag(name, start, TextLines.lineAt(text, start), false, Map.of(), Map.of(), Map.of());
    }

    /** The tag from its attributes' text, with every expression masked; unreadable when an attribute's name is an expression. */
    private static Tag tag(String text, String name, int start, int from, String body) {
        Map<String, Pattern> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        Map<String, Boolean> computed = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(body);
        StringBuilder rest = new StringBuilder(body);
        while (attribute.find()) {
            String key = attribute.group(1).toLowerCase(Locale.ROOT);
            int group = attribute.group(2) != null ? 2 : attribute.group(3) != null ? 3 : attribute.group(4) != null ? 4 : 0;
            String value = group == 0 ? "" : attribute.group(group);
            values.put(key, valuePattern(value));
            computed.put(key, value.indexOf(EXPRESSION) >= 0);
            int at = from + (group == 0 ? attribute.start() : attribute.start(group));
            lines.put(key, TextLines.lineAt(text, at));
            for (int i = attribute.start(); i < attribute.end(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        boolean readable = rest.toString().replace("/", "").isBlank();
        return readable ? new Tag(name, start, TextLines.lineAt(text, start), true, values, lines, computed) : unreadable(text, name, start);
    }

    /** A value as written, entities decoded, each expression matching any text. */
    private static Pattern valuePattern(String value) {
        List<String> parts = new ArrayList<>();
        for (String part : value.split("\u0001+", -1)) {
            parts.add(Pattern.quote(Parser.unescapeEntities(part, true)));
        }
        return Pattern.compile(String.join(".*", parts), Pattern.DOTALL);
    }

    /** Where the tag that starts before {@code from} ends ({@code >} outside quotes and expressions), or -1. */
    private static int tagEnd(String text, int from) {
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                i = expressionEnd(text, i) - 1;
                if (i < 0) {
                    return -1;
                }
            } else if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            } else if (c == '<' && !text.startsWith("<#", i) && !text.startsWith("<@", i) && !text.startsWith("</", i)) {
                return -1;
            }
        }
        return -1;
    }

    /** The index after the {@code }} that closes the expression starting at {@code start} ({@code ${…}}), or 0. */
    private static int expressionEnd(String text, int start) {
        int depth = 0;
        char quote = 0;
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == '\\' ? quote : c == quote && text.charAt(i - 1) != '\\' ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The text with each {@code ${…}} replaced by as many {@link #EXPRESSION} marks. */
    private static String masked(String body) {
        StringBuilder out = new StringBuilder(body);
        for (int i = body.indexOf("${"); i >= 0; i = body.indexOf("${", i + 1)) {
            int end = expressionEnd(body, i);
            if (end == 0) {
                break;
            }
            for (int j = i; j < end; j++) {
                out.setCharAt(j, EXPRESSION);
            }
            i = end - 1;
        }
        return out.toString();
    }

    private static String blank(String text, Pattern pattern) {
        StringBuilder out = new StringBuilder(text);
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, text.charAt(i) == '\n' ? '\n' : ' ');
            }
        }
        return out.toString();
    }
}
