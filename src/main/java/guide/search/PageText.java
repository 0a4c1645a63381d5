package guide.search;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What search knows of one published page: its language, address, title, date (yyyy-MM-dd, which
 * orders the index's page numbers) and the text readers see, section by section. The build takes
 * it from the rendered page ({@code guide.html.SearchableText}); the index does not care where it
 * came from.
 */
public record PageText(String lang, String url, String title, String date, List<Section> sections) implements Serializable {

    /** A part of the page under one heading: its anchor ("" for the text before the first heading), heading and text. */
    public record Section(String anchor, String heading, String text) implements Serializable {
        public Section {
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(text, "text");
        }
    }

    public PageText {
        if (lang == null || lang.isBlank()) {
            throw new IllegalArgumentException("a searchable page needs a language: " + url);
        }
        if (url == null || !url.startsWith("/")) {
            throw new IllegalArgumentException("a searchable page needs a site-relative address, got " + url);
        }
        Objects.requireNonNull(title, "title");
        date = date == null ? "" : date;
        sections = List.copyOf(sections);
    }
}
