package guide.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A content document for unit tests, built in memory as the scanner would make it from a file
 * {@code content/<lang>/<slug>.md}: the header values are also in its front matter, each on its own
 * line, and the body starts after the separator.
 */
public final class TestDocument {
    private final String lang;
    private final String slug;
    private DocumentType type = DocumentType.POST;
    private boolean draft;
    private final Map<String, String> header = new LinkedHashMap<>();
    private List<String> tags = List.of();
    private String body = "Text.\n";

    private TestDocument(String lang, String slug) {
        this.lang = lang;
        this.slug = slug;
        header.put("title", slug);
        header.put("date", "2026-11-01");
        header.put("type", "post");
        header.put("status", "published");
        header.put("translationKey", slug);
        header.put("author", "redakcja");
        header.put("summary", "About " + slug + ".");
    }

    /** An article {@code content/<lang>/<slug>.md}, published, dated 2026-11-01, its slug as title and translationKey. */
    public static TestDocument article(String lang, String slug) {
        return new TestDocument(lang, slug);
    }

    public TestDocument type(DocumentType value) {
        this.type = value;
        header.put("type", value.header());
        return this;
    }

    public TestDocument title(String value) {
        return header("title", value);
    }

    public TestDocument date(String value) {
        return header("date", value);
    }

    public TestDocument key(String value) {
        return header("translationKey", value);
    }

    public TestDocument author(String value) {
        return header("author", value);
    }

    public TestDocument tags(String... values) {
        this.tags = List.of(values);
        return header("tags", String.join(",", values));
    }

    public TestDocument draft() {
        this.draft = true;
        return header("status", "draft");
    }

    public TestDocument body(String value) {
        this.body = value;
        return this;
    }

    /** Any other header line ({@code sourceRevision}, {@code updated}, {@code legalStatus} …). */
    public TestDocument header(String key, String value) {
        header.put(key, value);
        return this;
    }

    public ContentDocument build() {
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(header.keySet());
        for (int i = 0; i < keys.size(); i++) {
            lines.put(keys.get(i), i + 1);
        }
        FrontMatter fm = new FrontMatter(header, lines, body, keys.size() + 2);
        return new ContentDocument(Path.of("content", lang, slug + ".md"), lang, slug, type, draft, header.get("title"),
                LocalDate.parse(header.get("date")), header.get("translationKey"), header.get("author"), header.get("summary"),
                tags, fm);
    }

    /** The file the document stands for, as an editor would write it. */
    public String fileText() {
        StringBuilder text = new StringBuilder();
        header.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        return text.append(FrontMatterParser.SEPARATOR).append('\n').append(body).toString();
    }
}
