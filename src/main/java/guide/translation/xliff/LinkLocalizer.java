package guide.translation.xliff;

import guide.content.ContentDocument;
import guide.translation.TranslatedAddresses;

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

    private final TranslatedAddresses addresses;

    LinkLocalizer(List<ContentDocument> documents) {
        this.addresses = new TranslatedAddresses(documents);
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

    /** A link's end placeholder ({@code ](/pl/page/#id)}) pointing at the target language's version of the page, where there is one. */
    String localized(String linkEnd, String sourceLang, String targetLang) {
        Matcher m = LINK_END.matcher(linkEnd);
        if (!m.matches() || !m.group(2).startsWith("/" + sourceLang + "/")) {
            return linkEnd;
        }
        return addresses.in(targetLang, m.group(2)).map(url -> m.group(1) + url + (m.group(3) == null ? "" : m.group(3)) + m.group(4))
                .orElse(linkEnd);
    }
}
