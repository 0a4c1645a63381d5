package guide.check;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The image a broken image address is a typo of ("did you mean …?"): the nearest by edit distance, within a third of the
 * name and three edits at most, in the same folder, then the page's own language's version, then the first in
 * alphabetical order, whatever order the build listed the files in.
 */
class NearImageTest {
    private static final Function<String, Optional<String>> NO_ORIGINALS = address -> Optional.empty();

    @Test
    void anImageInTheSiteRootIsFoundToo() {
        assertEquals(Optional.of("/logo.svg"), NearImage.of(site("logo.svg"), "en/a/index.html", "/logo.sgv", NO_ORIGINALS));
    }

    @Test
    void aShortNameIsAllowedAThirdOfItsLengthInEditsAndOnlyImagesOfTheSameFolderCount() {
        assertEquals(Optional.empty(), NearImage.of(site("images/abc.svg"), "en/a/index.html", "/images/a.svg", NO_ORIGINALS),
                "a.svg (5 characters) allows one edit, and abc.svg is two away");
        assertEquals(Optional.empty(), NearImage.of(site("images/stepz.svgz", "images/old/stepz.svg"), "en/a/index.html", "/images/stepz.svg",
                NO_ORIGINALS), "stepz.svgz is no image, and old/ is another folder");
        assertEquals(Optional.empty(), NearImage.of(site("images/v2/steps.svg"), "en/a/index.html", "/images/steps.svg", NO_ORIGINALS),
                "v2/steps.svg is three letters from steps.svg, but in another folder: another picture");
    }

    @Test
    void equallyNearImagesAreOfferedInAlphabeticalOrderAndTheNearestFirst() {
        assertEquals(Optional.of("/images/stepa.svg"), NearImage.of(site("images/stepz.svg", "images/stepa.svg"), "en/a/index.html",
                "/images/stepx.svg", NO_ORIGINALS));
        assertEquals(Optional.of("/images/steps.svg"), NearImage.of(site("images/atepx.svg", "images/steps.svg"), "en/a/index.html",
                "/images/stepz.svg", NO_ORIGINALS), "steps.svg is one edit away, atepx.svg two");
    }

    /**
     * The page's language is told by the file's name: a folder whose name carries a language ({@code -en.}) makes neither
     * picture in it the page's own, so the Polish page is offered the Polish picture, not the English one first in the alphabet.
     */
    @Test
    void thePicturePreferredIsTheOneNamedForThePagesLanguageWhateverItsFolderIsCalled() {
        assertEquals(Optional.of("/images/v-pl.2/steps-pl.svg"), NearImage.of(site("images/v-pl.2/steps-en.svg", "images/v-pl.2/steps-pl.svg"),
                "pl/a/index.html", "/images/v-pl.2/steps.svg", NO_ORIGINALS));
    }

    @Test
    void theImageAskedForIsNotItsOwnTypo() {
        assertEquals(Optional.of("/images/stepz.svg"), NearImage.of(site("images/steps.svg", "images/stepz.svg"), "en/a/index.html",
                "/images/steps.svg", NO_ORIGINALS));
    }

    /** A resized copy whose original the build does not know (a file that only looks like one) is offered as itself. */
    @Test
    void aCopyWithoutAKnownOriginalIsOfferedAsItIs() {
        assertEquals(Optional.of("/images/photo-1200w.jpg"), NearImage.of(site("images/photo-1200w.jpg"), "en/a/index.html",
                "/images/photo-1200x.jpg", NO_ORIGINALS));
    }

    private static BuiltSite site(String... files) {
        return new BuiltSite(new LinkedHashSet<>(List.of(files)), Map.of());
    }
}
