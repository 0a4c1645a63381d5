package guide.check;

import guide.content.ContentDocument;
import guide.content.TestDocument;
import guide.i18n.UiStrings;
import guide.site.Problem;
import guide.site.SmallProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The archive's and the search index's addresses are folders of their language that no content file claims. */
class ReservedAddressCheckTest {
    @TempDir
    Path dir;

    private List<String> problems(SmallProject project, ContentDocument... docs) {
        List<Problem> problems = new ArrayList<>();
        List<Problem> loading = new ArrayList<>();
        var config = project.config();
        var ui = UiStrings.load(dir, config.templateDir().resolve("i18n"), config.languages().stream().map(config::language).toList(), loading);
        new ReservedAddressCheck().check(dir, config, ui, List.of(docs), problems);
        return problems.stream().map(Problem::toString).toList();
    }

    /** The line of the test project's words that sets archiveUrl: counted, so a word added above it moves no test. */
    private static int archiveUrlLine(String words) {
        return words.lines().takeWhile(line -> !line.startsWith("archiveUrl:")).mapToInt(line -> 1).sum() + 1;
    }

    @Test
    void aPageAtTheArchivesAddressIsAnError() {
        assertEquals(List.of("content/pl/artykuly.md:1: its address /pl/artykuly/ is the article archive's (archiveUrl in templates/i18n/pl.yaml"
                        + " line " + archiveUrlLine(SmallProject.PL) + "): rename the file or change archiveUrl"),
                problems(SmallProject.in(dir), TestDocument.article("pl", "artykuly").build(), TestDocument.article("en", "artykuly").build(),
                        TestDocument.article("pl", "artykul").build()));
    }

    @Test
    void aPageAtTheSearchIndexsAddressIsAnError() {
        assertEquals(List.of("content/en/search.md:1: its address /en/search/ is the search index's folder: rename the file"),
                problems(SmallProject.in(dir), TestDocument.article("en", "search").build(), TestDocument.article("en", "searching").build(),
                        TestDocument.article("en", "search").draft().build()));
    }

    @Test
    void aDraftAtThatAddressIsNotPublishedAndSoNoConflict() {
        assertEquals(List.of(), problems(SmallProject.in(dir), TestDocument.article("pl", "artykuly").draft().build()));
        assertEquals(List.of(), problems(SmallProject.in(dir), TestDocument.article("en", "search").draft().build()), "nor at the search index's");
    }

    @Test
    void theAddressMustBeAFolderOfItsOwnLanguage() {
        SmallProject project = SmallProject.in(dir);
        for (String bad : new String[]{"/pl/articles/", "/en/Articles/", "/en/articles", "/en/all/articles/", "/en/-x/", "/en/a--b/"}) {
            project.write("templates/i18n/en.yaml", SmallProject.EN.replace("archiveUrl: /en/articles/", "archiveUrl: " + bad));
            assertEquals(List.of("templates/i18n/en.yaml:" + archiveUrlLine(SmallProject.EN) + ": archiveUrl must be a folder of the language, like /en/articles/ (lowercase letters,"
                    + " digits, hyphens; found '" + bad + "')"), problems(project), bad);
        }
        project.write("templates/i18n/en.yaml", SmallProject.EN.replace("archiveUrl: /en/articles/", "archiveUrl: /en/all-articles-2/"));
        assertEquals(List.of(), problems(project));
    }

    @Test
    void aMissingAddressIsLeftToTheStringsCheck() {
        SmallProject project = SmallProject.in(dir).write("templates/i18n/en.yaml", SmallProject.EN.replace("archiveUrl: /en/articles/\n", ""));
        assertEquals(List.of(), problems(project, TestDocument.article("en", "articles").build()));
    }
}
