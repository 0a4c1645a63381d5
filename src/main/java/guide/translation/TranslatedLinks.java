package guide.translation;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.util.ast.Node;
import guide.check.CrossLanguageLinkCheck;
import guide.content.Markdown;
import guide.site.TextLines;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links of a new translation's text, which starts as its source's: a link to a page of the
 * source language that has a version in the target language goes to that version instead, with its
 * {@code #anchor} and {@code ?query} (ids are shared between languages); the home page's address to
 * the target language's home page. A link to a page with no version in the target language yet
 * stays, and is listed for the translator; so does one whose version in the target language is still a draft, which
 * readers cannot open until it is published (a link to it would be broken). Links are found as the site reads them: Markdown links
 * and images, reference definitions ({@code [id]: /pl/…}) and {@code href="…"} in raw HTML; a
 * code block's text is not a link and stays as it is.
 *
 * @param body  the text with its links pointed at the target language's pages
 * @param moved each link that now goes to the target language's version, in the order of the text
 * @param kept  each link to a source-language page with no version in the target language yet
 * @param waiting each link to a source-language page whose version in the target language is a draft: it stays too
 */
public record TranslatedLinks(String body, List<Link> moved, List<Link> kept, List<Waiting> waiting) {
    /** Where a link's page address ends: at its #anchor or ?query. */
    private static final Pattern PATH_END = Pattern.compile("[#?]");
    private static final Pattern HREF = Pattern.compile("\\bhref\\s*=\\s*([\"'])(/[^\"'\\s]*)\\1", Pattern.CASE_INSENSITIVE);

    public TranslatedLinks {
        moved = List.copyOf(moved);
        kept = List.copyOf(kept);
        waiting = List.copyOf(waiting);
    }

    /**
     * A link of the text.
     *
     * @param line  its line in the new file
     * @param from  the address in the source ({@code /pl/o-przewodniku/#kontakt})
     * @param to    the address in the translation (the same when kept)
     */
    public record Link(int line, String from, String to) {
    }

    /**
     * A link of the text that stays on the source-language page because that page's version in the target language is
     * still a draft.
     *
     * @param line  its line in the new file
     * @param from  the address in the source, kept
     * @param draft the draft's address with the link's #anchor or ?query, where the link can go once it is published
     * @param file  the draft's file ({@code content/en/about.md})
     */
    public record Waiting(int line, String from, String draft, String file) {
    }

    /** What the translator is told about a link, at its line in the new file. */
    public record Note(int line, String message) {
    }

    /**
     * What the translator is told about each link that still leads to a source-language page, in the words both
     * {@code ./guide translate} and an XLIFF import that makes a new page use: those with no version in the target language
     * yet, then those whose version there is a draft.
     *
     * @param sourceName the source language's English name ("Polish")
     * @param targetName the target language's English name ("English")
     */
    public List<Note> notes(String sourceName, String targetName) {
        List<Note> notes = new ArrayList<>();
        for (Link link : kept) {
            notes.add(new Note(link.line(), link.from() + " has no " + targetName + " version yet: the link goes to the " + sourceName
                    + " page until " + CrossLanguageLinkCheck.article(targetName) + " version exists"));
        }
        for (Waiting link : waiting) {
            int anchor = link.from().indexOf('#');
            String page = anchor < 0 ? link.from() : link.from().substring(0, anchor);
            String theLink = anchor < 0 ? "the link" : "the link to " + link.from();
            notes.add(new Note(link.line(), "the " + targetName + " version of " + page + " is still a draft (" + link.file() + "): "
                    + theLink + " goes to the " + sourceName + " page until that draft is published; once it is, the build stops at this"
                    + " line and asks for " + link.draft()));
        }
        return notes;
    }

    /** A link's address in the text: where it starts and ends. */
    private record Address(int start, int end) {
    }

    /**
     * The body of a new translation from {@code sourceLang} into {@code targetLang}, whose first line is line
     * {@code firstLine} of its file.
     */
    public static TranslatedLinks of(String body, String sourceLang, String targetLang, TranslatedAddresses addresses, int firstLine) {
        List<Address> found = new ArrayList<>();
        for (Node node : Markdown.parse(body).getDescendants()) {
            if (node instanceof LinkNodeBase link && !link.getUrl().isEmpty()) {
                found.add(new Address(link.getUrl().getStartOffset(), link.getUrl().getEndOffset()));
            } else if (node instanceof HtmlInlineBase || node instanceof HtmlBlockBase) {
                Matcher m = HREF.matcher(node.getChars());
                while (m.find()) {
                    found.add(new Address(node.getStartOffset() + m.start(2), node.getStartOffset() + m.end(2)));
                }
            }
        }
        StringBuilder out = new StringBuilder();
        List<Link> moved = new ArrayList<>();
        List<Link> kept = new ArrayList<>();
        List<Waiting> waiting = new ArrayList<>();
        int done = 0;
        for (Address at : found.stream().distinct().sorted(Comparator.comparingInt(Address::start)).toList()) {
            String url = body.substring(at.start(), at.end());
            Matcher end = PATH_END.matcher(url);
            int cut = end.find() ? end.start() : url.length();
            String path = url.substring(0, cut);
            if (!path.startsWith("/" + sourceLang + "/") || !addresses.isPage(path)) {
                continue;
            }
            int line = firstLine + TextLines.lineAt(body, at.start()) - 1;
            var version = addresses.in(targetLang, path);
            var draft = addresses.draftIn(targetLang, path);
            if (draft.isPresent()) {
                waiting.add(new Waiting(line, url, draft.get().url() + url.substring(cut), draft.get().source().toString().replace('\\', '/')));
                continue;
            }
            if (version.isEmpty()) {
                kept.add(new Link(line, url, url));
                continue;
            }
            String to = version.get() + url.substring(cut);
            out.append(body, done, at.start()).append(to);
            done = at.end();
            moved.add(new Link(line, url, to));
        }
        return new TranslatedLinks(out.append(body.substring(done)).toString(), moved, kept, waiting);
    }
}
