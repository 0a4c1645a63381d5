package guide.build;

import guide.content.ContentDocument;
import guide.content.ContentFiles;
import guide.content.DocumentType;
import guide.content.FrontMatter;
import guide.content.FrontMatterParser;
import guide.content.Slugs;
import guide.site.BuildFailure;
import guide.site.SiteConfig;
import guide.site.Utf8Text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The drafts of the content folder read from their headers alone ({@code status=draft}), each at the address a build would
 * give it ({@link ContentDocument#url()}): for the preview after a build that failed, whether before it read the content (a
 * bad setting, a merge conflict in a template or in {@code authors.yaml}) or after, so that a draft added, renamed or moved
 * meanwhile has a page at its address that says why it waits ({@link DraftAddress}). Nothing else of a file is checked: its
 * problems are the build's to name. Its header is read as far as it can be ({@link FrontMatterParser#lenient}), so a draft
 * with a mistake of its own is found too. When the settings cannot be read, a file name of letters outside ASCII gets the
 * address the default transliteration ({@code Latin-ASCII}) gives, and its {@link DraftAddress#unsure()} says so.
 */
final class DraftHeaders {
    private DraftHeaders() {
    }

    /** The drafts of {@code projectDir}'s content folder, in file order; none when the folder cannot be walked. */
    static List<DraftAddress> read(Path projectDir) {
        SiteConfig config;
        try {
            config = SiteConfig.load(projectDir);
        } catch (BuildFailure failure) {
            config = null; // the build names why; the folders are read on their own
        }
        Path contentDir = config != null ? config.contentDir() : SiteConfig.Folders.read(projectDir).content();
        List<DraftAddress> drafts = new ArrayList<>();
        try {
            for (Map.Entry<Path, ?> file : ContentFiles.walk(contentDir).markdown()) {
                FrontMatter header = header(file.getKey());
                if (header != null && "draft".equals(header.get("status"))) {
                    drafts.add(address(projectDir, contentDir, config, file.getKey(), header));
                }
            }
        } catch (UncheckedIOException e) {
            return drafts; // the build names the folder it cannot read
        }
        return drafts;
    }

    private static FrontMatter header(Path file) {
        try {
            return FrontMatterParser.lenient(Utf8Text.read(file));
        } catch (IOException | RuntimeException e) {
            return null; // unreadable: the build says why
        }
    }

    private static DraftAddress address(Path projectDir, Path contentDir, SiteConfig config, Path file, FrontMatter header) {
        Path relative = contentDir.relativize(file);
        String lang = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
        String name = file.getFileName().toString().replaceFirst("\\.md$", "");
        boolean known = config != null && config.languages().contains(lang);
        String slug = (known ? Slugs.of(config.language(lang).transliteration()) : Slugs.DEFAULT).slugify(name);
        DocumentType type = DocumentType.fromHeader(header.get("type")).orElse(DocumentType.POST);
        Path shown = projectDir.relativize(file);
        ContentDocument draft = new ContentDocument(shown, lang, slug, type, true, null, null, null, null, null, List.of(), header);
        String unsure = config == null && !name.chars().allMatch(c -> c < 0x80)
                ? "this address is the one Latin-ASCII gives the file's name: the settings (" + SiteConfig.FILE_NAME + ") could not be read, and site.language."
                        + lang + ".transliteration may make it another"
                : null;
        return new DraftAddress(Inputs.draftWarning(draft), draft.url(), draft.outputPath(), unsure, DraftKey.of(lang, header));
    }
}
