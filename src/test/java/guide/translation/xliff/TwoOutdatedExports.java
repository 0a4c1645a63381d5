package guide.translation.xliff;

import java.io.IOException;
import java.nio.file.Path;

import static guide.translation.xliff.XliffFixture.guide;
import static guide.translation.xliff.XliffFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The set-up two import tests share: in the fixture project, the Polish source gets a sentence more in its second paragraph,
 * then the outdated English translation goes out twice, to an agency and in house; and the translator's work of finishing
 * the paragraph left to review.
 *
 * @param translation the English translation both files were exported from
 * @param agency      the agency's file
 * @param inHouse     the in-house file
 */
record TwoOutdatedExports(Path translation, Path agency, Path inHouse) {
    /** The opening paragraph's text, in the translation and in both files. */
    static final String FIRST = "A paragraph.";
    /** The second paragraph's text, left to review in both files. */
    static final String SECOND = "The second part.";

    static TwoOutdatedExports of(Path project) throws IOException {
        XliffFixture.fixtureProject(project);
        Path pl = project.resolve("content/pl/inny-testowy.md");
        XliffFixture.write(pl, read(pl).replace("Druga część.", "Druga część. I jeszcze jedno zdanie."));
        return new TwoOutdatedExports(project.resolve("content/en/other-test.md"), export(project, "agency"), export(project, "in-house"));
    }

    private static Path export(Path project, String folder) {
        XliffFixture.Run run = guide(project, "translations", "export", "content/en/other-test.md", "--to", "en", "--output",
                project.resolve(folder).toString());
        assertEquals(0, run.code(), run.err());
        return project.resolve(folder + "/other-fixture.pl-en.xlf");
    }

    /** The translator's work: the paragraph to review, updated and marked translated. */
    static void finishTheSecondParagraph(Path xliff) throws IOException {
        String text = read(xliff).replace("state=\"needs-review-translation\">" + SECOND + "<",
                "state=\"translated\">The second part. And one more sentence.<");
        assertFalse(text.equals(read(xliff)), "the unit to review is in the file");
        XliffFixture.write(xliff, text);
    }
}
