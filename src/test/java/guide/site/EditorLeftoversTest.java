package guide.site;

import guide.build.BuildReport;
import guide.build.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The copies editors' programs leave beside a page they save (gedit's and Emacs's {@code about.md~}, a
 * {@code .bak}, Word's lock file {@code ~$about.md}) were published as they are, so anyone could read a
 * page's earlier text at {@code /en/about.md~}, a draft's included. They stay out of the site, and the
 * build names each backup to delete (Word's lock file, a few bytes of no use to anyone, is passed over like a hidden file).
 */
class EditorLeftoversTest {
    /** A notes app's or a repository's folder inside content/ (Obsidian's .obsidian, a .git) was copied into the site whole. */
    @Test
    void hiddenFoldersInContentAreNotPublished(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        Files.createDirectories(project.resolve("content/en/.obsidian"));
        Files.writeString(project.resolve("content/en/.obsidian/workspace.json"), "{\"lastOpenFiles\": [\"draft.md\"]}\n");
        Files.createDirectories(project.resolve("content/.git/info"));
        Files.writeString(project.resolve("content/.git/info/exclude.txt"), "drafts/\n");
        Files.writeString(project.resolve("content/.git/info/notes.md"), "not a page\n");
        Path site = temp.resolve("site");
        new SiteBuilder(project).build(site);
        try (var files = Files.walk(site)) {
            assertEquals(List.of(), files.map(f -> site.relativize(f).toString()).filter(f -> f.contains(".obsidian") || f.contains(".git")).toList());
        }
    }

    @Test
    void backupsAndLockFilesAreNotPublishedAndAreNamed(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        String about = Files.readString(project.resolve("content/en/about.md"));
        Files.writeString(project.resolve("content/en/about.md~"), about + "\nAn earlier sentence nobody was to read.\n");
        Files.writeString(project.resolve("content/en/about.md.bak"), about);
        Files.writeString(project.resolve("content/en/~$about.md"), about);
        Path site = temp.resolve("site");
        BuildReport report = new SiteBuilder(project).build(site);
        for (String name : List.of("about.md~", "about.md.bak", "~$about.md")) {
            assertFalse(Files.exists(site.resolve("en/" + name)), name + " is not in the site");
        }
        assertEquals(List.of(
                "content/en/about.md.bak: not published: a backup or lock file an editor's program left beside a page or image;"
                        + " delete it (a file meant for readers needs a name of its own)",
                "content/en/about.md~: not published: a backup or lock file an editor's program left beside a page or image;"
                        + " delete it (a file meant for readers needs a name of its own)"),
                report.warnings().stream().filter(w -> w.contains("not published: a backup")).toList());
    }

    /** What editors' tools leave beside a file, in content/ and in assets/; none a page, none in the site, backups named once each, the rest passed over. */
    private static final List<String> LEFT = List.of(".#x.md", "#x.md#", "._x.svg", "x.md~", "x.md.bak", ".x.swp", "~$x.docx", "Thumbs.db", ".DS_Store",
            ".git-like/x.md", "._site.css", "site.css.bak", "site.css~", "x.md___jb_tmp___");

    /**
     * The style-sheet checks read every {@code .css} name in assets/, a backup's or a macOS resource fork's ({@code ._site.css}, binary)
     * too, though neither is published: a backup with a half-typed rule, or the fork's bytes, stopped the build.
     */
    @Test
    void leftoversInContentAndAssetsAreNoPagesNotPublishedAndBackupsWarnOnce(@TempDir Path temp) throws Exception {
        Path project = ProjectFixture.copyProject(temp.resolve("project"));
        String page = "---\ntitle: Leftover marker\ndate: 2024-01-01\ntype: page\nstatus: published\n---\nLEFTOVERMARKER\n";
        for (String folder : List.of("content/en/", "assets/css/")) {
            for (String name : LEFT) {
                Path file = project.resolve(folder + name);
                Files.createDirectories(file.getParent());
                Files.writeString(file, name.endsWith(".css") || name.endsWith(".css~") || name.endsWith(".css.bak") ? "a { color: red;\n" : page);
            }
        }
        Files.write(project.resolve("assets/css/._site.css"), new byte[] {0, 5, 22, 7, 0, 2, 0, 0, 'M', 'a', 'c', ' ', 'O', 'S', ' ', 'X'});
        Path site = temp.resolve("site");
        BuildReport report;
        try {
            report = new SiteBuilder(project).build(site);
        } catch (BuildFailure e) {
            throw new AssertionError("the leftovers stopped the build: " + e.problems(), e);
        }
        try (Stream<Path> files = Files.walk(site)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertEquals(List.of(), all.stream().filter(f -> LEFT.stream().anyMatch(n -> f.toString().endsWith(n.replace(".git-like/", "")))
                    && !f.getFileName().toString().equals("site.css")).map(site::relativize).toList(), "no leftover is in the site");
            for (Path f : all) {
                assertFalse(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1).contains("LEFTOVERMARKER"), f + " shows a leftover's text");
            }
        }
        for (String name : LEFT) {
            long times = report.warnings().stream().filter(w -> w.startsWith("content/en/" + name + ":")).count();
            boolean backup = name.endsWith("~") || name.endsWith(".bak") || name.endsWith("___jb_tmp___");
            assertEquals(backup ? 1 : 0, times, name + " in " + report.warnings());
        }
        assertTrue(report.warnings().stream().noneMatch(w -> w.startsWith("assets/")), report.warnings().toString());
    }
}
