package guide.translation;

import guide.content.ContentDocument;
import guide.content.FrontMatterParser;
import guide.image.PictureTwins;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Starts a translation: a new file in the target language's folder with the front matter filled
 * in (title to translate, translationKey, stamp, same author and tags, status=draft so nothing
 * half-translated is published) and the source's body to work on, its links pointed at the target language's
 * pages where they exist, its pictures in another language shown in the target language's versions where those exist.
 * Never overwrites a file.
 */
public final class TranslationStarter {
    private TranslationStarter() {
    }

    /**
     * Creates {@code target}, the translation into {@code lang}, with the source's text, whose links to pages that have
     * a version in {@code lang} go to that version ({@link TranslatedLinks}); returns what became of the links.
     */
    public static TranslatedLinks start(ContentDocument source, Path target, String lang, TranslatedAddresses addresses) throws IOException {
        return start(source, target, lang, addresses, null).links();
    }

    /** What a new translation's text changed from its source's: links to the target language's pages, pictures to its versions. */
    public record Started(TranslatedLinks links, TranslatedPictures pictures) {
    }

    /**
     * As {@link #start(ContentDocument, Path, String, TranslatedAddresses)}, and the pictures in another language than
     * {@code lang} that have a version in it shown in that version ({@link TranslatedPictures}; none when {@code twins} is null).
     */
    public static Started start(ContentDocument source, Path target, String lang, TranslatedAddresses addresses, PictureTwins twins)
            throws IOException {
        String header = header(source, source.title(), source.frontMatter().get("summary"), SourceRevision.of(source).to(lang));
        int firstLine = (int) header.lines().count() + 1;
        TranslatedLinks links = TranslatedLinks.of(source.body(), source.lang(), lang, addresses, firstLine);
        TranslatedPictures pictures = twins == null ? new TranslatedPictures(links.body(), List.of())
                : TranslatedPictures.of(links.body(), lang, twins, firstLine);
        String text = header + pictures.body();
        Files.createDirectories(target.getParent());
        try {
            Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new FileAlreadyExistsException(target + " already exists; not overwritten");
        }
        return new Started(links, pictures);
    }

    /**
     * The header of a new translation of {@code source}, its separator line included: the title and summary given
     * (the source's to translate, or a translator's), the source's date, type, translationKey, author and tags,
     * status=draft and the stamp (none when null). {@code ./guide translate} and an XLIFF import that makes a new file both write it.
     */
    public static String header(ContentDocument source, String title, String summary, SourceRevision stamp) {
        var fm = source.frontMatter();
        StringBuilder text = new StringBuilder();
        text.append("title=").append(title).append('\n');
        text.append("date=").append(fm.get("date")).append('\n');
        text.append("type=").append(fm.get("type")).append('\n');
        text.append("status=draft\n");
        text.append("translationKey=").append(source.translationKey()).append('\n');
        if (fm.get("author") != null) {
            text.append("author=").append(fm.get("author")).append('\n');
        }
        if (summary != null) {
            text.append("summary=").append(summary).append('\n');
        }
        if (fm.get("tags") != null) {
            text.append("tags=").append(fm.get("tags")).append('\n');
        }
        if (stamp != null) {
            text.append(SourceRevision.KEY).append('=').append(stamp).append('\n');
        }
        return text.append(FrontMatterParser.SEPARATOR).append('\n').toString();
    }
}
