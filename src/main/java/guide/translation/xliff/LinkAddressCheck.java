package guide.translation.xliff;

import guide.check.PageAddresses;
import guide.check.ReservedAddressCheck;
import guide.content.ContentDocument;
import guide.content.SiteContent;
import guide.site.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 */
final class LinkAddressCheck {
    /** How many of the language's addresses a refusal lists when no one of them is a typo away. */
    private static final int LISTED = 12;

    private LinkAddressCheck() {
    }

    /**
     * @param ownUrl the address the translation will have ({@code /en/about/})
     * @param before the translation's body before the import, empty for a new page: a link it already has is not this import's
     */
    static void check(SiteContent content, XliffFile file, Map<String, TaggedText> targets, String ownUrl, String before, List<Problem> problems) {
        String lang = file.targetLang();
        String folder = lang + "/";
        List<String> pages = new ArrayList<>(content.documents().stream().filter(d -> !d.draft()).map(ContentDocument::outputPath).toList());
        String own = outputPath(ownUrl);
        pages.add(own);
        PageAddresses addresses = new PageAddresses(content.config().baseUrl(), pages,
                ReservedAddressCheck.of(content.config(), lang).keySet());
        for (ReadUnit unit : file.units()) {
            TaggedText target = targets.get(unit.id());
            if (target == null) {
                continue;
            }
            for (TaggedText.Tag tag : target.tags()) {
                if (tag.role() != TagRole.CLOSE) {
                    continue;
                }
                Optional<String> raw = PlaceholderCheck.address(tag.markdown());
                Optional<String> missing = raw.filter(address -> !hadLink(before, address)).flatMap(address -> addresses.missing(own, address, folder));
                if (missing.isPresent()) {
                    problems.add(new Problem(file.file(), unit.line(), unit.label() + ": " + message(content, lang, addresses, raw.get(),
                            missing.get(), tag.id())));
                }
            }
        }
    }

    private static String message(SiteContent content, String lang, PageAddresses addresses, String raw, String path, String id) {
        String fix = "orrect the address in the link's end tag <ept id=\"" + id + "\"> in the CAT tool, then import the file again";
        Optional<ContentDocument> draft = draftAt(content, path);
        if (draft.isPresent()) {
            Path source = draft.get().source();
            String file = (source.isAbsolute() ? content.config().projectDir().relativize(source) : source).toString().replace('\\', '/');
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

    /** Whether {@code body} already links to {@code address}, as Markdown writes a link's address. */
    private static boolean hadLink(String body, String address) {
        return body.contains("(" + address + ")") || body.contains("(" + address + " ") || body.contains("(<" + address + ">");
    }

    /** Where the page at {@code url} is written: {@code /en/about/} is {@code en/about/index.html}. */
    private static String outputPath(String url) {
        String path = url.substring(1);
        return path.endsWith("/") || path.isEmpty() ? path + "index.html" : path;
    }
}
