package guide.readme;

import guide.site.ProjectFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The messages "For designers" quotes, compared with builds of a copy of the real project with the mistakes its text
 * describes made in the real templates and style sheet: an interface word no template reads, a word missing from one
 * file or from all, a style sheet and an attribute the Content Security Policy blocks, a syntax error in a partial and
 * an include of a partial that is not there. The copy is built once first; each test puts back what it changed.
 * The lines of {@code templates/i18n/*.yaml} the README quotes move with every interface word added, so they are
 * compared masked, and those the build printed checked against the files as they were at that build
 * ({@link InterfaceWordLines}).
 */
class DesignersReadmeTest {
    private static final ReadmeSection README = ReadmeSection.named("For designers");
    private static final String EN = "templates/i18n/en.yaml";
    private static final String PL = "templates/i18n/pl.yaml";
    private static final String FOOTER = "templates/partials/site-footer.ftl";
    private static final String CSS = "assets/css/site.css";

    @RealProject
    static Path project;

    /** Built once, as a designer's copy is: a failed build then says it left the previous site as it was. */
    @BeforeAll
    static void copiedAndBuilt() {
        GuideRun build = GuideRun.run(project, "build");
        assertEquals(0, build.exitCode(), build.err());
    }

    @Test
    void aWordNoTemplateReadsIsAWarningInEveryFile() throws IOException {
        ReadmeSection.Block block = README.block(0);
        GuideRun build = buildWith(Map.of(EN, s -> s + "published: \"Published\"\n", PL, s -> s + "published: \"Opublikowano\"\n"));
        assertEquals(0, build.exitCode(), build.err());
        List<String> warnings = build.lines(project).stream().filter(line -> line.contains("warning:")).map(String::strip).toList();
        wordsAtLastBuild.assertRight(warnings);
        QuotedOutput.exactly(block, block.lines(), warnings, InterfaceWordLines::masked,
                "./guide build with published: added at the end of " + EN + " and " + PL);
    }

    @Test
    void aWordMissingFromOneFileOrFromAllStopsTheBuild() throws IOException {
        UnaryOperator<String> reads = s -> s.replace("<p>${ui.footerNote}</p>", "<p>${ui.footerNote} ${ui.newsletter}</p>");
        assertSays(README.quote('`', FOOTER + ":5: UI string"), buildWith(Map.of(FOOTER, reads)),
                "./guide build with ${ui.newsletter} added to line 5 of " + FOOTER);
        assertSays(README.quote('`', PL + ": UI string"), buildWith(Map.of(FOOTER, reads, EN, s -> s + "newsletter: \"Newsletter\"\n")),
                "./guide build with ${ui.newsletter} added to line 5 of " + FOOTER + " and newsletter: at the end of " + EN);
    }

    @Test
    void whatTheContentSecurityPolicyBlocksStopsTheBuildAtItsLine() throws IOException {
        ReadmeSection.Block block = README.block(1);
        GuideRun build = buildWith(Map.of(CSS, s -> {
            List<String> lines = new ArrayList<>(s.lines().toList());
            lines.add(280, ".x { background: url(/nope.png); }");
            lines.add(0, "@import url(https://fonts.googleapis.com/css2?family=Inter);");
            return String.join("\n", lines) + "\n";
        }, FOOTER, s -> s.replace("<p>${ui.footerNote}</p>", "<p onclick=\"go()\">${ui.footerNote}</p>")));
        assertEquals(1, build.exitCode());
        QuotedOutput.exactly(block, block.lines(), build.lines(project), line -> line,
                "./guide build with an @import of a Google font as line 1 of " + CSS + ", url(/nope.png) on its line 282"
                        + " and onclick on line 5 of " + FOOTER);
    }

    @Test
    void aTextColourTooFaintForItsBackgroundIsAWarningAtItsLine() throws IOException {
        ReadmeSection.Block block = README.block(2);
        GuideRun build = buildWith(Map.of(CSS, s -> s.replaceFirst("--muted: #555d69;", "--muted: #a3a3a3;")));
        assertEquals(0, build.exitCode(), build.err());
        List<String> warnings = build.lines(project).stream().filter(line -> line.contains("warning:")).map(String::strip).toList();
        QuotedOutput.exactly(block, block.lines(), warnings, line -> line, "./guide build with the light --muted of " + CSS + " made #a3a3a3");
    }

    @Test
    void aTextColourMixedInSrgbIsCheckedAndOneInAnotherSpaceIsNamedAsNotChecked() throws IOException {
        ReadmeSection.Block block = README.block(3);
        GuideRun build = buildWith(Map.of(CSS, s -> s.replaceFirst("--link: #18599a; --visited: #6b3f93;",
                "--link: color-mix(in srgb, #18599a 50%, white); --visited: color-mix(in oklch, #6b3f93 80%, black);")));
        assertEquals(0, build.exitCode(), build.err());
        List<String> warnings = build.lines(project).stream().filter(line -> line.contains("warning:")).map(String::strip).toList();
        QuotedOutput.exactly(block, block.lines(), warnings, line -> line, "./guide build with the light --link of " + CSS
                + " written color-mix(in srgb, #18599a 50%, white) and --visited color-mix(in oklch, #6b3f93 80%, black)");
    }

    @Test
    void aColourWrittenInARuleIsCheckedOnThePage() throws IOException {
        ReadmeSection.Block block = README.block(4);
        GuideRun build = buildWith(Map.of(CSS, s -> s.replaceFirst("\\.meta \\{ color: var\\(--muted\\);", ".meta { color: #999;")));
        assertEquals(0, build.exitCode(), build.err());
        List<String> warnings = build.lines(project).stream().filter(line -> line.contains("warning:")).map(String::strip).toList();
        QuotedOutput.exactly(block, block.lines(), warnings, line -> line, "./guide build with color: var(--muted) of .meta in " + CSS + " made #999");
    }

    @Test
    void aColourInARuleTheCheckCannotReadIsNamedAtItsLine() throws IOException {
        ReadmeSection.Block block = README.block(5);
        GuideRun build = buildWith(Map.of(CSS, s -> s.replaceFirst("\\.meta \\{ color: var\\(--muted\\);",
                ".meta { color: color-mix(in oklch, var(--muted) 80%, var(--bg));")));
        assertEquals(0, build.exitCode(), build.err());
        List<String> warnings = build.lines(project).stream().filter(line -> line.contains("warning:")).map(String::strip).toList();
        QuotedOutput.exactly(block, block.lines(), warnings, line -> line, "./guide build with color: var(--muted) of .meta in " + CSS
                + " made color-mix(in oklch, var(--muted) 80%, var(--bg))");
    }

    @Test
    void aVarsFallbackIsCheckedAndOneOfAPropertySetNowhereIsNamed() throws IOException {
        ReadmeSection.Block block = README.block(6);
        GuideRun build = buildWith(Map.of(CSS, s -> s.replaceFirst("\\.meta \\{ color: var\\(--muted\\);", ".meta { color: var(--mutd, #999);")
                .replaceFirst("(\\.draft-notice \\{[^}]*)background: var\\(--note-bg\\);", "$1background: var(--note-bgg);")));
        assertEquals(0, build.exitCode(), build.err());
        List<String> warnings = build.lines(project).stream().filter(line -> line.contains("warning:")).map(String::strip).toList();
        QuotedOutput.exactly(block, block.lines(), warnings, line -> line, "./guide build with color: var(--muted) of .meta in " + CSS
                + " made var(--mutd, #999) and background: var(--note-bg) of .draft-notice made var(--note-bgg)");
    }

    @Test
    void aBackgroundWithoutAColourIsCheckedWithThePagesTextColour() throws IOException {
        ReadmeSection.Block block = README.block(7);
        GuideRun build = buildWith(Map.of(CSS, s -> s.replaceFirst("(\\.toc \\{[^}]*)background: var\\(--surface\\);", "$1background: #2f3640;")));
        assertEquals(0, build.exitCode(), build.err());
        List<String> warnings = build.lines(project).stream().filter(line -> line.contains("warning:")).map(String::strip).toList();
        QuotedOutput.exactly(block, block.lines(), warnings, line -> line, "./guide build with background: var(--surface) of .toc in " + CSS
                + " made #2f3640");
    }

    @Test
    void aColourOfACustomPropertyOutsideThePaletteIsCheckedOnThePage() throws IOException {
        ReadmeSection.Block block = README.block(8);
        GuideRun build = buildWith(Map.of(CSS, s -> s.replaceFirst("--surface: #f2efe8;", "--surface: #f2efe8; --brand: #7fa3c7;")
                .replaceFirst("\\.meta \\{ color: var\\(--muted\\);", ".meta { color: var(--brand);")));
        assertEquals(0, build.exitCode(), build.err());
        List<String> warnings = build.lines(project).stream().filter(line -> line.contains("warning:")).map(String::strip).toList();
        QuotedOutput.exactly(block, block.lines(), warnings, line -> line, "./guide build with --brand: #7fa3c7 added to " + CSS
                + "'s :root and color: var(--muted) of .meta made var(--brand)");
    }

    @Test
    void aStyleSheetLinkedByItsOwnNameSaysToWriteAssetUrl() throws IOException {
        String head = "templates/partials/head.ftl";
        String siteLink = "<link rel=\"stylesheet\" href=\"${asset.url(\"/css/site.css\")}\">";
        Path brand = project.resolve("assets/css/brand.css");
        Files.writeString(brand, ".site-name { letter-spacing: .05em; }\n");
        List<String> lines = Files.readAllLines(project.resolve(head));
        // The new link goes on the line after the site's style sheet's.
        int line = IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains(siteLink)).findFirst().orElseThrow() + 2;
        try {
            assertSays(README.quote('`', head + ":" + line + ": broken link"),
                    buildWith(Map.of(head, s -> s.replace(siteLink, siteLink + "\n<link rel=\"stylesheet\" href=\"/css/brand.css\">"))),
                    "./guide build with assets/css/brand.css linked as href=\"/css/brand.css\" on line " + line + " of " + head);
        } finally {
            Files.delete(brand);
        }
    }

    @Test
    void templateMistakesAreNamedAtTheirLine() throws IOException {
        assertSays(README.quote('`', FOOTER + ":5: template syntax error"),
                buildWith(Map.of(FOOTER, s -> s.replace("<p>${ui.footerNote}</p>", "<p>${ui.footerNote</p>"))),
                "./guide build with a } left out on line 5 of " + FOOTER);
        Path toc = project.resolve("templates/partials/toc.ftl");
        String partial = Files.readString(toc);
        Files.delete(toc);
        GuideRun build = GuideRun.run(project, "build");
        wordsAtLastBuild = InterfaceWordLines.in(project);
        Files.writeString(toc, partial);
        assertSays(README.quote('`', "templates/post.ftl:12: template error"), build, "./guide build with templates/partials/toc.ftl deleted");
    }

    /** The interface files as {@link #buildWith}'s last build read them, before it put them back. */
    private static InterfaceWordLines wordsAtLastBuild;

    /** Builds with the edits made to the files, then puts the files back. */
    private static GuideRun buildWith(Map<String, UnaryOperator<String>> edits) throws IOException {
        Map<String, String> before = new HashMap<>();
        for (Map.Entry<String, UnaryOperator<String>> edit : edits.entrySet()) {
            before.put(edit.getKey(), Files.readString(project.resolve(edit.getKey())));
            ProjectFiles.save(project, edit.getKey(), edit.getValue());
        }
        try {
            GuideRun build = GuideRun.run(project, "build");
            wordsAtLastBuild = InterfaceWordLines.in(project);
            return build;
        } finally {
            for (Map.Entry<String, String> file : before.entrySet()) {
                Files.writeString(project.resolve(file.getKey()), file.getValue());
            }
        }
    }

    /** The build printed a line that begins with the quoted message (a quote in the text leaves out the rest, or ends in {@code …}). */
    private static void assertSays(ReadmeSection.Quote quote, GuideRun build, String what) {
        String quoted = InterfaceWordLines.masked(quote.text().endsWith("…") ? quote.text().substring(0, quote.text().length() - 1) : quote.text());
        List<String> lines = build.lines(project);
        wordsAtLastBuild.assertRight(lines);
        assertTrue(lines.stream().anyMatch(line -> InterfaceWordLines.masked(line).startsWith(quoted)),
                "README.md:" + quote.line() + " quotes `" + quote.text() + "` as what " + what + " prints, and it does not print that."
                        + " What it prints:\n" + String.join("\n", lines) + "\n");
    }
}
