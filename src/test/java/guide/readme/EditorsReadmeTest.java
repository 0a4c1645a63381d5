package guide.readme;

import guide.site.ProjectFiles;
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
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The output "For editors" quotes, compared with a run of the same steps on a copy of the real project
 * (the README quotes the real site): the build's summary, a build that says no, the quiz's messages
 * for a statement added in Polish only, the problems and warnings of authors and interface words, a draft's problems as warnings, and a broken link and anchor, and HTML outside the allowlist, as "Add an article" shows them;
 * and the date lines and legal-status notes quoted, against the pages the first build made ({@link DateLineQuotes}). Each test puts back what it changed, so the copy is built in
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

    @RealProject
    static Path project;

    @Test
    @Order(1)
    void aBuildAndABuildWithNothingChangedPrintTheirSummaries() {
        ReadmeSection.Block block = ReadmeSection.subsection("Build and preview").block(0);
        GuideRun first = GuideRun.run(project, "build");
        assertEquals(0, first.exitCode(), first.err());
        QuotedOutput.exactly(block, block.outputOf(0), withoutWarnings(first.lines(project)), EditorsReadmeTest::contentBound,
                "./guide build of the real project");
        GuideRun again = GuideRun.run(project, "build");
        QuotedOutput.inOrder(block, block.outputOf(1), again.lines(project), EditorsReadmeTest::contentBound,
                "./guide build again, nothing changed");
    }

    @Test
    @Order(2)
    void theDateLinesQuotedAreWhatTheBuildShows() {
        DateLineQuotes.in(project.resolve("target/site")).assertQuotedIn(ReadmeSection.named("For editors"));
    }

    @Test
    @Order(3)
    void aDamagedPhotoIsReportedWithTheBrokenLinksOfTheSameBuild() throws IOException {
        ReadmeSection.Block block = ReadmeSection.subsection("When the build says no").block(0);
        Path article = project.resolve(ARTICLE);
        Path about = project.resolve("content/en/about.md");
        String articleBefore = Files.readString(article);
        String aboutBefore = Files.readString(about);
        List<String> lines = Files.readAllLines(article);
        lines.add(16, "![Biurko z laptopem i kalendarzem](/images/biurko.jpg)");
        lines.add(17, "");
        Files.write(article, lines);
        byte[] photo = jpeg();
        Files.write(project.resolve("content/images/biurko.jpg"), Arrays.copyOf(photo, photo.length - 200));
        Files.writeString(about, aboutBefore + "\n\n![](/images/exit-steps-en.svg)\n\n"
                + "See [the steps](/en/how-to-end-a-client-relationship-in-3-steps/#no-such-step).\n");
        int image = aboutBefore.split("\n", -1).length + 2;
        GuideRun build = GuideRun.run(project, "build");
        Files.writeString(article, articleBefore);
        Files.writeString(about, aboutBefore);
        Files.delete(project.resolve("content/images/biurko.jpg"));
        assertEquals(1, build.exitCode());
        List<String> real = build.lines(project).stream()
                .map(line -> line.replace("content/en/about.md:" + image + ":", "content/en/about.md:31:")
                        .replace("content/en/about.md:" + (image + 2) + ":", "content/en/about.md:33:"))
                .toList();
        QuotedOutput.exactly(block, block.output(), real, line -> line,
                "./guide build with a damaged photo on line 17 of " + ARTICLE + ", and an image without alt text and a broken anchor"
                        + " on lines " + image + " and " + (image + 2) + " of content/en/about.md");
    }

    @Test
    @Order(4)
    void aStatementAddedInPolishOnlyIsNamedWithTheNewMaximum() throws IOException {
        ReadmeSection section = ReadmeSection.subsection("The quiz (self-assessment checklist)");
        String quiz = Files.readString(project.resolve(QUIZ));
        String enQuiz = Files.readString(project.resolve(EN_QUIZ));
        ProjectFiles.save(project, QUIZ, s -> s.replaceFirst("(\\{#invoice-unpaid [^}]*}\n)",
                "$1- [ ] Klient zapłacił dopiero po wezwaniu do zapłaty z odsetkami. {#paid-after-demand points=2}\n"));
        GuideRun build = GuideRun.run(project, "build");
        String what = "./guide build with statement 'paid-after-demand' (2 points) added to " + QUIZ + " only";
        QuotedOutput.inOrder(section.block(4), section.block(4).output(), build.lines(project), line -> line, what);
        for (String file : List.of(QUIZ, EN_QUIZ)) {
            ProjectFiles.save(project, file, s -> s.replace("{#exit points=21-65}", "{#exit points=21-67}"));
        }
        GuideRun bandsMoved = GuideRun.run(project, "build");
        Files.writeString(project.resolve(QUIZ), quiz);
        Files.writeString(project.resolve(EN_QUIZ), enQuiz);
        QuotedOutput.exactly(section.block(3), section.block(3).output(), bandsMoved.lines(project).subList(0, 1), line -> line,
                what + ", the bands of both files ending at 67");
    }

    @Test
    @Order(4)
    void aSecondQuizWithoutItsOwnInstructionIsWarnedOf() throws IOException {
        ReadmeSection.Block block = ReadmeSection.subsection("The quiz (self-assessment checklist)").block(2);
        Path second = project.resolve("content/pl/test-czy-przyjac-projekt.md");
        Files.writeString(second, Files.readString(project.resolve(QUIZ)).replace("translationKey=fire-client-quiz", "translationKey=take-project-quiz")
                .replaceFirst("title=[^\n]*", "title=Czy przyjąć ten projekt? Test dla freelancerów").replaceFirst("date=[^\n]*", "date=2026-12-01")
                .replaceFirst("updated=[^\n]*\n", ""));
        GuideRun build = GuideRun.run(project, "build");
        Files.delete(second);
        QuotedOutput.exactly(block, block.output(), build.lines(project).stream().filter(line -> line.contains("warning:")).map(String::strip)
                .toList(), line -> line, "./guide build with a copy of " + QUIZ + " as content/pl/test-czy-przyjac-projekt.md, another translationKey");
    }

    @Test
    @Order(5)
    void aBrokenAboutUrlIsReportedAtItsLine() throws IOException {
        ReadmeSection.Block block = words().block(1);
        String about = Files.readString(project.resolve("content/en/about.md"));
        ProjectFiles.save(project, "content/en/about.md", s -> s.replace("status=published", "status=draft"));
        GuideRun build = GuideRun.run(project, "build");
        Files.writeString(project.resolve("content/en/about.md"), about);
        InterfaceWordLines.in(project).assertRight(build.lines(project));
        QuotedOutput.exactly(block, block.output(), build.lines(project), InterfaceWordLines::masked, "./guide build with content/en/about.md a draft");
    }

    @Test
    @Order(6)
    void anotherLanguagesAboutPageIsRefusedAndWarnedOf() throws IOException {
        String words = Files.readString(project.resolve(EN_WORDS));
        ProjectFiles.save(project, EN_WORDS, s -> s.replace("aboutUrl: /en/about/\n", "aboutUrl: /pl/o-przewodniku/\n"));
        GuideRun refused = GuideRun.run(project, "build");
        InterfaceWordLines.in(project).assertRight(refused.lines(project));
        QuotedOutput.exactly(words().block(2), words().block(2).output(), refused.lines(project), InterfaceWordLines::masked,
                "./guide build with pl.yaml's aboutUrl copied into " + EN_WORDS);
        String about = Files.readString(project.resolve("content/en/about.md"));
        String signs = Files.readString(project.resolve(EN_SIGNS));
        Files.delete(project.resolve("content/en/about.md"));
        ProjectFiles.save(project, EN_SIGNS, s -> s.replace("(/en/about/)", "(/pl/o-przewodniku/)"));
        GuideRun warned = GuideRun.run(project, "build");
        InterfaceWordLines.in(project).assertRight(warned.lines(project));
        Files.writeString(project.resolve("content/en/about.md"), about);
        Files.writeString(project.resolve(EN_SIGNS), signs);
        Files.writeString(project.resolve(EN_WORDS), words);
        assertEquals(0, warned.exitCode(), warned.err());
        QuotedOutput.inOrder(words().block(3), words().block(3).output(), warned.lines(project), InterfaceWordLines::masked,
                "./guide build with content/en/about.md deleted and the English article's link to it pointed at the Polish page");
    }

    @Test
    @Order(7)
    void anAuthorOnOneLineIsToldWhereTheTextGoes() throws IOException {
        ReadmeSection.Block block = words().block(0);
        Path authors = project.resolve("content/authors.yaml");
        String before = Files.readString(authors);
        int line = Files.readAllLines(authors).indexOf("redakcja:") + 1;
        ProjectFiles.save(project, "content/authors.yaml", s -> s.replace(s.substring(s.indexOf("redakcja:\n")),
                "redakcja: {name: {pl: Redakcja przewodnika, en: Freelancer's Guide editors}, schemaType: Organization,"
                        + " role: {pl: Zespół redakcyjny, en: Editorial team}, bio: {pl: Redakcja., en: The editors.}, profiles: []}\n"));
        ProjectFiles.save(project, "jbake.properties", s -> s.replace("site.languages=pl,en\n", "site.languages=pl,en,de\n"));
        GuideRun build = GuideRun.run(project, "build");
        Files.writeString(authors, before);
        ProjectFiles.save(project, "jbake.properties", s -> s.replace("site.languages=pl,en,de\n", "site.languages=pl,en\n"));
        List<String> real = build.lines(project).stream()
                .map(printed -> printed.replace("content/authors.yaml:" + line + ":", "content/authors.yaml:14:")).toList();
        QuotedOutput.inOrder(block, block.lines(), real, printed -> printed,
                "./guide build with de added to site.languages and redakcja in content/authors.yaml written on one line, line " + line);
    }

    @Test
    @Order(8)
    void aDraftsBrokenLinkAndMissingImageAreWarningsUntilItIsPublished() throws IOException {
        ReadmeSection.Block block = ReadmeSection.subsection("Add an article").block(1);
        Path draft = project.resolve("content/en/late-fees.md");
        Files.writeString(draft, """
                title=Charging late fees
                date=2026-12-01
                type=post
                status=draft
                translationKey=late-fees
                author=redakcja
                summary=When a late fee is worth asking for, and how to put it in the contract.
                ~~~~~~

                ## When to charge {#when}

                Before you add one, read [how to end a client relationship](/en/how-to-end-a-client-relationship-in-3-steps/) and [our guide to contracts](/en/contracts/).

                ![Late payments by month](/images/late-payments.svg)
                """);
        GuideRun warned = GuideRun.run(project, "build");
        ProjectFiles.save(project, "content/en/late-fees.md", s -> s.replace("status=draft", "status=published"));
        GuideRun stopped = GuideRun.run(project, "build");
        Files.delete(draft);
        assertEquals(0, warned.exitCode(), warned.err());
        QuotedOutput.exactly(block, draftLines(block.output()), draftLines(warned.lines(project)), line -> line,
                "./guide build with the draft content/en/late-fees.md");
        assertEquals(List.of("content/en/late-fees.md:12: broken link (no such page or file): /en/contracts/"),
                stopped.lines(project).stream().filter(line -> line.startsWith("content/en/late-fees.md:12:")).toList(), stopped.err());
    }

    @Test
    @Order(8)
    void aMistypedAddressAndABrokenAnchorAreNamedWithWhatWasMeant() throws IOException {
        ReadmeSection.Block block = ReadmeSection.subsection("Add an article").block(4);
        String steps = "content/en/how-to-end-a-client-relationship-in-3-steps.md";
        String stepsBefore = Files.readString(project.resolve(steps));
        String signsBefore = Files.readString(project.resolve(EN_SIGNS));
        ProjectFiles.save(project, steps, s -> s.replace("### Files and copyright {#copyright}", "### Files and copyright"));
        ProjectFiles.save(project, EN_SIGNS, s -> s.replace("[about the guide](/en/about/)", "[about the guide](/en/abuot/)"));
        GuideRun build = GuideRun.run(project, "build");
        Files.writeString(project.resolve(steps), stepsBefore);
        Files.writeString(project.resolve(EN_SIGNS), signsBefore);
        assertEquals(1, build.exitCode(), build.out());
        QuotedOutput.exactly(block, block.output(), build.lines(project), line -> line,
                "./guide build with {#copyright} taken off a heading of " + steps + " and /en/about/ typed /en/abuot/ in " + EN_SIGNS);
    }

    @Test
    @Order(8)
    void htmlOutsideTheAllowlistIsNamedWithWhatToDoInstead() throws IOException {
        ReadmeSection.Block block = ReadmeSection.subsection("Add an article").block(5);
        String about = "content/pl/o-przewodniku.md";
        String before = Files.readString(project.resolve(about));
        ProjectFiles.save(project, about, s -> s.replace("## Dla kogo piszemy\n", "## Dla kogo piszemy {.note}\n")
                .replaceFirst("(?m)^(Nasze strony nie używają.*)$", "<p onclick=\"this.remove()\">$1</p>")
                .stripTrailing() + "\n\n<p hidden>Do sprawdzenia przed publikacją.</p>\n");
        GuideRun build = GuideRun.run(project, "build");
        Files.writeString(project.resolve(about), before);
        assertEquals(1, build.exitCode(), build.out());
        QuotedOutput.exactly(block, block.output(), build.lines(project), line -> line,
                "./guide build with {.note}, onclick= and hidden written into " + about);
    }

    private static List<String> draftLines(List<String> lines) {
        return lines.stream().filter(line -> line.contains("content/en/late-fees.md")).toList();
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
