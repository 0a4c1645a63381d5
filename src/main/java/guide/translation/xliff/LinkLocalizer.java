package guide.translation.xliff;

import guide.content.ContentDocument;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CAT tool copies the source's placeholders into the target, so a new translation's links point
 * at the source language's pages. Where the linked page has a version in the target language, the
 * link goes there instead (with the same #anchor: ids are shared between languages); the site's
 * cross-language link check would refuse the source-language address. Placeholders the target
 * already changed (an existing translation's own links) are left as they are.
 */
final class LinkLocalizer {
    private static final Pattern LINK_END = Pattern.compile("^(\\]\\(\\s*<?)(/[^)\\s#>]*)(#[^)\\s>]*)?(.*)$", Pattern.DOTALL);

    /** "pl /pl/o-przewodniku/" to the en document's address, by translationKey. */
    private final Map<String, String> addresses = new HashMap<>();

    LinkLocalizer(List<ContentDocument> documents) {
        Map<String, Map<String, String>> byKey = new HashMap<>();
        for (ContentDocument doc : documents) {
            byKey.computeIfAbsent(doc.translationKey(), k -> new HashMap<>()).put(doc.lang(), doc.url());
        }
        for (ContentDocument doc : documents) {
            byKey.get(doc.translationKey()).forEach((lang, url) -> addresses.put(lang + " " + doc.url(), url));
        }
    }

    TaggedText localize(TaggedText source, TaggedText target, String sourceLang, String targetLang) {
        Map<String, String> copied = new HashMap<>();
        source.tags().stream().filter(t -> t.role() == TagRole.CLOSE).forEach(t -> copied.put(t.id(), t.markdown()));
        TaggedText.Builder out = new TaggedText.Builder();
        for (TaggedText.Span span : target.spans()) {
            if (span instanceof TaggedText.Tag tag && tag.role() == TagRole.CLOSE && tag.markdown().equals(copied.get(tag.id()))) {
                out.tag(tag.role(), tag.id(), tag.type(), localized(tag.markdown(), sourceLang, targetLang));
            } else if (span instanceof TaggedText.Tag tag) {
                out.tag(tag.role(), tag.id(), tag.type(), tag.markdown());
            } else {
                out.text(span.markdown());
            }
        }
        return out.build();
    }

    private String localized(String linkEnd, String sourceLang, String targetLang) {
        Matcher m = LINK_END.matcher(linkEnd);
        if (!m.matches() || !m.group(2).startsWith("/" + sourceLang + "/")) {
            return linkEnd;
        }
        String url = addresses.get(targetLang + " " + m.group(2));
        return url == null ? linkEnd : m.group(1) + url + (m.group(3) == null ? "" : m.group(3)) + m.group(4);
    }
}
