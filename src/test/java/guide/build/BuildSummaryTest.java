package guide.build;

import guide.site.BuildFailure;
import guide.site.GuideCommand;
import guide.site.ProjectFiles;
import guide.site.ProjectFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the line after a build says about the work it did, as an editor reads it. */
class BuildSummaryTest {

    @Test
    void aRepeatedBuildAndABuildAfterThePreviewSayWhyTheyRenderedNothing(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        Path output = project.resolve("target/site");

        String first = new SiteBuilder(project).build(output).summary(project);
        assertTrue(first.matches("(?s)Built \\d+ pages into .* \\(\\d+ files rendered\\).*"), first);

        String again = new SiteBuilder(project).build(output).summary(project);
        assertTrue(again.contains("(nothing has changed since the last build)"), again);

        // The preview rebuilds into the same folder after an edit; a build then finds every file current.
        ProjectFiles.save(project, "content/pl/jak-wystawic-fakture.md", text -> text + "\nJeszcze jedno zdanie.\n");
        SiteBuilder preview = new SiteBuilder(project).forPreview();
        preview.build(output);
        preview.finishSaving();
        String afterPreview = new SiteBuilder(project).build(output).summary(project);
        assertTrue(afterPreview.matches("(?s).*\\(already up to date: all \\d+ files as the last build left them\\).*"), afterPreview);
    }

    /** "Nothing changed" trusts the stamp of the sources only while every file the last build published is still there. */
    @Test
    void aPublishedFileThatWentMissingIsBuiltAgain(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        Path output = project.resolve("target/site");
        new SiteBuilder(project).build(output);
        Path page = output.resolve("pl/jak-wystawic-fakture/index.html");
        String before = Files.readString(page);
        Files.delete(page);
        String summary = new SiteBuilder(project).build(output).summary(project);
        assertTrue(!summary.contains("nothing has changed"), summary);
        assertEquals(before, Files.readString(page), "the page is back as it was");

        Files.writeString(project.resolve("templates/partials/extra-note.ftl"), "<#-- a new template file -->\n");
        String afterTemplate = new SiteBuilder(project).build(output).summary(project);
        assertTrue(!afterTemplate.contains("nothing has changed"), "a new file among the templates is a change: " + afterTemplate);
    }

    /** A repeated build says what the last one said: its pages per language and its warnings, word for word. */
    @Test
    void nothingChangedRepeatsTheLastBuildsPagesAndWarnings(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        Path output = project.resolve("target/site");
        ProjectFiles.addEnglishDraft(project);
        BuildReport first = new SiteBuilder(project).build(output);
        assertTrue(first.warnings().contains("content/en/unfinished.md: draft, not published"), first.warnings().toString());

        BuildReport again = new SiteBuilder(project).build(output);
        assertTrue(again.summary(project).contains("(nothing has changed since the last build)"), again.summary(project));
        assertEquals(first.pagesByLanguage(), again.pagesByLanguage());
        assertEquals(first.warnings(), again.warnings());
    }

    /**
     * The last build's warnings name the command it was typed as ({@code ../guide} in {@code content/}); the same build,
     * unchanged, typed as {@code ./guide} in the project's folder, finds nothing changed and says them again naming its own
     * command, the one the editor can type where they are. An editor's own words in the same warning (a stamp whose hash is
     * {@code ../guide}) stay as they wrote them.
     */
    @Test
    void anUnchangedBuildTypedAsAnotherCommandSaysNothingChangedAndNamesItsOwn(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        Path output = project.resolve("target/site");
        ProjectFiles.save(project, "content/en/about.md", text -> text.replace("sourceRevision=pl 92d7c862df0c ", "sourceRevision=pl ../guide "));
        int line = Files.readAllLines(project.resolve("content/en/about.md")).stream().takeWhile(l -> !l.startsWith("sourceRevision=")).toList().size() + 1;
        String warning = "content/en/about.md:" + line + ": warning: unreadable translation stamp, its hash '../guide' is not 12 hex digits: the page"
                + " counts as outdated; once it matches the source: %s translations stamp content/en/about.md\n";
        String inContent = GuideCommand.typedAs("../guide", () -> summaryOfABuild(project, output));
        assertTrue(inContent.contains(warning.formatted("../guide")), inContent);

        String atHome = GuideCommand.typedAs("./guide", () -> summaryOfABuild(project, output));
        assertTrue(atHome.contains("(nothing has changed since the last build)"), atHome);
        assertTrue(atHome.contains(warning.formatted("./guide")), atHome);
        assertFalse(atHome.contains("../guide translations"), atHome);
    }

    private static String summaryOfABuild(Path project, Path output) {
        try {
            return new SiteBuilder(project).build(output).summary(project);
        } catch (BuildFailure | IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A page dated after the day of the build is published (a static build schedules nothing), and
     * the editor is told so at the date's line, with the way to hold it back; a draft is not.
     */
    @Test
    void aPageDatedInTheFutureIsNamedAtItsDateLine(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        Path output = project.resolve("target/site");
        ProjectFiles.save(project, "content/en/about.md", text -> text.replace("date=2026-01-01", "date=2999-01-15"));
        ProjectFiles.addEnglishDraft(project);
        ProjectFiles.save(project, "content/en/unfinished.md", text -> text.replaceFirst("(?m)^date=.*$", "date=2999-02-01"));
        BuildReport report = new SiteBuilder(project).build(output);
        String today = LocalDate.now().toString();
        assertTrue(report.warnings().contains("content/en/about.md:2: warning: date=2999-01-15 is after today (" + today + "): this build"
                + " includes the page now, showing a date that has not come yet; to hold it back, set status=draft and publish it on that day"), report.warnings().toString());
        assertTrue(report.warnings().stream().noneMatch(w -> w.contains("unfinished.md:") && w.contains("after today")),
                "a draft is not published, so its date is no one's concern yet: " + report.warnings());
        assertTrue(Files.exists(output.resolve("en/about/index.html")), "the page is published all the same");
    }

    /** A title too long to be shown whole outside its page is built, and named at its line among the build's warnings. */
    @Test
    void aTitleOfTwoHundredAndThirtyCharactersIsAWarningAtItsLine(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        Path output = project.resolve("target/site");
        String title = ("How to end a client relationship without losing your reputation, your referrals or the money for the last weeks"
                + " of work before the client changes their mind about the contract you both signed at the very start of the whole project").substring(0, 230);
        ProjectFiles.save(project, "content/en/about.md", text -> text.replaceFirst("(?m)^title=.*$", "title=" + title));
        BuildReport report = new SiteBuilder(project).build(output);
        assertTrue(report.warnings().contains("content/en/about.md:1: warning: the title is 230 characters long: search results show about"
                + " the first 60 and link previews about the first 100: shorten it to 100 characters at most, and say the rest in summary="),
                report.warnings().toString());
        assertTrue(report.summary(project).contains("  1 warning\n"), report.summary(project));
    }

    /** An interface word in every language that no template nor the builder reads is built, and named in each language's file. */
    @Test
    void anInterfaceWordNothingReadsIsAWarningInEachLanguage(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        Path output = project.resolve("target/site");
        ProjectFiles.save(project, "templates/i18n/pl.yaml", text -> text + "published: Opublikowano\n");
        ProjectFiles.save(project, "templates/i18n/en.yaml", text -> text + "published: Published\n");
        int plLine = (int) Files.readAllLines(project.resolve("templates/i18n/pl.yaml")).size();
        BuildReport report = new SiteBuilder(project).build(output);
        assertTrue(report.warnings().contains("templates/i18n/pl.yaml:" + plLine + ": warning: interface word 'published' is read neither by a template"
                + " (as ui.published) nor by the builder, so no reader sees it: remove it from every templates/i18n/*.yaml"
                + " file, or show it in a template"), report.warnings().toString());
        assertEquals(2, report.warnings().stream().filter(w -> w.contains("'published'")).count(), report.warnings().toString());
    }

    /** A source touched to another time, or renamed (same size, same time), is a change. */
    @Test
    void aRenamedOrTouchedSourceIsAChange(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        Path output = project.resolve("target/site");
        Path note = project.resolve("templates/partials/extra-note.ftl");
        Files.writeString(note, "<#-- a template file no page includes -->\n");
        new SiteBuilder(project).build(output);
        Path about = project.resolve("content/en/about.md");
        Files.setLastModifiedTime(about, FileTime.fromMillis(
                Files.getLastModifiedTime(about).toMillis() - 60_000));
        String touched = new SiteBuilder(project).build(output).summary(project);
        assertTrue(!touched.contains("nothing has changed"), touched);

        assertTrue(new SiteBuilder(project).build(output).summary(project).contains("nothing has changed"));
        Files.move(note, note.resolveSibling("extra-nota.ftl"));
        String renamed = new SiteBuilder(project).build(output).summary(project);
        assertTrue(!renamed.contains("nothing has changed"), renamed);
    }

    /** The page cache next to the output is only a help: cut short or damaged, the next build renders everything and succeeds. */
    @Test
    void aDamagedPageCacheMeansAFullBuildNotAFailure(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        Path output = project.resolve("target/site");
        new SiteBuilder(project).build(output);
        Path cache = PageCache.cacheFile(output);
        byte[] whole = Files.readAllBytes(cache);
        String page = Files.readString(output.resolve("pl/jak-wystawic-fakture/index.html"));

        Files.write(cache, Arrays.copyOf(whole, 40)); // inside its head
        BuildReport cut = new SiteBuilder(project).build(output);
        assertEquals(0, cut.reused(), cut.summary(project));

        byte[] damaged = Files.readAllBytes(cache);
        // After the version number, the fingerprint's length: claim two gigabytes.
        damaged[4] = 0x7f;
        Files.write(cache, damaged);
        BuildReport lengthy = new SiteBuilder(project).build(output);
        assertEquals(0, lengthy.reused(), lengthy.summary(project));
        assertEquals(page, Files.readString(output.resolve("pl/jak-wystawic-fakture/index.html")));

        assertTrue(new SiteBuilder(project).build(output).summary(project).contains("(nothing has changed since the last build)"),
                "the full build wrote a good cache again");
    }

    /** "Nothing changed" is decided before the settings are validated; a broken setting must still fail the next build. */
    @Test
    void aSettingBrokenAfterAGoodBuildFailsTheNextBuildAtItsLine(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        Path output = project.resolve("target/site");
        new SiteBuilder(project).build(output);
        ProjectFiles.save(project, "jbake.properties", text -> text + "\nsite.socialCards=maybe\n");
        int line = Files.readAllLines(project.resolve("jbake.properties")).size();
        BuildFailure failure = assertThrows(BuildFailure.class, () -> new SiteBuilder(project).build(output));
        assertEquals(List.of("jbake.properties:" + line + ": site.socialCards must be true or false (found 'maybe')"),
                failure.problems().stream().map(Object::toString).toList());
    }

    @Test
    void oneFileIsOneFile(@TempDir Path output) {
        String summary = new BuildReport(output, Map.of("pl", 7), 1, 31, List.of(), 3200, false).summary(output);
        assertTrue(summary.contains("(1 file rendered, 31 unchanged)"), summary);
        assertTrue(new BuildReport(output, Map.of("pl", 1), 2, 0, List.of(), 3200, false).summary(output).contains("(2 files rendered)"));
    }

    /** The output is named as the editor would type it in the folder the build was typed in; from elsewhere, in full. */
    @Test
    void theOutputIsNamedFromTheFolderTheBuildWasTypedIn(@TempDir Path temp) {
        Path output = temp.resolve("project/target/site");
        BuildReport report = new BuildReport(output, Map.of("pl", 7), 1, 31, List.of(), 3200, false);
        assertTrue(report.summary(temp.resolve("project")).startsWith("Built 7 pages into target/site in 3.2 s"), report.summary(temp));
        assertTrue(report.summary(temp.resolve("elsewhere")).startsWith("Built 7 pages into " + output + " in 3.2 s"), report.summary(temp));
        for (Path here : List.of(output, output.resolve("pl"))) {
            String summary = report.summary(here);
            assertTrue(summary.startsWith("Built 7 pages into " + output + " in 3.2 s"), "typed in the output folder, which was replaced: " + summary);
            assertTrue(summary.contains("\n  The folder you are in was replaced by the new site: cd \"$PWD\" to see it\n"), summary);
        }
        assertFalse(report.summary(temp.resolve("project")).contains("was replaced"));
    }
}
