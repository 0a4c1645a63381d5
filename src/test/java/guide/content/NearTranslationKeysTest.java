package guide.content;

import guide.site.Problem;
import guide.site.SmallProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A page and its translation whose translationKeys differ by a typo are two untranslated pages to the site; the build
 * warns at both keys' lines, naming the other page, and only when neither has a page in the other's language.
 */
class NearTranslationKeysTest {
    @TempDir
    Path dir;

    private List<String> warnings(String... pages) {
        SmallProject project = SmallProject.in(dir);
        for (int i = 0; i < pages.length; i += 2) {
            project.write(pages[i], """
                    title=A
                    date=2026-12-01
                    type=post
                    status=published
                    translationKey=%s
                    author=redakcja
                    summary=S.
                    ~~~~~~
                    Tekst.
                    """.formatted(pages[i + 1]));
        }
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        new ContentScanner(project.config(), project.authors()).scan(problems, warnings);
        assertEquals(List.of(), problems);
        return warnings.stream().map(Problem::toString).sorted().toList();
    }

    @Test
    void keysTwoEditsApartInTwoLanguagesAreWarnedOfAtBothHeaders() {
        assertEquals(List.of(
                "content/en/editors-trail.md:5: warning: translationKey 'editor-trail' has no Polish page, but content/pl/szlak.md has"
                        + " 'editor-trial': if they are translations, write the same key in both",
                "content/pl/szlak.md:5: warning: translationKey 'editor-trial' has no English page, but content/en/editors-trail.md has"
                        + " 'editor-trail': if they are translations, write the same key in both"),
                warnings("content/en/editors-trail.md", "editor-trail", "content/pl/szlak.md", "editor-trial"));
    }

    /**
     * A page near several keys of the other language is told of the nearest once (as "zebra-1" is near "zebry-1" and
     * "zebry-10" to "zebry-19"): forty such pages gave hundreds of warnings, which filled the preview's panel.
     */
    @Test
    void aPageNearSeveralKeysIsToldOfTheNearestOnce() {
        assertEquals(List.of(
                "content/en/zebra-1.md:5: warning: translationKey 'zebra-1' has no Polish page, but content/pl/zebry-1.md has"
                        + " 'zebry-1': if they are translations, write the same key in both",
                "content/pl/zebry-1.md:5: warning: translationKey 'zebry-1' has no English page, but content/en/zebra-1.md has"
                        + " 'zebra-1': if they are translations, write the same key in both",
                "content/pl/zebry-10.md:5: warning: translationKey 'zebry-10' has no English page, but content/en/zebra-1.md has"
                        + " 'zebra-1': if they are translations, write the same key in both",
                "content/pl/zebry-11.md:5: warning: translationKey 'zebry-11' has no English page, but content/en/zebra-1.md has"
                        + " 'zebra-1': if they are translations, write the same key in both"),
                warnings("content/en/zebra-1.md", "zebra-1", "content/pl/zebry-1.md", "zebry-1", "content/pl/zebry-10.md", "zebry-10",
                        "content/pl/zebry-11.md", "zebry-11"));
    }

    /** Two letters added count as two edits. */
    @Test
    void aKeyTwoLettersLongerIsNear() {
        assertEquals(List.of("content/en/rates.md:5: warning: translationKey 'rates' has no Polish page, but content/pl/stawki.md has 'rates-2': if"
                        + " they are translations, write the same key in both",
                        "content/pl/stawki.md:5: warning: translationKey 'rates-2' has no English page, but content/en/rates.md has 'rates': if"
                                + " they are translations, write the same key in both"),
                warnings("content/en/rates.md", "rates", "content/pl/stawki.md", "rates-2"));
    }

    /** Part 1 and part 2, each translated, are two pairs with alike keys, not a typo. */
    @Test
    void alikeKeysOfTranslatedPagesAreFine() {
        assertEquals(List.of(), warnings("content/pl/czesc-1.md", "part-1", "content/en/part-1.md", "part-1",
                "content/pl/czesc-2.md", "part-2", "content/en/part-2.md", "part-2"));
    }

    /** A Polish page with its translation is no typo of another English page's key, though the two keys are one edit apart. */
    @Test
    void aKeyThatHasAPageInTheOtherLanguageIsNotOffered() {
        assertEquals(List.of(), warnings("content/pl/czesc-1.md", "part-1", "content/en/part-1.md", "part-1",
                "content/en/part-2.md", "part-2"));
    }

    @Test
    void keysThreeEditsApartOrInOneLanguageAreFine() {
        assertEquals(List.of(), warnings("content/pl/a.md", "late-fees", "content/en/b.md", "overdue-invoices"));
        assertEquals(List.of(), warnings("content/pl/c.md", "quiz-1", "content/pl/d.md", "quiz-2"));
    }
}
