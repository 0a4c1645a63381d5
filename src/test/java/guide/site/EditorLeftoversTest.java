package guide.site;

import guide.build.BuildReport;
import guide.build.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
}
