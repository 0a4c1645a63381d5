package guide.translation;

import guide.content.ContentDocument;
import guide.content.FrontMatterParser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Starts a translation: a new file in the target language's folder with the front matter filled
 * in (title to translate, translationKey, stamp, same author and tags, status=draft so nothing
 * half-translated is published) and the source's body to work on. Never overwrites a file.
 */
public final class TranslationStarter {
    private TranslationStarter() {
    }

    /** Creates {@code target} and returns it. */
    public static Path start(ContentDocument source, Path target) throws IOException {
        var fm = source.frontMatter();
        StringBuilder text = new StringBuilder();
        text.append("title=").append(source.title()).append('\n');
        text.append("date=").append(fm.get("date")).append('\n');
        text.append("type=").append(fm.get("type")).append('\n');
        text.append("status=draft\n");
        text.append("translationKey=").append(source.translationKey()).append('\n');
        for (String key : new String[]{"author", "summary", "tags"}) {
            if (fm.get(key) != null) {
                text.append(key).append('=').append(fm.get(key)).append('\n');
            }
        }
        text.append(SourceRevision.KEY).append('=').append(SourceRevision.of(source.lang(), source.title(), source.body())).append('\n');
        text.append(FrontMatterParser.SEPARATOR).append('\n');
        text.append(source.body());
        Files.createDirectories(target.getParent());
        try {
            Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new FileAlreadyExistsException(target + " already exists; not overwritten");
        }
        return target;
    }
}
