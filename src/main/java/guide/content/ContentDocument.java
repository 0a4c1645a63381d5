package guide.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One validated content file: an article, page, home page, quiz or not-found page in one language.
 *
 * @param source        path relative to the project, e.g. {@code content/pl/o-przewodniku.md}
 * @param lang          language code from the folder, e.g. {@code pl}
 * @param slug          ASCII slug from the file name
 * @param type          what kind of page it is
 * @param draft         true for {@code status=draft}: validated, never published
 * @param frontMatter   all header values with their lines, and the Markdown body
 */
public record ContentDocument(Path source, String lang, String slug, DocumentType type, boolean draft,
                              String title, LocalDate date, String translationKey, String author,
                              String summary, List<String> tags, FrontMatter frontMatter) {

    /** The clean, root-relative URL readers see, e.g. {@code /pl/o-przewodniku/}. */
    public String url() {
        return switch (type) {
            case HOME -> "/" + lang + "/";
            case NOTFOUND -> "/" + lang + "/404.html";
            default -> "/" + lang + "/" + slug + "/";
        };
    }

    /** Where the page is written, relative to the output folder. */
    public String outputPath() {
        return switch (type) {
            case HOME -> lang + "/index.html";
            case NOTFOUND -> lang + "/404.html";
            default -> lang + "/" + slug + "/index.html";
        };
    }

    public String body() {
        return frontMatter.body();
    }

    /**
     * When the text last changed meaningfully: {@code updated=} if the header has it (the scanner has
     * checked it is a date), else the publication date. Machines read it: structured data's
     * {@code dateModified}, the sitemap's {@code lastmod}, the feed's {@code updated}.
     */
    public LocalDate updated() {
        String updated = frontMatter.get("updated");
        return updated == null ? date : LocalDate.parse(updated);
    }

    public boolean isArticle() {
        return type == DocumentType.POST;
    }
}
