package guide.image;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import guide.content.Markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page's Markdown writes the addresses of the content folder's images ({@code /images/…}): in
 * {@code ![alt](/images/a.svg)}, in a reference definition {@code [a]: /images/a.svg} and in {@code src="…"} of an
 * {@code <img>} tag. Found as the site reads the text, so an address in a code block is not one. The build's check of a
 * picture's language and {@code ./guide translate}, which puts a translation's pictures in its language, both read them.
 */
public final class ImageAddresses {
    /** The address prefix of the content folder's images. */
    public static final String PREFIX = "/" + ImageCatalog.FOLDER + "/";
    private static final Pattern SRC = Pattern.compile("<img\\b[^>]*?\\bsrc\\s*=\\s*([\"'])(/[^\"'\\s]*)\\1", Pattern.CASE_INSENSITIVE);

    private ImageAddresses() {
    }

    /** One address in the text: its offsets in the body, end exclusive. */
    public record Address(int start, int end) {
        public String in(String body) {
            return body.substring(start, end);
        }
    }

    /** The addresses under {@code /images/} in {@code body}, in the order of the text. */
    public static List<Address> of(String body) {
        List<Address> found = new ArrayList<>();
        for (Node node : Markdown.parse(body).getDescendants()) {
            if (node instanceof Image image) {
                found.add(new Address(image.getUrl().getStartOffset(), image.getUrl().getEndOffset()));
            } else if (node instanceof Reference reference) {
                found.add(new Address(reference.getUrl().getStartOffset(), reference.getUrl().getEndOffset()));
            } else if (node instanceof HtmlInlineBase || node instanceof HtmlBlockBase) {
                Matcher m = SRC.matcher(node.getChars());
                while (m.find()) {
                    found.add(new Address(node.getStartOffset() + m.start(2), node.getStartOffset() + m.end(2)));
                }
            }
        }
        return found.stream().filter(a -> a.end() > a.start() && a.in(body).startsWith(PREFIX)).distinct()
                .sorted(Comparator.comparingInt(Address::start)).toList();
    }
}
