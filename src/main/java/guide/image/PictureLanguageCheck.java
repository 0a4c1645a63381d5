package guide.image;

import guide.content.ContentDocument;
import guide.site.Language;
import guide.site.Problem;
import guide.site.TextLines;

import java.util.ArrayList;
import java.util.List;

/**
 * A page that shows a picture in another language than its own, while the picture exists in the page's language: the
 * usual slip of a translation, whose text started as its source's ({@code ./guide translate}) with the source's
 * {@code ![…](/images/exit-steps-pl.svg)}. Once the alt text is translated nothing else gives it away, and readers
 * see the other language's words in the drawing, so the build warns at the image's line and names the picture to show
 * ({@link PictureTwins} decides both). A drawing whose SVG declares another language and has no version in the page's is
 * warned of there too, with the name that version takes: its readers see words in a language they may not read, and drawing
 * it is the only way to silence the warning. Pictures without a language are left alone, and so is one whose language only
 * its name tells, without a version in the page's (such a name may end in a word that is a language's code).
 */
public final class PictureLanguageCheck {
    private PictureLanguageCheck() {
    }

    /** A warning for each image of a published page that is in another language than the page and has a twin in its own. */
    public static List<Problem> of(List<ContentDocument> published, PictureTwins twins) {
        List<Problem> warnings = new ArrayList<>();
        for (ContentDocument doc : published) {
            String body = doc.body();
            if (!body.contains(ImageAddresses.PREFIX)) {
                continue;
            }
            for (ImageAddresses.Address at : ImageAddresses.of(body)) {
                String address = at.in(body);
                int line = doc.frontMatter().bodyStartLine() + TextLines.lineAt(body, at.start()) - 1;
                twins.of(address, doc.lang()).ifPresent(mismatch -> warnings.add(Problem.warning(doc.source(), line, message(address, doc.lang(), mismatch))));
                twins.missing(address, doc.lang()).ifPresent(missing -> warnings.add(Problem.warning(doc.source(), line,
                        untranslated(address, doc.lang(), missing))));
            }
        }
        return warnings;
    }

    /** {@code the picture /images/a-pl.svg is in Polish (lang="pl"); use its English version, /images/a-en.svg}. */
    public static String message(String address, String pageLang, PictureTwins.Mismatch mismatch) {
        String why = mismatch.declared() ? "lang=\"" + mismatch.language() + "\"" : "its name ends in -" + mismatch.language();
        return "the picture " + address + " is in " + name(mismatch.language()) + " (" + why + "); use its " + name(pageLang)
                + " version, " + mismatch.twin();
    }

    /**
     * {@code the picture /images/a.svg has its words in Polish (lang="pl") and no English version: draw one, save it beside it
     * as a-en.svg and show /images/a-en.svg here}.
     */
    static String untranslated(String address, String pageLang, PictureTwins.Mismatch missing) {
        String file = missing.twin().replaceFirst("[?#].*$", "");
        return "the picture " + address + " has its words in " + name(missing.language()) + " (lang=\"" + missing.language() + "\") and no "
                + name(pageLang) + " version: draw one, save it beside it as " + file.substring(file.lastIndexOf('/') + 1)
                + " and show " + missing.twin() + " here";
    }

    /** The language's English name, with its region where the code gives one: "Polish", "American English". */
    static String name(String code) {
        return Language.englishNameOf(code);
    }
}
