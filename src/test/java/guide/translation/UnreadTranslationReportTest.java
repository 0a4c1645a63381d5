package guide.translation;

import guide.cli.Main;
import guide.site.ProjectFixture;
import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.JSONValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./guide translations} on a translation that exists but cannot be read: not "missing" with a command to start it,
 * but "unreadable", naming its file and why; a file whose key cannot be read at all is named beside the missing
 * translations of its language as one it may be. On a small project of its own (fixtures/unreadable: an about page and an
 * article in Polish and English, a second article in Polish only), so that a new article does not change its counts.
 */
class UnreadTranslationReportTest {
    @TempDir
    Path project;

    @Test
    void aTranslationSavedInAnotherEncodingIsUnreadableNotMissing() throws Exception {
        ProjectFixture.copyFixture("unreadable", project);
        Files.write(project.resolve("content/en/about.md"), new byte[] {(byte) 0xff, (byte) 0xfe, '\n'}, StandardOpenOption.APPEND);
        String report = guide();
        assertTrue(report.contains("about   source      unreadable\n"), report);
        assertTrue(report.contains("""
                en unreadable: about (source content/pl/o-przewodniku.md): content/en/about.md is this translation but cannot be read, so \
                its state is unknown: fix the file rather than start a new translation:
                    content/en/about.md:12: not valid UTF-8: the file was saved in another encoding, Windows-1250 perhaps, which reads \
                this line as "˙ţ"; save it as UTF-8
                """), report);
        assertFalse(report.contains("./guide translate content/pl/o-przewodniku.md"), report);
        assertTrue(report.endsWith("3 keys: 3 source, 1 current, 1 missing, 1 unreadable\n"), report);
    }

    @Test
    void anEmptyFileIsNamedBesideTheMissingTranslationsOfItsLanguage() throws Exception {
        ProjectFixture.copyFixture("unreadable", project);
        Files.write(project.resolve("content/en/about.md"), new byte[0]);
        String report = guide();
        assertTrue(report.contains("about   source     missing\n"), report);
        assertTrue(report.contains("\n    content/en/about.md cannot be read and may be this translation (if it is, fix it rather than start a new one):"
                + " content/en/about.md:1: no header found"), report);
    }

    @Test
    void theJsonReportGivesAnUnreadableTranslationAndThePagesAMissingOneMayBe() throws Exception {
        ProjectFixture.copyFixture("unreadable", project);
        Files.write(project.resolve("content/en/about.md"), new byte[] {(byte) 0xff, (byte) 0xfe, '\n'}, StandardOpenOption.APPEND);
        Files.write(project.resolve("content/en/second-article.md"), new byte[0]);
        JSONObject keys = new JSONObject();
        for (Object key : (JSONArray) ((JSONObject) JSONValue.parse(guide("--json"))).get("keys")) {
            keys.put(((JSONObject) key).get("key"), ((JSONObject) key).get("languages"));
        }
        JSONObject about = (JSONObject) ((JSONObject) keys.get("about")).get("en");
        assertEquals("unreadable", about.get("status"));
        assertEquals("content/en/about.md", about.get("file"));
        assertTrue(((JSONArray) about.get("problems")).get(0).toString().startsWith("content/en/about.md:12: not valid UTF-8: "), about.toString());
        JSONObject second = (JSONObject) ((JSONObject) keys.get("second")).get("en");
        assertEquals("missing", second.get("status"));
        JSONObject mayBe = (JSONObject) ((JSONArray) second.get("mayBe")).get(0);
        assertEquals("content/en/second-article.md", mayBe.get("file"));
        assertEquals("content/en/second-article.md:1: no header found: end the key=value header with a line of exactly '~~~~~~'",
                ((JSONArray) mayBe.get("problems")).get(0));
    }

    /**
     * Its source cannot be read, so nothing says whether the translation is current: "unknown", not "orphaned", in the table,
     * the summary and the JSON alike, and {@code --fail-on orphaned} does not stop on it; the source is "unreadable".
     */
    @Test
    void aTranslationWhoseSourceCannotBeReadIsNotToBeDeleted() throws Exception {
        ProjectFixture.copyFixture("unreadable", project);
        Files.write(project.resolve("content/pl/o-przewodniku.md"), new byte[] {(byte) 0xff, (byte) 0xfe, '\n'}, StandardOpenOption.APPEND);
        String report = guide();
        assertTrue(report.contains("about   unreadable  unknown\n"), report);
        assertTrue(report.endsWith("\n3 keys: 2 source, 1 current, 1 missing, 1 unreadable, 1 unknown\n"), report);
        assertTrue(report.contains("""
                content/en/about.md: its source content/pl/o-przewodniku.md cannot be read, so this translation looks orphaned; fix the \
                source rather than delete this page:
                    content/pl/o-przewodniku.md:"""), report);
        assertFalse(report.contains("delete it, or give it the translationKey"), report);
        JSONObject json = (JSONObject) JSONValue.parse(guide("--json"));
        assertTrue(json.toString().contains("\"sourceUnreadable\":{\"file\":\"content\\/pl\\/o-przewodniku.md\""), json.toString());
        JSONObject about = (JSONObject) ((JSONObject) ((JSONArray) json.get("keys")).stream()
                .filter(k -> ((JSONObject) k).get("key").equals("about")).findFirst().orElseThrow()).get("languages");
        assertEquals("unknown", ((JSONObject) about.get("en")).get("status"));
        assertEquals("its source cannot be read: fix the source rather than delete this page", ((JSONObject) about.get("en")).get("note"));
        JSONObject source = (JSONObject) about.get("pl");
        assertEquals("unreadable", source.get("status"));
        assertEquals("content/pl/o-przewodniku.md", source.get("file"));
        assertEquals("content/pl/o-przewodniku.md", ((JSONObject) ((JSONObject) about.get("en")).get("sourceUnreadable")).get("file"));
        assertFalse(source.containsKey("sourceUnreadable"), "the unreadable source is not its own source: " + source);
        assertTrue(((JSONArray) source.get("problems")).get(0).toString().startsWith("content/pl/o-przewodniku.md:11: not valid UTF-8: "), source.toString());
        assertEquals(0, exitCode("--fail-on", "orphaned"));
        assertEquals(1, exitCode("--fail-on", "unreadable"));
    }

    /**
     * A publishing pipeline stops on a page that cannot be read with {@code --fail-on unreadable}, whether its key is known or
     * not; {@code --fail-on missing} is about translations still to start, and an unreadable one is not among them.
     */
    @Test
    void anUnreadablePageStopsAPipelineOnUnreadableNotOnMissing() throws Exception {
        ProjectFixture.copyFixture("unreadable", project);
        Files.delete(project.resolve("content/pl/drugi-artykul.md"));
        assertEquals(0, exitCode("--fail-on", "missing,unreadable"));
        Files.write(project.resolve("content/en/about.md"), new byte[] {(byte) 0xff, (byte) 0xfe, '\n'}, StandardOpenOption.APPEND);
        assertEquals(0, exitCode("--fail-on", "missing"));
        assertEquals(1, exitCode("--fail-on", "unreadable"));
        ProjectFixture.copyFixture("unreadable", project);
        Files.delete(project.resolve("content/pl/drugi-artykul.md"));
        Files.write(project.resolve("content/en/notes.md"), new byte[0]);
        assertEquals(1, exitCode("--fail-on", "unreadable"));
    }

    /**
     * The line {@code --fail-on} prints on the console counts the pages of a state and names the first ten: a pipeline's log
     * stays readable when many pages fail it, and the report above names them all.
     */
    @Test
    void failOnNamesTenPagesOfAStateAndCountsTheRest() throws Exception {
        ProjectFixture.copyFixture("unreadable", project);
        for (int i = 1; i <= 11; i++) {
            Files.write(project.resolve(String.format("content/en/empty-%02d.md", i)), new byte[0]);
        }
        PrintStream err = System.err;
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
        try {
            assertEquals(1, exitCode("--fail-on", "unreadable"));
        } finally {
            System.setErr(err);
        }
        String line = said.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("--fail-on")).findFirst().orElse(said.toString());
        assertEquals("--fail-on unreadable: 11 pages are unreadable: content/en/empty-01.md, content/en/empty-02.md, content/en/empty-03.md,"
                + " content/en/empty-04.md, content/en/empty-05.md, content/en/empty-06.md, content/en/empty-07.md, content/en/empty-08.md,"
                + " content/en/empty-09.md, content/en/empty-10.md and 1 more", line);
        Files.delete(project.resolve("content/en/empty-11.md"));
        said.reset();
        System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
        try {
            assertEquals(1, exitCode("--fail-on", "unreadable"));
        } finally {
            System.setErr(err);
        }
        assertTrue(said.toString(StandardCharsets.UTF_8).contains(": 10 pages are unreadable: content/en/empty-01.md, "), said.toString());
        assertTrue(said.toString(StandardCharsets.UTF_8).contains(", content/en/empty-09.md, content/en/empty-10.md\n"), "ten are all named: " + said);
    }

    /**
     * The line of {@code --fail-on} names each state's pages as the report does: an outdated translation by its file, a missing one
     * (no file yet) by its key and language; a state typed that no page is in is left out of the line, and with none, nothing is
     * said and the exit code is 0.
     */
    @Test
    void failOnNamesAnOutdatedPageByItsFileAndAMissingOneByKeyAndLanguage() throws Exception {
        ProjectFixture.copyFixture("unreadable", project);
        Path polish = project.resolve("content/pl/o-przewodniku.md");
        Files.writeString(polish, Files.readString(polish) + "\nNowy akapit, którego tłumaczenie jeszcze nie ma.\n");
        assertEquals("--fail-on orphaned,outdated,missing: 1 page is outdated: content/en/about.md; 1 page is missing: second (en)\n",
                stderrOf(1, "--fail-on", "orphaned,outdated,missing"));
        assertEquals("", stderrOf(0, "--fail-on", "orphaned"));
    }

    /** What {@code ./guide translations OPTIONS} prints on standard error, having exited with {@code code}. */
    private String stderrOf(int code, String... options) {
        PrintStream err = System.err;
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
        try {
            assertEquals(code, exitCode(options), said.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
        }
        return said.toString(StandardCharsets.UTF_8);
    }

    /** What {@code ./guide translations OPTIONS} prints, having exited with 0. */
    private String guide(String... options) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        assertEquals(0, run(printed, options));
        return printed.toString(StandardCharsets.UTF_8);
    }

    private int exitCode(String... options) {
        return run(new ByteArrayOutputStream(), options);
    }

    private int run(ByteArrayOutputStream printed, String... options) {
        PrintStream out = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            String[] typed = Stream.concat(Stream.of("translations", "--project", project.toString()), Arrays.stream(options))
                    .toArray(String[]::new);
            return Main.commandLine(project, typed).execute(typed);
        } finally {
            System.setOut(out);
        }
    }
}
