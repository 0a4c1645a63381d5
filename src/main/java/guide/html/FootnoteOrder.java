package guide.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers footnotes in the order readers meet them. flexmark numbers a footnote that is cited
 * twice by its last citation, so a page citing one act early and again at the end read
 * "1, 2, 3, 4, 5, 17, 6 …". This pass gives each footnote the number of its first citation, in
 * the citations, the ids they point to, the back-links and the order of the list at the end.
 */
final class FootnoteOrder {
    /** A footnote's number in the text. */
    static final Evaluator REFS = Selector.evaluatorOf("a.footnote-ref[href^=#fn-]");
    private static final Evaluator LISTS = Selector.evaluatorOf(".footnotes ol");
    private static final Evaluator BACK_LINKS = Selector.evaluatorOf("a.footnote-backref[href^=#fnref-]");
    private static final Pattern REF_ID = Pattern.compile("fnref-(\\d+)(-\\d+)?");

    private FootnoteOrder() {
    }

    static void apply(Document doc) {
        apply(doc, doc.select(REFS));
    }

    /** @param refs the page's footnote numbers ({@link #REFS}), in document order */
    static void apply(Document doc, List<Element> refs) {
        Map<String, String> numbers = new LinkedHashMap<>();
        for (Element ref : refs) {
            numbers.putIfAbsent(ref.attr("href").substring("#fn-".length()), String.valueOf(numbers.size() + 1));
        }
        if (numbers.entrySet().stream().allMatch(e -> e.getKey().equals(e.getValue()))) {
            return;
        }
        for (Element ref : refs) {
            String number = numbers.get(ref.attr("href").substring("#fn-".length()));
            ref.attr("href", "#fn-" + number).text(number);
            Element sup = ref.parent();
            if (sup != null && sup.id().startsWith("fnref-")) {
                sup.id(renumbered(sup.id(), numbers));
            }
        }
        for (Element list : doc.select(LISTS)) {
            List<Element> items = new ArrayList<>(list.children());
            for (Element item : items) {
                String number = numbers.get(item.id().replaceFirst("^fn-", ""));
                if (number == null) {
                    continue;
                }
                item.id("fn-" + number);
                for (Element back : item.select(BACK_LINKS)) {
                    back.attr("href", "#" + renumbered(back.attr("href").substring(1), numbers));
                }
            }
            items.sort(Comparator.comparingInt(item -> ordinal(item.id())));
            items.forEach(Element::remove);
            list.appendChildren(items);
        }
    }

    private static String renumbered(String refId, Map<String, String> numbers) {
        Matcher m = REF_ID.matcher(refId);
        if (!m.matches() || !numbers.containsKey(m.group(1))) {
            return refId;
        }
        return "fnref-" + numbers.get(m.group(1)) + (m.group(2) == null ? "" : m.group(2));
    }

    /** A list item's place: its new number, items without one (never cited) last, as flexmark left them. */
    private static int ordinal(String id) {
        return id.matches("fn-\\d+") ? Integer.parseInt(id.substring(3)) : Integer.MAX_VALUE;
    }
}
