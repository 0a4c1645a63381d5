package guide.translation.xliff;

import guide.content.ContentDocument;
import guide.content.SiteContent;
import guide.site.Problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Is an XLIFF file for this document and these languages, and may its translation go where it
 * says? The source language and translationKey must be the source's, the target language one of
 * the site's other languages, and the translation file must sit in that language's folder and
 * be (or become) the only version of the page in that language. The translation is the target
 * language's page with the source's translationKey (one per language): when no page is at the file the
 * XLIFF names, because the page was named with {@code --name} at its first import or renamed since the
 * export, the import goes to that page, so a file imported once can be imported again. A refused language is named
 * at the line of the {@code <file>} element whose {@code source-language=} or {@code target-language=} says it, as a
 * translator looking for it in the file needs.
 */
final class ImportTarget {
    private final SiteContent content;
    private final XliffFile file;
    private final ContentDocument source;

    ImportTarget(SiteContent content, XliffFile file, ContentDocument source) {
        this.content = content;
        this.file = file;
        this.source = source;
    }

    /** The existing translation file, if there is one; problems go to {@code problems}. */
    Optional<ContentDocument> check(List<Problem> problems) {
        String shown = XliffExporter.path(source);
        if (!file.sourceLang().equals(source.lang())) {
            problems.add(new Problem(file.file(), file.languageLines().source(), "says its source is in " + file.sourceLang() + ", but " + shown + " is in " + source.lang()));
        }
        if (!file.translationKey().equals(source.translationKey())) {
            problems.add(problem("is for translationKey '" + file.translationKey() + "', but " + shown + " has '" + source.translationKey()
                    + "': it was exported from another document"));
        }
        List<String> languages = content.config().languages();
        if (!languages.contains(file.targetLang()) || file.targetLang().equals(source.lang())) {
            problems.add(new Problem(file.file(), file.languageLines().target(), "is a translation into '" + file.targetLang()
                    + "', which is not another language of this site (" + String.join(", ", languages) + ")"));
            return Optional.empty();
        }
        String folder = content.config().projectDir().relativize(content.config().contentDir()).toString().replace('\\', '/')
                + "/" + file.targetLang() + "/";
        Path normal = Path.of(file.targetPath()).normalize();
        if (!normal.toString().replace('\\', '/').equals(file.targetPath()) || !file.targetPath().startsWith(folder)
                || !file.targetPath().endsWith(".md")) {
            problems.add(problem("its translation file " + file.targetPath() + " is not a Markdown file in " + folder));
            return Optional.empty();
        }
        Optional<ContentDocument> existing = content.documents().stream().filter(d -> XliffExporter.path(d).equals(file.targetPath())).findFirst();
        Optional<ContentDocument> translation = content.documents().stream()
                .filter(d -> d.lang().equals(file.targetLang()) && d.translationKey().equals(source.translationKey()))
                .findFirst();
        if (existing.isEmpty()) {
            return translation; // made under the name given at its import, or renamed since the export: still this page's translation
        }
        if (!existing.get().translationKey().equals(source.translationKey())) {
            problems.add(problem(file.targetPath() + " is another page (translationKey '" + existing.get().translationKey()
                    + "'), not a translation of " + shown));
        }
        translation.filter(d -> !XliffExporter.path(d).equals(file.targetPath()))
                .ifPresent(other -> problems.add(problem("is for " + file.targetPath() + ", but " + XliffExporter.path(other)
                        + " is already the " + file.targetLang() + " version of " + shown)));
        return existing;
    }

    private Problem problem(String message) {
        return new Problem(file.file(), 0, message);
    }
}
