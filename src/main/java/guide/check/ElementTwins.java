package guide.check;

import org.jsoup.nodes.Element;

import java.util.List;

/**
 * Where an element stands among its twins: the elements of its page's frame (outside the page's text, {@code
 * [data-content]}) with the same name and the same attributes and values, in the order of the page. Two templates
 * that write the same {@code <img class="badge" src="/favicon.svg">}, one with the address as it is and one through
 * a variable, give the page two such elements that nothing tells apart; matched with the template tags that can have
 * written them, one each, each tag's fault is reported, not one tag's twice (then merged into one problem). An element
 * of the page's text comes from Markdown and has no twins here.
 *
 * @param index which of its twins the element is, from 0
 * @param count how many twins the page has, the element included
 */
record ElementTwins(int index, int count) {
    /** The twins of {@code element} on its page; (0, 1) for an element of the page's text or outside a page. */
    static ElementTwins of(Element element) {
        if (!framed(element) || element.ownerDocument() == null) {
            return new ElementTwins(0, 1);
        }
        int index = 0;
        int count = 0;
        for (Element other : element.ownerDocument().getElementsByTag(element.tagName())) {
            if (other == element) {
                index = count;
            }
            count += other == element || framed(other) && alike(other, element) ? 1 : 0;
        }
        return new ElementTwins(index, count);
    }

    /** True when no template puts {@code element} in the page's text ({@code [data-content]}): a template writes it. */
    static boolean framed(Element element) {
        return element.parents().stream().noneMatch(p -> p.hasAttr(ContentHtml.MARKER));
    }

    private static boolean alike(Element one, Element other) {
        return one.attributesSize() == other.attributesSize()
                && one.attributes().asList().stream().allMatch(a -> other.hasAttr(a.getKey()) && other.attr(a.getKey()).equals(a.getValue()));
    }

    /**
     * The tag this twin is matched with: the tags that write its address as it is ({@code literal}) first, one twin
     * each in the order of the page, then those that write it through an expression ({@code through}), one each
     * while there are no more of them than twins left. With more twins than tags, a tag writes several (it is in a
     * {@code <#list>}, or its template is included twice) and the tags are taken again in turn. Null when more tags
     * written through an expression are left than twins, so that the build cannot tell which of them wrote this one.
     */
    <T> T tag(List<T> literal, List<T> through) {
        if (index < literal.size()) {
            return literal.get(index);
        }
        if (through.isEmpty()) {
            return literal.isEmpty() ? null : literal.get(index % literal.size());
        }
        return through.size() <= count - literal.size() ? through.get((index - literal.size()) % through.size()) : null;
    }
}
