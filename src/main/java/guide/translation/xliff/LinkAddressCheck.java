package guide.translation.xliff;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.util.ast.Node;
import guide.check.PageAddresses;
import guide.check.PageFacts;
import guide.check.ReservedAddressCheck;
import guide.content.ContentDocument;
import guide.content.DocumentType;
import guide.content.Markdown;
import guide.content.SiteContent;
import guide.content.Slugs;
import guide.content.TemplateIds;
import guide.html.HeadingAddresses;
import guide.html.QuizAddresses;
import guide.site.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A link the translator pointed at a page of the translation's own language that the site does not have
 * ({@code /en/no-such-page/}): the CAT tool lets them edit the address in a link's end tag, and the build would refuse the
 * page as having a broken link, after the import had written it. The import refuses it instead, at the unit's line, with the
 * page a typo away if there is one (as the build offers it) or else the language's page addresses, so the translator can
 * correct the tag and import again. A link the translation already had before the import is not this import's doing, and is
 * left to the build. Which pages exist, and how an address leads to one, is the build's link check's
 * knowledge ({@link PageAddresses}); the pages are the content's, with the translation itself. Links to another language's
 * pages and outside the site are left as they are, as are addresses that are not a page's (a picture, a feed). A page that
 * is still a draft counts as none, as in the build, which publishes no draft: the refusal then names the draft's file.
 * A link's {@code #fragment} to a page of that language is held to the build's anchor rule ({@link PageAddresses#brokenAnchor})
 * against the ids that page will have, its headings' as the build gives them ({@link HeadingAddresses#facts}), a quiz's those
 * its checklist makes ({@link QuizAddresses#facts}: {@code #sign-late-payments}, {@code #q-threats}); the translation's own,
 * from its text as this import writes it. The ids every page's template and the build's passes number ({@code fn-1}:
 * {@link TemplateIds#usedBy}) are left to the build, and so are those of a quiz whose checklist is not well-formed.
 */
final class LinkAddressCheck {
    /** How many of the language's addresses a refusal lists when no one of them is a typo away. */
    private static final int LISTED = 12;
    private static final String FIX = "orrect the address in the link's end tag <ept id=\"%s\"> in the CAT tool, then import the file again";

    private LinkAddressCheck() {
    }

    /**
     * The translation as the import will write it.
     *
     * @param url    the address it will have ({@code /en/about/})
     * @param type   its page's type, which sets the ids its template has
     * @param before its body before the import, empty for a new page: a link it already has is not this import's
     * @param after  its body as the import writes it, whose headings a link to the page itself may name
     */
    record Translation(String url, DocumentType type, String before, String after) {
    }

    static void check(SiteContent content, XliffFile file, Map<String, TaggedText> targets, Translation translation, List<Problem> problems) {
        String lang = file.targetLang();
        String folder = lang + "/";
        List<ContentDocument> published = content.documents().stream().filter(d -> !d.draft()).toList();
        List<String> pages = new ArrayList<>(published.stream().map(ContentDocument::outputPath).toList());
        String own = outputPath(translation.url());
        pages.add(own);
        Slugs slugs = Slugs.of(content.config().language(lang).transliteration());
        PageAddresses addresses = new PageAddresses(content.config().baseUrl(), pages, ReservedAddressCheck.of(content.config(), lang).keySet(),
                page -> page.equals(own) ? facts(translation.after(), translation.type(), slugs)
                        : published.stream().filter(d -> d.outputPath().equals(page)).findFirst().flatMap(d -> facts(d.body(), d.type(), slugs)),
                page -> page.equals(own) ? Optional.of(Path.of(file.targetPath()))
                        : published.stream().filter(d -> d.outputPath().equals(page)).findFirst().map(d -> relative(content, d.source())));
        String before = translation.before();
        Set<String> had = links(before);
        for (ReadUnit unit : file.units()) {
            TaggedText target = targets.get(unit.id());
            if (target == null) {
                continue;
            }
            for (TaggedText.Tag tag : target.tags()) {
                if (tag.role() != TagRole.CLOSE) {
                    continue;
                }
                Optional<String> raw = PlaceholderCheck.address(tag.markdown()).filter(address -> !had.contains(address));
                Optional<String> missing = raw.flatMap(address -> addresses.missing(own, address, folder));
                if (missing.isPresent()) {
                    problems.add(new Problem(file.file(), unit.line(), unit.label() + ": " + message(content, lang, addresses, raw.get(),
                            missing.get(), tag.id())));
                }
                raw.filter(address -> !reserved(address)).flatMap(address -> addresses.brokenAnchor(own, address, folder))
                        .ifPresent(anchor -> problems.add(new Problem(file.file(), unit.line(), unit.label() + ": the link to " + raw.get()
                                + " would make the build refuse the page: " + anchor + ". C" + FIX.formatted(tag.id()))));
            }
        }
    }

    private static String message(SiteContent content, String lang, PageAddresses addresses, String raw, String path, String id) {
        String fix = FIX.formatted(id);
        Optional<ContentDocument> draft = draftAt(content, path);
        if (draft.isPresent()) {
            String file = relative(content, draft.get().source()).toString().replace('\\', '/');
            return "the link to " + raw + " leads to " + file + ", which is still a draft (status=draft), so the build would refuse it as"
                    + " a broken link: publish that page first, or link to the page in the source's language until then; then import the file again";
        }
        String start = "the link to " + raw + " leads to no page of the site, so the build would refuse it as a broken link: ";
        Optional<String> near = addresses.near(path);
        if (near.isPresent()) {
            return start + "did you mean " + near.get() + "? C" + fix;
        }
        List<String> all = addresses.in(lang + "/");
        return start + "the " + content.config().language(lang).englishName() + " pages are "
                + String.join(", ", all.subList(0, Math.min(LISTED, all.size()))) + (all.size() > LISTED ? " and " + (all.size() - LISTED) + " more" : "")
                + "; c" + fix;
    }

    /** The draft whose page {@code path} ({@code /en/late-fees/} or {@code /en/late-fees}) would be, if it is one. */
    private static Optional<ContentDocument> draftAt(SiteContent content, String path) {
        String page = outputPath(path.endsWith("/") || path.endsWith(".html") ? path : path + "/");
        return content.documents().stream().filter(d -> d.draft() && d.outputPath().equals(page)).findFirst();
    }

    /**
     * The ids a page with this text will have, its headings' made from its text in its language; a quiz's, its intro's and
     * those of its checklist, if it is well-formed.
     */
    private static Optional<PageFacts> facts(String body, DocumentType type, Slugs slugs) {
        return type == DocumentType.QUIZ ? QuizAddresses.facts(body, slugs) : Optional.of(HeadingAddresses.facts(body, type, slugs));
    }

    /**
     * Whether the address's fragment is an id the templates or the build's passes give a page of any type but a quiz
     * ({@code #fn-1}); a quiz's own ({@code #q-late}) are known from its checklist.
     */
    private static boolean reserved(String address) {
        int hash = address.indexOf('#');
        return hash >= 0 && Arrays.stream(DocumentType.values()).filter(type -> type != DocumentType.QUIZ)
                .anyMatch(type -> TemplateIds.usedBy(address.substring(hash + 1), type).isPresent());
    }

    private static Path relative(SiteContent content, Path source) {
        return source.isAbsolute() ? content.config().projectDir().relativize(source) : source;
    }

    /**
     * The addresses {@code body} links to as the site reads its links: Markdown links and pictures, reference definitions
     * ({@code [id]: /en/page/}) and {@code <a href>} in raw HTML; an address in a sentence or in code is no link.
     */
    private static Set<String> links(String body) {
        Set<String> links = new HashSet<>();
        for (Node node : Markdown.parse(body).getDescendants()) {
            if (node instanceof LinkNodeBase link) {
                links.add(link.getUrl().toString());
            } else if (node instanceof HtmlInlineBase || node instanceof HtmlBlockBase) {
                for (Element a : Jsoup.parseBodyFragment(node.getChars().toString()).select("a[href]")) {
                    links.add(a.attr("href"));
                }
            }
        }
        return links;
    }

    /** Where the page at {@code url} is written: {@code /en/about/} is {@code en/about/index.html}. */
    private static String outputPath(String url) {
        String path = url.substring(1);
        return path.endsWith("/") || path.isEmpty() ? path + "index.html" : path;
    }
}
