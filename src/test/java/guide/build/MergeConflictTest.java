package guide.build;

import guide.cli.Main;
import guide.site.CliBuild;
import guide.site.BreakableSite;
import guide.site.ProjectFiles;
import guide.site.SiteSnapshot;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A merge conflict git left in a file the build reads stops the build at the conflict's first line, in plain words, and
 * alone: not with the errors the markers would cause further on, and not with a site that shows them to readers.
 */
class MergeConflictTest extends BreakableSite {
    private static final String ADVICE = "git left both versions of these lines here; keep the one that should stay (or combine them)"
            + " and delete the other and the marker lines <<<<<<<, ======= and >>>>>>>";

    @Test
    void aConflictInAPagesTextIsNotPublished() throws IOException {
        String page = "content/pl/o-przewodniku.md";
        conflict(page, "Poradnik testowy piszą ludzie, którzy lubią porządek.", "Poradnik testowy piszą ludzie, którzy lubią ład.");
        assertFails(page + ":" + lineOf(page, "<<<<<<<") + ": unresolved merge conflict (lines 10-14, from '<<<<<<< HEAD'"
                + " to '>>>>>>> edit-text'): " + ADVICE);
    }

    @Test
    void aConflictOverATranslationStampIsNamedAloneNotAsBrokenHeaderLines() throws IOException {
        String page = "content/en/about.md";
        String stamp = Files.readString(project.resolve(page)).lines().filter(l -> l.startsWith("sourceRevision=")).findFirst().orElseThrow();
        conflict(page, stamp, stamp.replace("sourceRevision=pl 92d7c862df0c", "sourceRevision=pl 0123456789ab"));
        CliBuild result = assertFails(page + ":" + lineOf(page, "<<<<<<<") + ": unresolved merge conflict");
        assertEquals(List.of(page), result.err().lines().filter(l -> l.startsWith("content/")).map(l -> l.substring(0, l.indexOf(':'))).toList(),
                result.err());
    }

    @Test
    void theTranslationsReportNamesTheConflictAndDoesNothingMore() throws IOException {
        String page = "content/en/about.md";
        String stamp = Files.readString(project.resolve(page)).lines().filter(l -> l.startsWith("sourceRevision=")).findFirst().orElseThrow();
        conflict(page, stamp, stamp.replace("sourceRevision=pl 92d7c862df0c", "sourceRevision=pl 0123456789ab"));
        assertEquals(List.of(page + ":" + lineOf(page, "<<<<<<<") + ": unresolved merge conflict (lines 8-12, from '<<<<<<< HEAD'"
                + " to '>>>>>>> edit-text'): " + ADVICE, "Nothing done: resolve the merge conflicts above first (1 problem)."), guide("translations"));
    }

    /** Not "orphaned; nothing to stamp", as a translation whose source could not be read was called. */
    @Test
    void aTranslationWhoseSourceHasAConflictIsNotStamped() throws IOException {
        String source = "content/pl/o-przewodniku.md";
        conflict(source, "Poradnik testowy piszą ludzie, którzy lubią porządek.", "Poradnik testowy piszą ludzie, którzy lubią ład.");
        String before = Files.readString(project.resolve("content/en/about.md"));
        assertEquals(List.of(source + ":10: unresolved merge conflict (lines 10-14, from '<<<<<<< HEAD' to '>>>>>>> edit-text'): " + ADVICE,
                "Nothing done: resolve the merge conflicts above first (1 problem)."), guide("translations", "stamp", "content/en/about.md"));
        assertEquals(before, Files.readString(project.resolve("content/en/about.md")));
    }

    /** What {@code ./guide ARGS} printed on stderr; it must fail. */
    private List<String> guide(String... command) {
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of(command), java.util.stream.Stream.of("--project", project.toString()))
                .toArray(String[]::new);
        PrintStream originalErr = System.err;
        PrintStream originalOut = System.out;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            assertEquals(1, Main.commandLine(Path.of("").toAbsolutePath(), args).execute(args));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void conflictsInTheYamlFilesATemplateAndAStyleSheetAreNamedInOneBuild() throws IOException {
        conflict("content/authors.yaml", firstLine("content/authors.yaml"), firstLine("content/authors.yaml") + " ");
        conflict("templates/i18n/en.yaml", firstLine("templates/i18n/en.yaml"), firstLine("templates/i18n/en.yaml") + " ");
        conflict("templates/page.ftl", "<article class=\"wrap article\">", "<article class=\"wrap article page\">");
        conflict("assets/css/site.css", firstLine("assets/css/site.css"), "/* another comment */");
        CliBuild result = build();
        assertEquals(1, result.exitCode(), result.err());
        assertEquals(List.of("assets/css/site.css:1", "content/authors.yaml:1", "templates/i18n/en.yaml:1", "templates/page.ftl:" + lineOf("templates/page.ftl", "<<<<<<<")),
                result.err().lines().filter(l -> l.contains(": unresolved merge conflict (")).map(l -> l.substring(0, l.indexOf(": "))).toList(), result.err());
        assertFalse(result.err().contains("YAML error"), result.err());
        assertEquals(good.before(), SiteSnapshot.of(good.site()), "the previous site must stay byte for byte as it was");
    }

    @Test
    void aConflictInTheSettingsIsNamedAtItsLine() throws IOException {
        conflict("jbake.properties", firstLine("jbake.properties"), firstLine("jbake.properties") + " ");
        assertFails("jbake.properties:1: unresolved merge conflict (lines 1-5, from '<<<<<<< HEAD' to '>>>>>>> edit-text'): " + ADVICE);
    }

    @Test
    void aHeadingUnderlinedWithEqualsSignsOrAMergeToolsBackupIsNoConflict() throws Exception {
        String page = "content/pl/o-przewodniku.md";
        ProjectFiles.save(project, page, s -> s.replace("## Kontakt", "Kontakt\n======="));
        Files.writeString(project.resolve(page + ".orig"), "<<<<<<< HEAD\na\n=======\nb\n>>>>>>> edit-text\n");
        CliBuild result = build();
        assertFalse(result.err().contains("merge conflict"), result.err());
        assertTrue(result.err().contains("'Kontakt' underlined with '=' would be a second h1"), result.err());
    }

    /** The conflict git leaves when this branch has {@code ours} and the merged one, {@code edit-text}, {@code theirs}. */
    private void conflict(String file, String ours, String theirs) throws IOException {
        String text = Files.readString(project.resolve(file));
        assertTrue(text.contains(ours), file + " has no line " + ours);
        Files.writeString(project.resolve(file), text.replaceFirst(java.util.regex.Pattern.quote(ours),
                java.util.regex.Matcher.quoteReplacement("<<<<<<< HEAD\n" + ours + "\n=======\n" + theirs + "\n>>>>>>> edit-text")));
    }

    private String firstLine(String file) throws IOException {
        return Files.readString(project.resolve(file)).lines().findFirst().orElseThrow();
    }
}
