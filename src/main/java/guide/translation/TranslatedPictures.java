package guide.translation;

import guide.image.ImageAddresses;
import guide.image.PictureTwins;
import guide.site.TextLines;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The pictures of a new translation's text, which starts as its source's, or of new pictures in an imported one: a picture in another language than the
 * translation's ({@code /images/exit-steps-pl.svg}, by its SVG's {@code lang} or its name) whose version in the
 * translation's language exists ({@code /images/exit-steps-en.svg}) is shown in that version instead, as the build would
 * ask ({@link guide.image.PictureLanguageCheck}); the translator is told of each, since its alt text, still the
 * source's words, is theirs to translate to match. Pictures without a language or without a version in the
 * target language stay.
 *
 * @param body     the text with those pictures switched
 * @param switched each picture switched, in the order of the text
 */
public record TranslatedPictures(String body, List<TranslatedLinks.Link> switched) {
    public TranslatedPictures {
        switched = List.copyOf(switched);
    }

    /** The body of a new translation into {@code targetLang}, whose first line is line {@code firstLine} of its file. */
    public static TranslatedPictures of(String body, String targetLang, PictureTwins twins, int firstLine) {
        return of(body, targetLang, twins, firstLine, Set.of());
    }

    /**
     * The same for a translation that exists already ({@code kept}: the picture addresses its text shows now): only
     * pictures it does not show yet, new in its source since, are switched, so a picture the translator chose to show
     * as it is stays.
     */
    public static TranslatedPictures of(String body, String targetLang, PictureTwins twins, int firstLine, Set<String> kept) {
        StringBuilder out = new StringBuilder();
        List<TranslatedLinks.Link> switched = new ArrayList<>();
        int done = 0;
        for (ImageAddresses.Address at : ImageAddresses.of(body)) {
            String from = at.in(body);
            var twin = kept.contains(from) ? Optional.<PictureTwins.Mismatch>empty() : twins.of(from, targetLang);
            if (twin.isEmpty()) {
                continue;
            }
            out.append(body, done, at.start()).append(twin.get().twin());
            done = at.end();
            switched.add(new TranslatedLinks.Link(firstLine + TextLines.lineAt(body, at.start()) - 1, from, twin.get().twin()));
        }
        return new TranslatedPictures(out.append(body.substring(done)).toString(), switched);
    }

    /**
     * What the translator is told of each picture switched, in the words {@code ./guide translate} and an XLIFF import
     * that makes a new page both use: "the picture is now its English version, /images/x-en.svg (the source shows
     * /images/x-pl.svg)".
     *
     * @param targetName the target language's English name
     */
    public List<TranslatedLinks.Note> notes(String targetName) {
        return switched.stream().map(p -> new TranslatedLinks.Note(p.line(), "the picture is now its " + targetName + " version, " + p.to()
                + " (the source shows " + p.from() + ")")).toList();
    }
}
