package guide.translation.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The translatable text of one unit: runs of text (Markdown as written, so that escapes and
 * entities survive) between inline placeholders, each carrying the Markdown it stands for.
 */
public record TaggedText(List<Span> spans) {

    public TaggedText {
        spans = List.copyOf(spans);
    }

    /** One piece of a unit's text. */
    public sealed interface Span permits Text, Tag {
        /** The Markdown this piece contributes to the document. */
        String markdown();
    }

    /** Words the translator translates. */
    public record Text(String text) implements Span {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String markdown() {
            return text;
        }
    }

    /**
     * A placeholder: the translator moves it, never edits it.
     *
     * @param id       the same for the start and end of a pair; unique within the unit otherwise
     * @param type     what it is: link, image, bold, italic, code, footnote, html, lb, ... (XLIFF's ctype)
     * @param markdown the Markdown it stands for, e.g. {@code ](/pl/o-przewodniku/)}
     */
    public record Tag(TagRole role, String id, String type, String markdown) implements Span {
        public Tag {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(markdown, "markdown");
        }
    }

    public static TaggedText of(String plain) {
        return new TaggedText(plain.isEmpty() ? List.of() : List.of(new Text(plain)));
    }

    /** The Markdown of the whole unit. */
    public String markdown() {
        StringBuilder out = new StringBuilder();
        spans.forEach(s -> out.append(s.markdown()));
        return out.toString();
    }

    public List<Tag> tags() {
        return spans.stream().filter(Tag.class::isInstance).map(Tag.class::cast).toList();
    }

    /** True when there is neither text nor a placeholder. */
    public boolean isEmpty() {
        return spans.stream().allMatch(s -> s instanceof Text t && t.text().isEmpty());
    }

    /** Collects spans, merging neighbouring text. */
    public static final class Builder {
        private final List<Span> spans = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        public Builder text(CharSequence chars) {
            text.append(chars);
            return this;
        }

        public Builder tag(TagRole role, String id, String type, String markdown) {
            flush();
            spans.add(new Tag(role, id, type, markdown));
            return this;
        }

        public TaggedText build() {
            flush();
            return new TaggedText(spans);
        }

        private void flush() {
            if (!text.isEmpty()) {
                spans.add(new Text(text.toString()));
                text.setLength(0);
            }
        }
    }
}
