package guide.translation.xliff;

import guide.cli.GuideInProcess;
import guide.site.ProjectFixture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Projects for the XLIFF tests (the real one, or one with the tests' own content) and ./guide run in-process. */
final class XliffFixture {
    private XliffFixture() {
    }

    /** ./guide's exit code and what it printed. */
    record Run(int code, String out, String err) {
    }

    /**
     * The test site's settings with the real templates and assets, and the content the tests own
     * (src/test/resources/fixtures/xliff), its translations stamped current. It builds: besides the pages the tests translate it
     * has what every site needs (home and about pages in each language, the picture the test article shows).
     */
    static Path fixtureProject(Path into) {
        try {
            ProjectFixture.copyProject(into);
            Path content = into.resolve("content");
            try (Stream<Path> walk = Files.walk(content)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            ProjectFixture.copyTree(ProjectFixture.projectDir().resolve("src/test/resources/fixtures/xliff/content"), content);
            Run stamp = guide(into, "translations", "stamp", "content/en/test-article.md", "content/en/other-test.md", "content/en/test-quiz.md",
                    "content/en/sections-test.md", "content/en/index.md", "content/en/about.md");
            if (stamp.code() != 0) {
                throw new AssertionError("stamping the fixtures failed: " + stamp.err());
            }
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Run guide(Path project, String... args) {
        GuideInProcess run = GuideInProcess.inProject(project, args);
        return new Run(run.exitCode(), run.out(), run.err());
    }

    /**
     * The test article exported into {@code folder} of the project, as a translator is sent it; the file it wrote. Two folders give two
     * files of one state, as an in-house translator and an agency get them.
     */
    static Path export(Path project, String folder) {
        Run run = guide(project, "translations", "export", "content/pl/artykul-testowy.md", "--to", "en", "--output", project.resolve(folder).toString());
        if (run.code() != 0) {
            throw new AssertionError("the export failed: " + run.err());
        }
        return project.resolve(folder + "/xliff-fixture.pl-en.xlf");
    }

    /**
     * Fills every empty target of the Polish {@code xliff} file with its source and marks its units translated, as a translator who
     * keeps the text as it is would leave the file in a CAT tool.
     */
    static void translateAsIs(Path xliff) throws IOException {
        write(xliff, read(xliff).replaceAll("(?s)(<source xml:lang=\"pl\">)((?:(?!</source>).)*)(</source>\\s*<target [^>]*>)</target>",
                "$1$2$3$2</target>").replace("state=\"needs-translation\"", "state=\"translated\""));
    }

    /** Every file under {@code dir} with its text (its bytes for a picture), to show that nothing changed. */
    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p)) {
                    files.put(dir.relativize(p).toString(), text(Files.readAllBytes(p)));
                }
            }
        }
        return files;
    }

    /** A file's text, or for one that is not UTF-8 text (a picture) its bytes in Base64, so that any change to it shows. */
    private static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return "bytes " + Base64.getEncoder().encodeToString(bytes);
        }
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The export id in {@code xliff}'s skeleton, as it is written there. */
    static String exportId(Path xliff) throws IOException {
        return read(xliff).replaceFirst("(?s).*\"exportId\":\"([^\"]+)\".*", "$1");
    }

    /** When {@code xliff} was exported, as messages say it: its export id's time, {@code 20261206T222117Z} read as {@code 2026-12-06 22:21 UTC}. */
    static String exportedAt(Path xliff) throws IOException {
        return exportId(xliff).replaceFirst("(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})\\d{2}Z-.*", "$1-$2-$3 $4:$5 UTC");
    }

    /** A translation file's text without the lastImport= line a complete import adds to its header ({@link LastImport}). */
    static String withoutLastImport(String translation) {
        return translation.replaceFirst("(?m)^lastImport=\\d{8}T\\d{6}Z-[0-9a-f]{6}:[0-9a-f]{12}\n", "");
    }

    /** An export's text without its export id, which each export has its own of ({@link ExportId}): what two exports of one state share. */
    static String withoutExportId(String xliff) {
        return xliff.replaceAll("\"exportId\":\"[^\"]*\"", "\"exportId\":\"…\"");
    }
}
