package guide.readme;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The output "For editors" quotes, compared with a run of the same steps on a copy of the real project
 * (the README quotes the real site): the build's summary, a build that says no, the quiz's messages
 * for a statement added in Polish only, the problems and warnings of authors and interface words, a draft's problems as warnings, and a broken link and anchor, and HTML outside the allowlist, as "Add an article" shows them;
 * and the date lines and legal-status notes quoted, against the pages the first build made ({@link DateLineQuotes}; made by whichever of the two cases runs first,
 * so each passes run alone, {@link SharedStep}). Each test puts back what it changed ({@link ProjectEdits}), also when it fails, so the copy is built in
 * full once. Masked, because editors' work changes them: page and file counts, the time a build took,
 * the number of warnings of the real content (with the warnings' own lines), and the line numbers of
 * what the test appends to the English about page and of the author it rewrites (their lines depend on
 * what is above them); and the lines of {@code templates/i18n/*.yaml}, which move with every interface word added, are
 * checked against the files instead ({@link InterfaceWordLines}). The preview's
 * console is {@code PreviewReadmeTest}'s, the {@code curl} of a redirect {@code RenameReadmeTest}'s.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EditorsReadmeTest {
    private static final String ARTICLE = "content/pl/jak-zakonczyc-wspolprace-z-klientem-w-3-krokach.md";
    private static final String QUIZ = "content/pl/test-czy-rozstac-sie-z-klientem.md";
    private static final String EN_QUIZ = "content/en/is-it-time-to-fire-this-client.md";
    private static final String EN_WORDS = "templates/i18n/en.yaml";
    private static final String EN_SIGNS = "content/en/5-signs-its-time-to-fire-a-client.md";
    private static final String ABOUT = "content/en/about.md";
    private static final String AUTHORS = "content/authors.yaml";

    @RealProject
    static Path project;

    /**
     * The first build of the unchanged copy: case 1 quotes its summary, case 2 reads the pages it made, and the others build
     * after it, as an editor does (a failed build then says "the previous site was left as it was", as the README quotes).
     */
    private static final SharedStep<GuideRun> FIRST_BUILD = SharedStep.giving(() -> project, () -> GuideRun.run(project, "build"));

    @Test
    @Order(1)
    void aBuildAndABuildWithNothingChangedPrintTheirSummaries() throws Exception {
        ReadmeSection.Block block = ReadmeSection.subsection("Build and preview").block(0);
        GuideRun first = FIRST_BUILD.get();
        assertEquals(0, first.exitCode(), first.err());
        QuotedOutput.exactly(block, block.outputOf(0), withoutWarnings(first.lines(project)), EditorsReadmeTest::contentBound,
                "./guide build of the real project");
        GuideRun again = GuideRun.run(project, "build");
        QuotedOutput.inOrder(block, block.outputOf(1), again.lines(project), EditorsReadmeTest::contentBound,
                "./guide build again, nothing changed");
    }

    @Test
    @Order(2)
    void theDateLinesQuotedAreWhatTheBuildShows() throws Exception {
        GuideRun first = FIRST_BUILD.get();
        assertEquals(0, first.exitCode(), first.err());
        DateLineQuotes.in(project.resolve("target/site")).assertQuotedIn(ReadmeSection.named("For editors"));
    }

    @Test
    @Order(3)
    void aDamagedPhotoIsReportedWithTheBrokenLinksOfTheSameBuild() throws Exception {
        FIRST_BUILD.ensure();
        ReadmeSection.Block block = ReadmeSection.subsection("When the build says no").block(0);
        String aboutBefore = Files.readString(project.resolve(ABOUT));
        int image = aboutBefore.split("\n", -1).length + 2;
        GuideRun build;
        try (ProjectEdits edits = new ProjectEdits(project)) {
            byte[] photo = jpeg();
            build = edits.save(ARTICLE, s -> withLines(s, 16, "![Biurko z laptopem i kalendarzem](/images/biurko.jpg)", ""))
                    .write("content/images/biurko.jpg", Arrays.copyOf(photo, photo.length - 200))
                    .save(ABOUT, s -> s + "\n\n![](/images/exit-steps-en.svg)\n\n"
                            + "See [the steps](/en/how-to-end-a-client-relationship-in-3-steps/#no-such-step).\n")
                    .run("build");
        }
        assertEquals(1, build.exitCode());
        List<String> real = build.lines(project).stream()
                .map(line -> line.replace(ABOUT + ":" + image + ":", ABOUT + ":31:")
                        .replace(ABOUT + ":" + (image + 2) + ":", ABOUT + ":33:"))
                .toList();
        QuotedOutput.exactly(block, block.output(), real, line -> line,
                "./guide build with a damaged photo on line 17 of " + ARTICLE + ", and an image without alt text and a broken anchor"
                        + " on lines " + image + " and " + (image + 2) + " of " + ABOUT);
    }

    @Test
    @Order(4)
    void aStatementAddedInPolishOnlyIsNamedWithTheNewMaximum() throws Exception {
        FIRST_BUILD.ensure();
        ReadmeSection section = ReadmeSection.subsection("The quiz (self-assessment checklist)");
        String what = "./guide build with statement 'paid-after-demand' (2 points) added to " + QUIZ + " only";
        try (ProjectEdits edits = new ProjectEdits(project)) {
            GuideRun build = edits.save(QUIZ, s -> s.replaceFirst("(\\{#invoice-unpaid [^}]*}\n)",
                    "$1- [ ] Klient zapłacił dopiero po wezwaniu do zapłaty z odsetkami. {#paid-after-demand points=2}\n")).run("build");
            QuotedOutput.inOrder(section.block(4), section.block(4).output(), build.lines(project), line -> line, what);
            for (String file : List.of(QUIZ, EN_QUIZ)) {
                edits.save(file, s -> s.replace("{#exit points=21-65}", "{#exit points=21-67}"));
            }
            GuideRun bandsMoved = edits.run("build");
            QuotedOutput.exactly(section.block(3), section.block(3).output(), bandsMoved.lines(project).subList(0, 1), line -> line,
                    what + ", the bands of both files ending at 67");
        }
    }

    @Test
    @Order(4)
    void aSecondQuizWithoutItsOwnInstructionIsWarnedOf() throws Exception {
        FIRST_BUILD.ensure();
        ReadmeSection.Block block = ReadmeSection.subsection("The quiz (self-assessment checklist)").block(2);
        String second = "content/pl/test-czy-przyjac-projekt.md";
        GuideRun build;
        try (ProjectEdits edits = new ProjectEdits(project)) {
            build = edits.write(second, Files.readString(project.resolve(QUIZ))
                    .replace("translationKey=fire-client-quiz", "translationKey=take-project-quiz")
                    .replaceFirst("title=[^\n]*", "title=Czy przyjąć ten projekt? Test dla freelancerów").replaceFirst("date=[^\n]*", "date=2026-12-01")
                    .replaceFirst("updated=[^\n]*\n", "")).run("build");
        }
        QuotedOutput.exactly(block, block.output(), build.lines(project).stream().filter(line -> line.contains("warning:")).map(String::strip)
                .toList(), line -> line, "./guide build with a copy of " + QUIZ + " as " + second + ", another translationKey");
    }

    @Test
    @Order(5)
    void aBrokenAboutUrlIsReportedAtItsLine() throws Exception {
        FIRST_BUILD.ensure();
        ReadmeSection.Block block = words().block(1);
        GuideRun build;
        try (ProjectEdits edits = new ProjectEdits(project)) {
            build = edits.save(ABOUT, s -> s.replace("status=published", "status=draft")).run("build");
        }
        InterfaceWordLines.in(project).assertRight(build.lines(project));
        QuotedOutput.exactly(block, block.output(), build.lines(project), InterfaceWordLines::masked, "./guide build with " + ABOUT + " a draft");
    }

    @Test
    @Order(6)
    void anotherLanguagesAboutPageIsRefusedAndWarnedOf() throws Exception {
        FIRST_BUILD.ensure();
        try (ProjectEdits edits = new ProjectEdits(project)) {
            GuideRun refused = edits.save(EN_WORDS, s -> s.replace("aboutUrl: /en/about/\n", "aboutUrl: /pl/o-przewodniku/\n")).run("build");
            InterfaceWordLines.in(project).assertRight(refused.lines(project));
            QuotedOutput.exactly(words().block(2), words().block(2).output(), refused.lines(project), InterfaceWordLines::masked,
                    "./guide build with pl.yaml's aboutUrl copied into " + EN_WORDS);
            GuideRun warned = edits.delete(ABOUT).save(EN_SIGNS, s -> s.replace("(/en/about/)", "(/pl/o-przewodniku/)")).run("build");
            InterfaceWordLines.in(project).assertRight(warned.lines(project));
            assertEquals(0, warned.exitCode(), warned.err());
            QuotedOutput.inOrder(words().block(3), words().block(3).output(), warned.lines(project), InterfaceWordLines::masked,
                    "./guide build with " + ABOUT + " deleted and the English article's link to it pointed at the Polish page");
        }
    }

    @Test
    @Order(7)
    void anAuthorOnOneLineIsToldWhereTheTextGoes() throws Exception {
        FIRST_BUILD.ensure();
        ReadmeSection.Block block = words().block(0);
        int line = Files.readAllLines(project.resolve(AUTHORS)).indexOf("redakcja:") + 1;
        GuideRun build;
        try (ProjectEdits edits = new ProjectEdits(project)) {
            build = edits.save(AUTHORS, s -> s.replace(s.substring(s.indexOf("redakcja:\n")),
                            "redakcja: {name: {pl: Redakcja przewodnika, en: Freelancer's Guide editors}, schemaType: Organization,"
                                    + " role: {pl: Zespół redakcyjny, en: Editorial team}, bio: {pl: Redakcja., en: The editors.}, profiles: []}\n"))
                    .save("jbake.properties", s -> s.replace("site.languages=pl,en\n", "site.languages=pl,en,de\n"))
                    .run("build");
        }
        List<String> real = build.lines(project).stream()
                .map(printed -> printed.replace(AUTHORS + ":" + line + ":", AUTHORS + ":14:")).toList();
        QuotedOutput.inOrder(block, block.lines(), real, printed -> printed,
                "./guide build with de added to site.languages and redakcja in " + AUTHORS + " written on one line, line " + line);
    }

    @Test
    @Order(8)
    void aDraftsBrokenLinkAndMissingImageAreWarningsUntilItIsPublished() throws Exception {
        FIRST_BUILD.ensure();
        ReadmeSection.Block block = ReadmeSection.subsection("Add an article").block(1);
        String draft = LateFeesDraft.FILE;
        GuideRun warned;
        GuideRun stopped;
        try (ProjectEdits edits = new ProjectEdits(project)) {
            warned = edits.write(draft, LateFeesDraft.WITH_BROKEN_LINK_AND_IMAGE).run("build");
            stopped = edits.save(draft, s -> s.replace("status=draft", "status=published")).run("build");
        }
        assertEquals(0, warned.exitCode(), warned.err());
        QuotedOutput.exactly(block, draftLines(block.output()), draftLines(warned.lines(project)), line -> line,
                "./guide build with the draft " + draft);
        assertEquals(List.of(draft + ":12: broken link (no such page or file): /en/contracts/"),
                stopped.lines(project).stream().filter(line -> line.startsWith(draft + ":12:")).toList(), stopped.err());
    }

    @Test
    @Order(8)
    void aMistypedAddressAndABrokenAnchorAreNamedWithWhatWasMeant() throws Exception {
        FIRST_BUILD.ensure();
        ReadmeSection.Block block = ReadmeSection.subsection("Add an article").block(4);
        String steps = "content/en/how-to-end-a-client-relationship-in-3-steps.md";
        GuideRun build;
        try (ProjectEdits edits = new ProjectEdits(project)) {
            build = edits.save(steps, s -> s.replace("### Files and copyright {#copyright}", "### Files and copyright"))
                    .save(EN_SIGNS, s -> s.replace("[about the guide](/en/about/)", "[about the guide](/en/abuot/)")).run("build");
        }
        assertEquals(1, build.exitCode(), build.out());
        QuotedOutput.exactly(block, block.output(), build.lines(project), line -> line,
                "./guide build with {#copyright} taken off a heading of " + steps + " and /en/about/ typed /en/abuot/ in " + EN_SIGNS);
    }

    @Test
    @Order(8)
    void htmlOutsideTheAllowlistIsNamedWithWhatToDoInstead() throws Exception {
        FIRST_BUILD.ensure();
        ReadmeSection.Block block = ReadmeSection.subsection("Add an article").block(5);
        String about = "content/pl/o-przewodniku.md";
        GuideRun build;
        try (ProjectEdits edits = new ProjectEdits(project)) {
            build = edits.save(about, s -> s.replace("## Dla kogo piszemy\n", "## Dla kogo piszemy {.note}\n")
                    .replaceFirst("(?m)^(Nasze strony nie używają.*)$", "<p onclick=\"this.remove()\">$1</p>")
                    .stripTrailing() + "\n\n<p hidden>Do sprawdzenia przed publikacją.</p>\n").run("build");
        }
        assertEquals(1, build.exitCode(), build.out());
        QuotedOutput.exactly(block, block.output(), build.lines(project), line -> line,
                "./guide build with {.note}, onclick= and hidden written into " + about);
    }

    /** The text with {@code added} lines inserted before its {@code index}th line (0-based). */
    private static String withLines(String text, int index, String... added) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        lines.addAll(index, List.of(added));
        return String.join("\n", lines);
    }

    private static List<String> draftLines(List<String> lines) {
        return lines.stream().filter(line -> line.contains(LateFeesDraft.FILE)).toList();
    }

    private static ReadmeSection words() {
        return ReadmeSection.subsection("Authors and interface words");
    }

    /** The real content's warnings (a draft, say) are editors' work: their count is masked and their lines left out. */
    private static List<String> withoutWarnings(List<String> lines) {
        return lines.stream().filter(line -> !line.startsWith("    ")).toList();
    }

    /** A line with the figures that depend on the real content or on the machine masked. */
    static String contentBound(String line) {
        return line.replaceFirst("^Built \\d+ pages into (\\S+) in \\d+\\.\\d s \\(", "Built N pages into $1 in T s (")
                .replaceFirst("\\(\\d+ files rendered\\)", "(N files rendered)")
                .replaceFirst("^(\\s+(?:pl|en|root)\\s+)\\d+ pages", "$1N pages")
                .replaceFirst("^(\\s+)\\d+ warnings?$", "$1N warnings");
    }

    /** A JPEG photo; without its last bytes, what a copy cut short leaves. */
    private static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 320; x++) {
            for (int y = 0; y < 240; y++) {
                image.setRGB(x, y, x * 4 << 16 | y * 5 << 8 | (x + y));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
