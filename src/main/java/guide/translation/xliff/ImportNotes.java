package guide.translation.xliff;

import guide.content.SiteContent;
import guide.site.TextLines;
import guide.translation.TranslatedAddresses;
import guide.translation.TranslatedLinks;
import guide.translation.TranslatedPictures;

import java.util.ArrayList;
import java.util.List;

/**
 * The report step of an import ({@link XliffImporter}): what the command says of the file it writes, each note at its line of the
 * file. A new page's links that still lead to source-language pages (no version in the target language yet, or only a draft),
 * and, for every import, its pictures switched to the target language's versions ({@link TranslatedPictures}): what
 * {@code ./guide translate} says of them too.
 */
final class ImportNotes {
    private final SiteContent content;
    private final XliffFile file;

    ImportNotes(SiteContent content, XliffFile file) {
        this.content = content;
        this.file = file;
    }

    /** The notes on {@code text}, the file to write, whose {@code body} ends it; a new page's links are named too. */
    List<TranslatedLinks.Note> of(String text, String body, TranslatedPictures pictures, boolean newPage) {
        int firstLine = TextLines.lineAt(text, text.length() - body.length());
        String targetName = content.config().language(file.targetLang()).englishName();
        List<TranslatedLinks.Note> notes = new ArrayList<>();
        if (newPage) {
            notes.addAll(TranslatedLinks.of(body, file.sourceLang(), file.targetLang(), new TranslatedAddresses(content.documents()), firstLine)
                    .notes(content.config().language(file.sourceLang()).englishName(), targetName));
        }
        pictures.notes(targetName).forEach(n -> notes.add(new TranslatedLinks.Note(firstLine - 1 + n.line(), n.message())));
        return notes;
    }
}
